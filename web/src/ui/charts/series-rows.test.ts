import { describe, expect, it } from 'vitest';
import { chartRows, noDataSpans, seriesRows } from './series-rows';

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

describe('chartRows', () => {
  it("draws a line across another line's times, straight between its own samples, but breaks at its own gap", () => {
    const { rows, bridged } = chartRows([
      { key: 'a', label: 'A', color: '#000', series: s([0, 40, 60, 100], [10, null, 30, 70]) },
      { key: 'b', label: 'B', color: '#111', series: s([0, 20, 50, 80, 100], [1, 2, 3, 4, 5]) },
    ]);
    // a: 20 lies between its 10 (at 0) and its gap (at 40): no value; 50 in the gap too; 80 between 30 and 70.
    expect(rows.map((row) => row.a ?? null)).toEqual([10, null, null, null, 30, 50, 70]);
    expect(rows.map((row) => row.b ?? null)).toEqual([1, 2, 8 / 3, 3, 10 / 3, 4, 5]);
    const at = (time: number) => rows.find((row) => row.time === time) as (typeof rows)[number];
    expect(bridged(at(80), 'a')).toBe(true);
    expect(bridged(at(60), 'a')).toBe(false);
    expect(bridged(at(40), 'b')).toBe(true);
    expect(bridged(at(40), 'a')).toBe(false);
  });
});

describe('noDataSpans', () => {
  const line = (key: string, time: number[], value: (number | null)[]) => ({
    key,
    label: key.toUpperCase(),
    color: '#000',
    series: s(time, value),
  });

  it('spans a gap from the last sample before to the first after, as the broken line leaves it undrawn', () => {
    expect(noDataSpans([line('a', [1, 2, 3, 4, 5], [10, null, null, 40, 50])])).toEqual([{ fromMs: 1, toMs: 4, lines: ['A'] }]);
  });

  it('runs a gap at either end to the edge of the data', () => {
    expect(noDataSpans([line('a', [1, 2, 3, 4], [null, 20, 30, null])])).toEqual([
      { fromMs: 1, toMs: 2, lines: ['A'] },
      { fromMs: 3, toMs: 4, lines: ['A'] },
    ]);
  });

  it('cuts overlapping gaps of several lines where the set of missing lines changes, naming exactly those', () => {
    // A is out 1→3 and 5→6; B is out 2→4.
    const spans = noDataSpans([line('a', [1, 2, 3, 4, 5, 6], [1, null, 3, 4, 5, null]), line('b', [1, 2, 3, 4, 6], [1, 2, null, 4, 6])]);
    expect(spans).toEqual([
      { fromMs: 1, toMs: 2, lines: ['A'] },
      { fromMs: 2, toMs: 3, lines: ['A', 'B'] },
      { fromMs: 3, toMs: 4, lines: ['B'] },
      { fromMs: 5, toMs: 6, lines: ['A'] },
    ]);
  });

  it('keeps one span while the same lines stay missing', () => {
    const spans = noDataSpans([line('a', [1, 2, 3, 4], [1, null, null, 4]), line('b', [1, 2, 3, 4], [1, null, null, 4])]);
    expect(spans).toEqual([{ fromMs: 1, toMs: 4, lines: ['A', 'B'] }]);
  });

  it('finds nothing in complete lines', () => {
    expect(noDataSpans([line('a', [1, 2, 3], [1, 2, 3]), line('b', [], [])])).toEqual([]);
  });
});
