import { testCity } from '@sandbox/shared/test-support/test-city';
import { describe, expect, it } from 'vitest';
import { dataBounds } from './bounds';

describe('dataBounds', () => {
  it('holds every district corner, station and corridor point, with the margin, inside the city', () => {
    const [[west, south], [east, north]] = dataBounds(testCity, 0.01);
    const points = [
      ...testCity.districts.flatMap((d) => d.polygon),
      ...testCity.stations.map((s) => s.location),
      ...testCity.corridors.flatMap((c) => c.path),
    ];
    expect(Math.min(...points.map(([lng]) => lng)) - 0.01).toBeCloseTo(west, 9);
    expect(Math.max(...points.map(([lng]) => lng)) + 0.01).toBeCloseTo(east, 9);
    expect(Math.min(...points.map(([, lat]) => lat)) - 0.01).toBeCloseTo(south, 9);
    expect(Math.max(...points.map(([, lat]) => lat)) + 0.01).toBeCloseTo(north, 9);
  });
});
