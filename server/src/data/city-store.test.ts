import { testCity } from '@sandbox/shared/test-support/test-city';
import { describe, expect, it } from 'vitest';
import { writeDataDir } from '../test/build-test-app';
import { loadCityStore } from './city-store';

describe('the city store', () => {
  it('keeps every meter by default, and METER_SHARE of each group (at least one) for a small machine', async () => {
    const dir = writeDataDir();
    const full = (await loadCityStore(dir)).get(testCity.id);
    const small = (await loadCityStore(dir, 0.05)).get(testCity.id);
    expect(full?.city.meters.map((g) => g.count)).toEqual(testCity.meters.map((g) => g.count));
    expect(small?.city.meters.map((g) => g.count)).toEqual(testCity.meters.map((g) => Math.max(1, Math.round(g.count * 0.05))));
    expect(small?.summary.meters).toBe(small?.city.meters.reduce((n, g) => n + g.count, 0));
    expect(JSON.parse(small?.cityJson ?? '{}').meters).toEqual(small?.city.meters);
  });
});
