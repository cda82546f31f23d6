/**
 * The web bundle as a first-time visitor downloads it: the initial JavaScript of the shell (the entry
 * chunk and every chunk index.html preloads; the map engine and the pages are lazy), gzipped at
 * level 9 as the server sends it, against the 300 KB budget of issue 5; plus the lazy map engine
 * and the largest page chunk, for the record. Needs `pnpm build` first.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { recorder } from '../record';
import type { BenchSuite } from '../types';

const dist = new URL('../../../web/dist/', import.meta.url);
const BUDGET_KB = 300;

const gzipKb = (file: string) => gzipSync(readFileSync(new URL(file, dist)), { level: 9 }).length / 1024;

export function initialScripts(html: string): string[] {
  const entry = [...html.matchAll(/<script[^>]+type="module"[^>]+src="\/([^"]+)"/g)].map((m) => m[1] as string);
  const preloaded = [...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/([^"]+)"/g)].map((m) => m[1] as string);
  return [...new Set([...entry, ...preloaded])];
}

export const bundleSuite: BenchSuite = {
  name: 'bundle',
  description: 'initial JavaScript of the shell and the lazy chunks, gzipped',
  run() {
    if (!existsSync(new URL('index.html', dist))) throw new Error('web/dist is missing: run `pnpm build` first');
    const initial = initialScripts(readFileSync(new URL('index.html', dist), 'utf8'));
    const initialKb = initial.reduce((sum, file) => sum + gzipKb(file), 0);
    const assets = readdirSync(new URL('assets/', dist)).filter((f) => /\.js$/.test(f));
    const mapChunk = assets.find((f) => f.startsWith('maplibre-map-view-'));
    const mapKb = mapChunk ? gzipKb(`assets/${mapChunk}`) : 0;
    const pageKb = Math.max(...assets.filter((f) => /-page-/.test(f)).map((f) => gzipKb(`assets/${f}`)));
    const record = recorder('bundle');
    return [
      record({
        name: 'web.initial-js-gzip-kb',
        label: `Initial JavaScript of the shell (${initial.length} files, map and pages excluded), gzipped`,
        value: Math.round(initialKb * 10) / 10,
        unit: 'KB',
        baseline: BUDGET_KB,
        ratio: Math.round((initialKb / BUDGET_KB) * 100) / 100,
        target: `≤ ${BUDGET_KB} KB`,
        met: initialKb <= BUDGET_KB,
      }),
      record({
        name: 'web.map-chunk-gzip-kb',
        label: 'Map engine chunk (MapLibre, lazy), gzipped',
        value: Math.round(mapKb * 10) / 10,
        unit: 'KB',
        baseline: null,
        ratio: null,
        target: '—',
        met: null,
      }),
      record({
        name: 'web.largest-page-gzip-kb',
        label: 'Largest page chunk (lazy), gzipped',
        value: Math.round(pageKb * 10) / 10,
        unit: 'KB',
        baseline: null,
        ratio: null,
        target: '—',
        met: null,
      }),
    ];
  },
};
