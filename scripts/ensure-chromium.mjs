#!/usr/bin/env node
// Makes sure a Chromium exists for the end-to-end suite. As root on Debian/Ubuntu it installs the
// distribution's `chromium` package (browser downloads from Playwright are not an option offline);
// otherwise it stops with one line saying how to get one.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const configured = process.env.CHROMIUM_PATH;
const path = configured || '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);
if (configured) {
  console.error(`CHROMIUM_PATH=${configured} does not exist; point it at a Chromium or Chrome binary.`);
  process.exit(1);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
if (!isRoot || !hasApt) {
  console.error(
    'Chromium is missing: install it with `sudo apt-get install -y chromium` (Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium binary.',
  );
  process.exit(1);
}

console.info('Chromium is missing; installing Debian package "chromium" with apt-get…');
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
for (const args of [
  ['update', '-qq'],
  ['install', '-y', '-qq', '--no-install-recommends', 'chromium'],
]) {
  const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`apt-get ${args.join(' ')} failed (exit ${result.status}); install Chromium by hand and rerun.`);
    process.exit(1);
  }
}
if (!existsSync(path)) {
  console.error(`apt-get finished but ${path} is still missing; set CHROMIUM_PATH to your Chromium binary.`);
  process.exit(1);
}
