/**
 * `pnpm city <command>` (root package.json):
 *   import <folder> [--data <dir>] [--replace]  build data/cities/<id>/ from a folder of GeoJSON files
 *   schema [--check]                             write docs/city.schema.json (or fail when it is stale)
 * Relative paths are taken from the folder the command was run from: INIT_CWD, which npm and pnpm set to
 * it and scripts/pnpm.mjs keeps across npx (else the working folder). Problems name absolute paths.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cityJsonSchema } from '@sandbox/shared';
import { formatProblem } from '@sandbox/shared/city/import/problems';
import { z } from 'zod';
import { formatJson } from './format-json';
import { importCity } from './import-folder';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const SCHEMA_FILE = resolve(repoRoot, 'docs/city.schema.json');

const USAGE = 'usage: pnpm city import <folder> [--data <dir>] [--replace] | pnpm city schema [--check]';

const EnvSchema = z.object({
  INIT_CWD: z.string().refine(isAbsolute, 'must be an absolute path: the folder npm or pnpm was started in').optional(),
});

async function main(args: string[]): Promise<number> {
  const env = EnvSchema.safeParse(process.env);
  if (!env.success) {
    for (const issue of env.error.issues) console.error(`${issue.path.join('.')}: ${issue.message}`);
    return 2;
  }
  const from = (path: string) => resolve(env.data.INIT_CWD ?? process.cwd(), path);
  const [command, ...rest] = args;
  const flag = (name: string) => rest.includes(name);
  const option = (name: string) => {
    const at = rest.indexOf(name);
    return at >= 0 ? rest[at + 1] : undefined;
  };
  if (command === 'import') {
    const folder = rest.find((arg, i) => !arg.startsWith('--') && rest[i - 1] !== '--data');
    if (!folder) {
      console.error(USAGE);
      return 2;
    }
    const dataDir = option('--data') ? from(option('--data') as string) : resolve(repoRoot, 'data');
    const source = from(folder);
    const outcome = await importCity(source, dataDir, { replace: flag('--replace') });
    if (!outcome.ok) {
      console.error(`Refused ${source}: ${outcome.problems.length} problem(s); nothing was written.`);
      // Each problem names the file looked at by its absolute path, so a mistyped folder shows.
      for (const problem of outcome.problems) console.error(`  ${formatProblem({ ...problem, file: resolve(source, problem.file) })}`);
      return 1;
    }
    console.info(`Wrote ${outcome.path} (city "${outcome.id}"). Restart the server to serve it.`);
    return 0;
  }
  if (command === 'schema') {
    const text = formatJson(cityJsonSchema());
    if (flag('--check')) {
      const current = await readFile(SCHEMA_FILE, 'utf8').catch(() => '');
      if (current !== text) {
        console.error(`${SCHEMA_FILE} is stale: run \`pnpm city schema\``);
        return 1;
      }
      return 0;
    }
    await writeFile(SCHEMA_FILE, text);
    console.info(`Wrote ${SCHEMA_FILE}`);
    return 0;
  }
  console.error(USAGE);
  return 2;
}

process.exitCode = await main(process.argv.slice(2));
