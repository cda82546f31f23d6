/**
 * Runs a bench script as the server runs its code: bundled by the server's esbuild into
 * tests/artifacts/ (git-ignored; a bundle there reads the city from ../../data, as from tests/) and
 * started as a node process of its own. A figure of the engine's hot loops measured through tsx's
 * loader can land in one of two speeds from run to run; the bundle's does not (meters-in-process.ts).
 */
import { execFile } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const esbuild = createRequire(new URL('../../server/package.json', import.meta.url))('esbuild') as {
  build(options: object): Promise<unknown>;
};

/** Bundles `tests/bench/<script>`, runs it, and parses the last line it prints as JSON. */
export async function runBundled<T>(script: string): Promise<T> {
  const entry = fileURLToPath(new URL(`./${script}`, import.meta.url));
  const outDir = fileURLToPath(new URL('../artifacts/', import.meta.url));
  mkdirSync(outDir, { recursive: true });
  const outfile = `${outDir}${script.replace(/\.ts$/, '.mjs')}`;
  await esbuild.build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'warning' });
  const { stdout } = await run(process.execPath, [outfile], { maxBuffer: 16 * 1024 * 1024 });
  const last = stdout.trim().split('\n').at(-1) ?? '';
  return JSON.parse(last) as T;
}
