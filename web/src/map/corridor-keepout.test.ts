import { polylineOf, projectionAt, toXY } from '@sandbox/shared/common/geo';
import type { LngLat } from '@sandbox/shared/common/schemas';
import { testCity } from '@sandbox/shared/test-support/test-city';
import { describe, expect, it } from 'vitest';
import { corridorKeepoutFeatures } from './corridor-keepout';

const step = 60;
const features = corridorKeepoutFeatures(testCity, step).features;

/** A corridor's keep-out points in local metres, in path order. */
function pointsOf(corridor: (typeof testCity.corridors)[number]): [number, number][] {
  const projection = projectionAt(corridor.path[0] ?? testCity.center);
  return features.filter((f) => f.properties?.corridorId === corridor.id).map((f) => toXY(projection, f.geometry.coordinates as LngLat));
}

describe('corridorKeepoutFeatures', () => {
  it('starts and ends every corridor on its own ends', () => {
    for (const corridor of testCity.corridors) {
      const projection = projectionAt(corridor.path[0] ?? testCity.center);
      const points = pointsOf(corridor);
      const ends = [corridor.path[0], corridor.path.at(-1)].map((p) => toXY(projection, p ?? testCity.center));
      for (const [got, want] of [
        [points[0], ends[0]],
        [points.at(-1), ends[1]],
      ]) {
        expect(Math.hypot((got?.[0] ?? Number.NaN) - (want?.[0] ?? 0), (got?.[1] ?? Number.NaN) - (want?.[1] ?? 0))).toBeLessThan(0.01);
      }
    }
  });

  it('leaves no gap wider than the step between neighbouring points', () => {
    for (const corridor of testCity.corridors) {
      const points = pointsOf(corridor);
      for (const [i, [x, y]] of points.entries()) {
        if (i === 0) continue;
        const [px, py] = points[i - 1] ?? [x, y];
        expect(Math.hypot(x - px, y - py)).toBeLessThanOrEqual(step + 1e-6);
      }
    }
  });

  it('spends no more points than the length needs', () => {
    for (const corridor of testCity.corridors) {
      const length = polylineOf(projectionAt(corridor.path[0] ?? testCity.center), corridor.path).length;
      expect(pointsOf(corridor).length).toBeLessThanOrEqual(Math.ceil(length / step) + 1);
    }
  });
});
