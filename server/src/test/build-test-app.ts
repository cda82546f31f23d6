/** Builds the app against a throw-away data folder holding the shared test city. */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { testBasemap } from '@sandbox/shared/test-support/test-basemap';
import { testCity } from '@sandbox/shared/test-support/test-city';
import { buildApp } from '../app';
import { loadConfig } from '../config';

export { testBasemap };

/** The repository's own policy files and US outline: the tests serve the real policy context. */
const repoData = fileURLToPath(new URL('../../../data/', import.meta.url));
const repoFile = (path: string): unknown => JSON.parse(readFileSync(join(repoData, path), 'utf8'));
export const policyFiles: Record<string, unknown> = Object.fromEntries(
  readdirSync(join(repoData, 'policy'))
    .filter((name) => name.endsWith('.json'))
    .map((name) => [`policy/${name}`, repoFile(`policy/${name}`)]),
);
const geoFiles = { 'geo/us-states.geojson': repoFile('geo/us-states.geojson') };

/** Writes a data folder; `overrides` replaces whole files by relative path (string = raw text, undefined = no file). */
export function writeDataDir(overrides: Record<string, unknown> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'sandbox-data-'));
  const files: Record<string, unknown> = {
    [`cities/${testCity.id}/city.json`]: testCity,
    [`cities/${testCity.id}/basemap.geojson`]: testBasemap,
    ...policyFiles,
    ...geoFiles,
    ...overrides,
  };
  for (const [path, content] of Object.entries(files)) {
    if (content === undefined) continue;
    const full = join(dir, path);
    mkdirSync(join(full, '..'), { recursive: true });
    writeFileSync(full, typeof content === 'string' ? content : JSON.stringify(content));
  }
  return dir;
}

/** The test app's configuration: answers computed in process unless a test asks for engine threads (`ENGINE_WORKERS`). */
export function testConfig(env: Record<string, string> = {}) {
  return loadConfig({
    DATA_DIR: writeDataDir(),
    WEB_DIST: join(tmpdir(), 'no-web-dist'),
    ENGINE_WORKERS: '0',
    // A fresh embedded store per app, never the repository's state/ folder.
    STATE_DIR: mkdtempSync(join(tmpdir(), 'sandbox-state-')),
    ...env,
  });
}

export async function buildTestApp(env: Record<string, string> = {}) {
  return buildApp(testConfig(env), { logger: false });
}
