import { readdirSync, readFileSync } from 'node:fs';
import { BasemapSchema, CitySchema } from '@sandbox/shared';
import { describe, expect, it } from 'vitest';

const citiesDir = new URL('../../data/cities/', import.meta.url);
const cityIds = readdirSync(citiesDir);

function readJson(path: URL): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

describe.each(cityIds)('data/cities/%s', (cityId) => {
  const city = CitySchema.parse(readJson(new URL(`${cityId}/city.json`, citiesDir)));
  const basemap = BasemapSchema.parse(readJson(new URL(`${cityId}/basemap.geojson`, citiesDir)));

  it('city.json validates and its id matches its folder', () => {
    expect(city.id).toBe(cityId);
  });

  it('every station, corridor point and intersection lies inside the city bounds', () => {
    const [[west, south], [east, north]] = city.bounds;
    const points = [
      ...city.stations.map((s) => s.location),
      ...city.corridors.flatMap((c) => [...c.path, ...c.intersections.map((i) => i.location)]),
    ];
    for (const [lng, lat] of points) {
      expect(lng).toBeGreaterThanOrEqual(west);
      expect(lng).toBeLessThanOrEqual(east);
      expect(lat).toBeGreaterThanOrEqual(south);
      expect(lat).toBeLessThanOrEqual(north);
    }
  });

  it('labels in Korean too: every district, station, corridor and named basemap feature has a Hangul name', () => {
    const hangul = /[\uac00-\ud7a3]/;
    const labelled = [...city.districts, ...city.stations, ...city.corridors, ...city.corridors.flatMap((c) => c.intersections)];
    for (const item of labelled) expect(item.nameKo, item.name).toMatch(hangul);
    // Interstates keep their route number (I-70) in both languages.
    for (const { properties } of basemap.features.filter((f) => f.properties.kind !== 'interstate' || /\(/.test(f.properties.name))) {
      expect(properties.nameKo, properties.name).toMatch(hangul);
    }
  });

  it('basemap.geojson validates, draws rivers, interstates and parks, and leaves districts to city.json', () => {
    const kinds = new Set(basemap.features.map((f) => f.properties.kind));
    for (const kind of ['river', 'interstate', 'street', 'park'] as const) expect(kinds).toContain(kind);
    expect(kinds).not.toContain('district');
  });
});
