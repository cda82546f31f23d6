/**
 * Cities built with the importer keep their source folder (data/city-sources/<id>/): rebuilding it gives
 * the bundled files, byte for byte; each is a Challenge finalist with a program card.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildCity } from '@sandbox/shared/city/import/build-city';
import { PolicyProgramFileSchema } from '@sandbox/shared/policy/schemas';
import { describe, expect, it } from 'vitest';
import { formatJson } from '../city/format-json';
import { readImportFolder } from '../city/import-folder';

const programs = PolicyProgramFileSchema.parse(
  JSON.parse(readFileSync(new URL('../../data/policy/programs.json', import.meta.url), 'utf8')),
);
const cityName = (id: string) =>
  JSON.parse(readFileSync(new URL(`../../data/cities/${id}/city.json`, import.meta.url), 'utf8')).name as string;
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

  it('is a Smart City Challenge finalist place with a program card saying what it proposed', () => {
    const challenge = programs.find((p) => p.id === 'smart-city-challenge');
    expect(challenge?.places.map((place) => place.id)).toContain(id);
    const card = programs.find((p) => p.parent === 'smart-city-challenge' && p.telemetry.some((t) => t.what.en.includes(cityName(id))));
    expect(card?.sources.length, `program card for ${id}`).toBeGreaterThan(0);
  });
});
