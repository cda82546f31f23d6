import { testCity } from '@sandbox/shared/test-support/test-city';
import { describe, expect, it } from 'vitest';
import { boundsOf, mapFocus } from './corridor-bounds';

describe('mapFocus', () => {
  it('frames the chosen corridor with a margin, keyed by the corridor', () => {
    const focus = mapFocus(testCity, { corridorId: 'main-st', intersectionId: null });
    expect(focus.key).toBe('corridor:main-st');
    expect(focus.bounds).toEqual([
      [-83.006, 39.944],
      [-82.994, 40.056],
    ]);
    expect(focus.padding?.left).toBeGreaterThan(300);
  });

  it('closes in on a chosen intersection', () => {
    const focus = mapFocus(testCity, { corridorId: 'main-st', intersectionId: 'main-st-second' });
    expect(focus.key).toBe('intersection:main-st-second');
    expect(focus.maxZoom).toBe(15);
    const [[west, south], [east, north]] = focus.bounds;
    expect((west + east) / 2).toBeCloseTo(-83.0, 6);
    expect((south + north) / 2).toBeCloseTo(40.02, 6);
  });

  it('falls back to the city for an unknown corridor', () => {
    expect(mapFocus(testCity, { corridorId: 'nowhere', intersectionId: null }).bounds).toEqual(testCity.bounds);
    expect(boundsOf([], 0.01)).toBeNull();
  });
});
