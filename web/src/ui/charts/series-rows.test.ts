import { describe, expect, it } from 'vitest';
import { seriesRows } from './series-rows';

const s = (time: number[], value: (number | null)[]) => ({ id: 'x', metric: 'm', unit: 'u', time, value });

describe('seriesRows', () => {
  it('merges lines by time, leaving gaps as null or absent', () => {
    const rows = seriesRows([
      { key: 'a', label: 'A', color: '#000', series: s([1, 2, 3], [10, null, 30]) },
      { key: 'b', label: 'B', color: '#111', series: s([2, 4], [20, 40]) },
    ]);
    expect(rows).toEqual([
      { time: 1, a: 10 },
      { time: 2, a: null, b: 20 },
      { time: 3, a: 30 },
      { time: 4, b: 40 },
    ]);
  });
});
