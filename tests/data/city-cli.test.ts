/**
 * `pnpm city import <folder>` as a user runs it (tests/city/cli.ts): relative paths are taken from the
 * folder the command was run from, not from the repository or tests/ where pnpm runs the tool; a refusal
 * names each file looked at by its absolute path, prints nothing on stdout and writes nothing.
 * The first tests run the tool as `pnpm exec` does (in tests/, INIT_CWD naming the user's folder); the
 * last ones go through npx, pnpm and scripts/pnpm.mjs exactly as a user's command does, so they take
 * a few seconds each.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const testsDir = join(root, 'tests');
const template = join(root, 'data/templates/city-template');
const scratch = mkdtempSync(join(tmpdir(), 'city-cli-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The environment of a user's shell: no npm or pnpm variables from the run that started vitest. */
function userEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(npm_|pnpm_|INIT_CWD$)/i.test(key)));
  // No "update available" notice from npm or pnpm among the lines the tests count.
  return { ...env, npm_config_update_notifier: 'false', ...extra };
}

let n = 0;
/** A fresh folder holding a copy of the template city as `mycity/` (minus `remove`). */
function userFolder(remove: string[] = []): string {
  const folder = join(scratch, `user-${++n}`);
  cpSync(template, join(folder, 'mycity'), { recursive: true });
  for (const file of remove) rmSync(join(folder, 'mycity', file));
  return folder;
}

/** Runs the tool as `pnpm exec` does: in tests/, with INIT_CWD set by npm or pnpm. */
function runCli(args: string[], env: Record<string, string>) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'city/cli.ts', ...args], { cwd: testsDir, env: userEnv(env), encoding: 'utf8' });
}

/** What the repository's data/ holds, to show that a refused import left it alone. */
const dataListing = () => [readdirSync(join(root, 'data')).sort(), readdirSync(join(root, 'data/cities')).sort()];

describe('the city tool, started in tests/ as pnpm exec starts it', () => {
  it('takes the folder and --data from the folder the user ran the command from (INIT_CWD)', () => {
    const user = userFolder();
    const run = runCli(['import', 'mycity', '--data', 'out'], { INIT_CWD: user });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`Wrote ${join(user, 'out/cities/template-city')} (city "template-city"). Restart the server to serve it.\n`);
    expect(readdirSync(join(user, 'out/cities/template-city')).sort()).toEqual(['basemap.geojson', 'city.json']);
  });

  it('names the absolute path of every file it looked at when it refuses, and prints nothing on stdout', () => {
    const user = userFolder(['settings.json']);
    const run = runCli(['import', 'mycity', '--data', 'out'], { INIT_CWD: user });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')).toEqual(
      expect.arrayContaining([
        `Refused ${join(user, 'mycity')}: 1 problem(s); nothing was written.`,
        `  ${join(user, 'mycity/settings.json')}: file not found; every city needs it (docs/add-your-own-city.md)`,
      ]),
    );
    expect(existsSync(join(user, 'out'))).toBe(false);
  });

  it('names a folder that is not there by its absolute path, once (not each file it would have read)', () => {
    const user = userFolder();
    const run = runCli(['import', 'no-such-city', '--data', 'out'], { INIT_CWD: user });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      `Refused ${join(user, 'no-such-city')}: 1 problem(s); nothing was written.\n  ${join(user, 'no-such-city')}: folder not found\n`,
    );
  });

  it('stops with one line naming INIT_CWD when it is not an absolute path', () => {
    const run = runCli(['import', 'mycity'], { INIT_CWD: 'relative/folder' });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('INIT_CWD: must be an absolute path: the folder npm or pnpm was started in\n');
  });
});

describe('the command a user types (npx, pnpm and scripts/pnpm.mjs)', () => {
  const { packageManager } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { packageManager: string };

  it('`pnpm -C <repo> city import .` from a folder outside the repository reads that folder; a refusal prints no stray line on stdout and writes nothing', () => {
    const user = userFolder(['settings.json']);
    const folder = join(user, 'mycity');
    const before = dataListing();
    const run = spawnSync('npx', ['-y', packageManager, '-C', root, 'city', 'import', '.'], {
      cwd: folder,
      env: userEnv(),
      encoding: 'utf8',
    });
    expect(run.stderr).toContain(`Refused ${folder}: 1 problem(s); nothing was written.\n`);
    expect(run.stderr).toContain(`  ${join(folder, 'settings.json')}: file not found`);
    expect(run.status).toBe(1);
    // pnpm echoes the script it runs and says that it failed; nothing else (`pnpm --filter … exec`
    // printed a line reading `undefined` and its own error for a tool that fails).
    const lines = run.stdout.split('\n').filter((line) => line.trim() !== '');
    expect(lines).toEqual([
      expect.stringMatching(/^> smart-city-sandbox@\S+ city /),
      expect.stringMatching(/^> node scripts\/pnpm\.mjs /),
      expect.stringMatching(/ELIFECYCLE.*exit code 1\.$/),
    ]);
    expect(dataListing()).toEqual(before);
  }, 120_000);

  it('`npm run city -- import ../data/templates/city-template` from docs/ reads the template (the path is taken from docs/)', () => {
    const out = join(scratch, `out-${++n}`);
    const run = spawnSync('npm', ['run', 'city', '--', 'import', '../data/templates/city-template', '--data', out], {
      cwd: join(root, 'docs'),
      env: userEnv(),
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain(`Wrote ${join(out, 'cities/template-city')} (city "template-city").`);
  }, 120_000);
});
