#!/usr/bin/env node
// Runs the project's pinned pnpm on a machine that has only Node and npm.
// corepack is not an option here (its signature check fails offline-ish machines, and pnpm 11 needs
// Node 22), so we ask npx for the exact version named in package.json's "packageManager" field.
// See docs/decisions/002-pnpm-bootstrap.md.
//
// pnpm works on the repository (`--dir <root>`; a leading `--dir <folder>` or `-C <folder>` is taken
// from the root), but npx starts in the folder the user ran the command from. npm sets INIT_CWD to
// the folder npx starts in, and pnpm hands it on to scripts and `exec`: started in the root, npx
// would tell `pnpm city import ./my-city` that the user stood in the root.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, readFileSync, statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const { packageManager } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
const [, version] = /^pnpm@(\d+\.\d+\.\d+)$/.exec(packageManager ?? '') ?? [];
if (!version) {
  console.error('package.json "packageManager" must read "pnpm@<major.minor.patch>".');
  process.exit(1);
}

/**
 * The folder the user ran the command from: INIT_CWD when an npm or pnpm script called us. npm run as
 * root runs scripts as the repository's owner, who may not be allowed into root's folder: then the root.
 */
function userFolder() {
  const initCwd = process.env.INIT_CWD;
  const usable = (path) => {
    try {
      accessSync(path, constants.X_OK);
      return statSync(path).isDirectory();
    } catch {
      return false;
    }
  };
  if (initCwd && isAbsolute(initCwd) && usable(initCwd)) return initCwd;
  return usable(process.cwd()) ? process.cwd() : root;
}

let args = process.argv.slice(2);
let dir = root;
if (args[0] === '--dir' || args[0] === '-C') {
  dir = resolve(root, args[1] ?? '.');
  args = args.slice(2);
}
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const result = spawnSync(npx, ['-y', `pnpm@${version}`, '--dir', dir, ...args], {
  stdio: 'inherit',
  cwd: userFolder(),
  env: { ...process.env, npm_config_update_notifier: 'false' },
});
if (result.error) {
  console.error(`Could not run pnpm ${version} through npx: ${result.error.message}`);
  process.exit(1);
}
process.exit(result.status ?? 1);
