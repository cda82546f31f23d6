#!/usr/bin/env node
// Makes sure the system tools a test suite needs exist: `chromium` (the end-to-end suite),
// `xmllint` (the API suite validates the Green Button export against the ESPI schemas) and
// `postgresql` (the store's tests start a throw-away PostgreSQL server) and `mosquitto` (the MQTT
// publisher's test starts a throw-away broker, tests/support/mosquitto.ts). As root on Debian/Ubuntu it
// installs the missing distribution packages with apt (browser downloads from Playwright are not an
// option offline); otherwise it stops with one line per missing tool saying how to get it. An
// optional tool (postgresql, mosquitto) that cannot be installed is reported and the suites that need
// it skip with the same reason (server/src/store/test/postgres-instance.ts, tests/support/mosquitto.ts),
// so the exit code stays 0.
//
//   node scripts/ensure-test-tools.mjs chromium xmllint postgresql mosquitto
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

const onPath = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;

/** PostgreSQL's server binaries: PG_BIN, or Debian's /usr/lib/postgresql/<version>/bin (the test helper looks in the same places). */
function hasPostgres() {
  if (process.env.PG_BIN) return existsSync(`${process.env.PG_BIN}/initdb`);
  if (!existsSync('/usr/lib/postgresql')) return onPath('pg_config');
  return readdirSync('/usr/lib/postgresql').some((version) => existsSync(`/usr/lib/postgresql/${version}/bin/initdb`));
}

/** Each tool: how to find it, the Debian package, and the line shown when it is missing. */
const TOOLS = {
  chromium: {
    path: () => process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    present: () => existsSync(process.env.CHROMIUM_PATH || '/usr/bin/chromium'),
    configured: () => process.env.CHROMIUM_PATH,
    configuredHint: 'point CHROMIUM_PATH at a Chromium or Chrome binary',
    package: 'chromium',
    help: 'Chromium is missing: install it with `sudo apt-get install -y chromium` (Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium binary.',
  },
  xmllint: {
    path: () => 'xmllint',
    present: () => onPath('xmllint'),
    configured: () => undefined,
    configuredHint: '',
    package: 'libxml2-utils',
    help: 'xmllint is missing: install it with `sudo apt-get install -y libxml2-utils` (Debian/Ubuntu), `brew install libxml2` (macOS) or your system’s libxml2 tools.',
  },
  postgresql: {
    path: () => process.env.PG_BIN || '/usr/lib/postgresql/<version>/bin',
    present: hasPostgres,
    configured: () => undefined,
    configuredHint: '',
    package: 'postgresql',
    optional: true,
    help: 'PostgreSQL is missing, so its store tests will skip: install it with `sudo apt-get install -y postgresql` (Debian/Ubuntu), or set PG_BIN to the folder holding initdb and pg_ctl.',
  },
  mosquitto: {
    path: () => process.env.MOSQUITTO_PATH || '/usr/sbin/mosquitto',
    present: () => existsSync(process.env.MOSQUITTO_PATH || '/usr/sbin/mosquitto'),
    configured: () => process.env.MOSQUITTO_PATH,
    configuredHint: 'point MOSQUITTO_PATH at a mosquitto broker binary',
    package: 'mosquitto',
    optional: true,
    help: 'Mosquitto is missing, so the MQTT test will skip: install it with `sudo apt-get install -y mosquitto` (Debian/Ubuntu), `brew install mosquitto` (macOS), or set MOSQUITTO_PATH to a mosquitto binary.',
  },
};

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in TOOLS));
if (wanted.length === 0 || unknown.length > 0) {
  console.error(
    `usage: node scripts/ensure-test-tools.mjs <${Object.keys(TOOLS).join('|')}>…${unknown.length ? ` (unknown: ${unknown.join(', ')})` : ''}`,
  );
  process.exit(2);
}

const missing = wanted.map((name) => TOOLS[name]).filter((tool) => !tool.present());
if (missing.length === 0) process.exit(0);

for (const tool of missing) {
  if (tool.configured()) {
    console.error(`${tool.configured()} does not exist; ${tool.configuredHint}.`);
    process.exit(1);
  }
}

/** Reports the tools that could not be installed; exits 1 unless every one of them is optional. */
function giveUp(tools) {
  for (const tool of tools) console.error(tool.help);
  process.exit(tools.every((tool) => tool.optional) ? 0 : 1);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = onPath('apt-get');
if (!isRoot || !hasApt) giveUp(missing);

const packages = missing.map((tool) => tool.package);
console.info(`Missing test tools; installing Debian package${packages.length > 1 ? 's' : ''} ${packages.join(', ')} with apt-get…`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
for (const args of [
  ['update', '-qq'],
  ['install', '-y', '-qq', '--no-install-recommends', ...packages],
]) {
  const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`apt-get ${args.join(' ')} failed (exit ${result.status}); install ${packages.join(', ')} by hand and rerun.`);
    giveUp(missing);
  }
}
const stillMissing = missing.filter((tool) => !tool.present());
if (stillMissing.length > 0) {
  for (const tool of stillMissing) console.error(`apt-get finished but ${tool.path()} is still missing.`);
  giveUp(stillMissing);
}
