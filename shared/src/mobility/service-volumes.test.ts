import { describe, expect, it } from 'vitest';
import { corridorAadt } from './service-volumes';

describe('corridorAadt (FDOT generalized volumes, LOS D, city street)', () => {
  it.each([
    // Class II (35 mph), 4 lanes, no median or turn bays: 32,400 × 0.9 × 0.75
    [{ speedLimitKph: 56, lanesPerDirection: 2, median: 'none' as const }, 21_870],
    // Class I (40 mph), 6 lanes divided: 59,900 × 0.9
    [{ speedLimitKph: 64, lanesPerDirection: 3, median: 'divided' as const }, 53_910],
    // Class I (45 mph), 4 lanes with left-turn bays: 39,800 × 0.9 × 0.95
    [{ speedLimitKph: 72, lanesPerDirection: 2, median: 'left-turn-lanes' as const }, 34_029],
    // Two-lane street: the table's undivided value, no median adjustment
    [{ speedLimitKph: 48, lanesPerDirection: 1, median: undefined }, 13_320],
  ])('%o carries %d vehicles a day', (corridor, aadt) => {
    expect(corridorAadt(corridor)).toBeCloseTo(aadt, 6);
  });

  it('carries more with more lanes, a median and a higher class', () => {
    const base = { speedLimitKph: 56, lanesPerDirection: 2, median: 'none' as const };
    expect(corridorAadt({ ...base, lanesPerDirection: 3 })).toBeGreaterThan(corridorAadt(base));
    expect(corridorAadt({ ...base, median: 'divided' })).toBeGreaterThan(corridorAadt({ ...base, median: 'left-turn-lanes' }));
    expect(corridorAadt({ ...base, speedLimitKph: 72 })).toBeGreaterThan(corridorAadt(base));
  });
});
