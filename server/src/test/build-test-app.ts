/** Builds the app against a throw-away data folder holding the shared test city. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testCity } from '@sandbox/shared/sim/fixtures/test-city';
import { buildApp } from '../app';
import { loadConfig } from '../config';

export const testBasemap = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { kind: 'river', name: 'Test River' },
      geometry: {
        type: 'LineString',
        coordinates: [
          [-83.04, 40.08],
          [-83.03, 39.92],
        ],
      },
    },
  ],
};

/** Writes a data folder; `overrides` replaces whole files by relative path (string = raw text). */
export function writeDataDir(overrides: Record<string, unknown> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'sandbox-data-'));
  const files: Record<string, unknown> = {
    [`cities/${testCity.id}/city.json`]: testCity,
    [`cities/${testCity.id}/basemap.geojson`]: testBasemap,
    ...overrides,
  };
  for (const [path, content] of Object.entries(files)) {
    const full = join(dir, path);
    mkdirSync(join(full, '..'), { recursive: true });
    writeFileSync(full, typeof content === 'string' ? content : JSON.stringify(content));
  }
  return dir;
}

export async function buildTestApp(env: Record<string, string> = {}) {
  const config = loadConfig({ DATA_DIR: writeDataDir(), WEB_DIST: join(tmpdir(), 'no-web-dist'), ...env });
  return buildApp(config, { logger: false });
}
