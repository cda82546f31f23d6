// Bundles the server (and the TypeScript sources of @sandbox/shared) into two ES modules: the server
// and the engine thread it starts (dist/engine-worker.mjs, found next to main.mjs at run time).
// npm dependencies stay external and load from node_modules at run time.
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const external = Object.keys(pkg.dependencies).filter((name) => !name.startsWith('@sandbox/'));

await build({
  entryPoints: { main: 'src/main.ts', 'engine-worker': 'src/engine/engine-worker.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  external,
  banner: { js: '#!/usr/bin/env node' },
  logLevel: 'warning',
});
