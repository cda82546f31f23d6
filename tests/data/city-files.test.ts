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

  it('every station, corridor point, intersection and road point lies inside the city bounds', () => {
    const [[west, south], [east, north]] = city.bounds;
    const points = [
      ...city.stations.map((s) => s.location),
      ...city.corridors.flatMap((c) => [...c.path, ...c.intersections.map((i) => i.location)]),
      ...city.roads.flatMap((r) => r.path),
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

  it('draws every air-model road where the basemap draws an interstate or freeway (vertices within 0.001°)', () => {
    const lines = basemap.features
      .filter((f) => f.properties.kind === 'interstate' || f.properties.ref !== undefined)
      .map((f) => f.geometry.coordinates as Array<[number, number]>);
    const gap = ([x, y]: [number, number], [ax, ay]: [number, number], [bx, by]: [number, number]) => {
      const len2 = (bx - ax) ** 2 + (by - ay) ** 2 || 1;
      const f = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / len2));
      return Math.hypot(x - ax - f * (bx - ax), y - ay - f * (by - ay));
    };
    for (const road of city.roads) {
      for (const point of road.path) {
        const nearest = Math.min(...lines.flatMap((line) => line.slice(1).map((b, i) => gap(point, line[i] as [number, number], b))));
        expect(nearest, `${road.id} ${point}`).toBeLessThan(0.001);
      }
    }
  });

  it('basemap.geojson validates, draws rivers, interstates and parks, and leaves districts to city.json', () => {
    const kinds = new Set(basemap.features.map((f) => f.properties.kind));
    for (const kind of ['river', 'interstate', 'street', 'park'] as const) expect(kinds).toContain(kind);
    expect(kinds).not.toContain('district');
  });
});
