import { describe, expect, it } from 'vitest';
import { combine, hourlyCounts, speedIndex } from './use-kpis';

describe('KPI helpers', () => {
  it('combines aligned series by max or sum, ignoring gaps', () => {
    const a = { time: [1, 2], value: [3, null] };
    const b = { time: [1, 2], value: [5, 7] };
    expect(combine([a, b], 'max')).toEqual({ time: [1, 2], value: [5, 7] });
    expect(combine([a, b], 'sum')).toEqual({ time: [1, 2], value: [8, 7] });
    expect(combine([a, b], 'mean')).toEqual({ time: [1, 2], value: [4, 7] });
  });

  it('averages speed as a share of each segment limit', () => {
    const network = [
      { id: 's1', speedLimitMps: 20 },
      { id: 's2', speedLimitMps: 10 },
    ] as never;
    expect(
      speedIndex(
        [
          { segmentId: 's1', speedMps: 10 },
          { segmentId: 's2', speedMps: 10 },
          { segmentId: 's3', speedMps: null },
        ],
        network,
      ),
    ).toBeCloseTo(0.75);
    expect(speedIndex([], network)).toBeNull();
  });

  it('counts events per hour from midnight', () => {
    const from = Date.parse('2026-07-15T04:00:00Z');
    expect(hourlyCounts(['2026-07-15T04:10:00Z', '2026-07-15T04:50:00Z', '2026-07-15T06:00:00Z'], from, 3)).toEqual([2, 0, 1]);
  });
});
