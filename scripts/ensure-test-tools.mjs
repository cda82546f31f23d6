#!/usr/bin/env node
// Makes sure the system tools a test suite needs exist: `chromium` (the end-to-end suite) and
// `xmllint` (the API suite validates the Green Button export against the ESPI schemas). As root on
// Debian/Ubuntu it installs the missing distribution packages with apt (browser downloads from
// Playwright are not an option offline); otherwise it stops with one line per missing tool saying
// how to get it.
//
//   node scripts/ensure-test-tools.mjs chromium xmllint
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const onPath = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;

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

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = onPath('apt-get');
if (!isRoot || !hasApt) {
  for (const tool of missing) console.error(tool.help);
  process.exit(1);
}

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
    process.exit(1);
  }
}
for (const tool of missing) {
  if (!tool.present()) {
    console.error(`apt-get finished but ${tool.path()} is still missing; ${tool.help}`);
    process.exit(1);
  }
}
