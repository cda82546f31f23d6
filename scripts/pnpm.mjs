#!/usr/bin/env node
// Runs the project's pinned pnpm on a machine that has only Node and npm.
// corepack is not an option here (its signature check fails offline-ish machines, and pnpm 11 needs
// Node 22), so we ask npx for the exact version named in package.json's "packageManager" field.
// See docs/decisions/002-pnpm-bootstrap.md.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const { packageManager } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const [, version] = /^pnpm@(\d+\.\d+\.\d+)$/.exec(packageManager ?? '') ?? [];
if (!version) {
  console.error('package.json "packageManager" must read "pnpm@<major.minor.patch>".');
  process.exit(1);
}

const args = process.argv.slice(2);
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const result = spawnSync(npx, ['-y', `pnpm@${version}`, ...args], {
  stdio: 'inherit',
  cwd: root,
  env: { ...process.env, npm_config_update_notifier: 'false' },
});
if (result.error) {
  console.error(`Could not run pnpm ${version} through npx: ${result.error.message}`);
  process.exit(1);
}
process.exit(result.status ?? 1);
