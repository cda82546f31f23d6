import { MINUTE_MS } from '@sandbox/shared/common/time';
import { describe, expect, it } from 'vitest';
import { qualityAt, qualityCounts, qualityRuns } from './quality';

const Q = 15 * MINUTE_MS;

describe('qualityRuns', () => {
  it('merges consecutive flagged intervals into runs, one per flag', () => {
    const runs = qualityRuns({ time: [0, Q, 2 * Q, 3 * Q, 4 * Q, 5 * Q], value: [0, 1, 1, 2, 0, 1] });
    expect(runs).toEqual([
      { from: Q, to: 3 * Q, quality: 'estimated', intervals: 2 },
      { from: 3 * Q, to: 4 * Q, quality: 'missing', intervals: 1 },
      { from: 5 * Q, to: 6 * Q, quality: 'estimated', intervals: 1 },
    ]);
    expect(qualityCounts(runs)).toEqual({ estimated: 3, missing: 1 });
    expect(qualityAt(runs, 3 * Q)).toBe('missing');
    expect(qualityAt(runs, 0)).toBe('actual');
  });

  it('has no runs without flags or without a quality series', () => {
    expect(qualityRuns({ time: [0, Q], value: [0, null] })).toEqual([]);
    expect(qualityRuns(undefined)).toEqual([]);
  });
});
