/** Formats generated files with the workspace's Biome so `biome ci` stays green after a tool run. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export function formatWithBiome(files: URL[]): void {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const result = spawnSync(
    process.execPath,
    [
      fileURLToPath(new URL('../../scripts/pnpm.mjs', import.meta.url)),
      'exec',
      'biome',
      'format',
      '--write',
      ...files.map((f) => fileURLToPath(f)),
    ],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  if (result.status !== 0) console.warn(`biome format failed; run \`pnpm format\`: ${result.stderr || result.stdout}`);
}
