/** Cities built with the importer keep their source folder (data/city-sources/<id>/): rebuilding it gives the bundled files, byte for byte. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildCity } from '@sandbox/shared/city/import/build-city';
import { describe, expect, it } from 'vitest';
import { formatJson } from '../city/format-json';
import { readImportFolder } from '../city/import-folder';

const sources = fileURLToPath(new URL('../../data/city-sources/', import.meta.url));
const cities = fileURLToPath(new URL('../../data/cities/', import.meta.url));

describe.each(readdirSync(sources))('data/city-sources/%s', (id) => {
  it('rebuilds data/cities/<id>/ exactly (run `pnpm city import data/city-sources/<id> --replace` after editing it)', async () => {
    const read = await readImportFolder(`${sources}${id}`);
    expect(read.problems).toEqual([]);
    const built = buildCity(read.inputs, read.unreadable);
    if (!built.ok) throw new Error(JSON.stringify(built.problems));
    expect(built.city.id).toBe(id);
    expect(formatJson(built.city)).toBe(readFileSync(`${cities}${id}/city.json`, 'utf8'));
    expect(formatJson(built.basemap)).toBe(readFileSync(`${cities}${id}/basemap.geojson`, 'utf8'));
  });
});
