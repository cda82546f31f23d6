import { describe, expect, it } from 'vitest';
import { durationCurve } from './duration-curve';

describe('durationCurve', () => {
  it('sorts demand from the peak down against the share of intervals', () => {
    const curve = durationCurve([3, 1, null, 4, 2], 100);
    expect(curve?.points).toEqual([
      { share: 0.25, kw: 4 },
      { share: 0.5, kw: 3 },
      { share: 0.75, kw: 2 },
      { share: 1, kw: 1 },
    ]);
    expect(curve?.intervals).toBe(4);
    expect(curve?.peakKw).toBe(4);
    expect(curve?.baseKw).toBe(1);
  });

  it('never gives the chart more points than pixels, and keeps the peak and the minimum', () => {
    const values = Array.from({ length: 672 }, (_, i) => Math.sin(i / 20) * 100 + 500);
    const curve = durationCurve(values, 300);
    expect(curve?.points).toHaveLength(300);
    expect(curve?.points[0]?.kw).toBe(Math.max(...values));
    expect(curve?.points.at(-1)?.kw).toBe(Math.min(...values));
    expect(curve?.points.at(-1)?.share).toBe(1);
  });

  it('counts the intervals within 10% of the peak', () => {
    expect(durationCurve([100, 95, 90, 89, 10], 10)?.nearPeak).toBe(3);
  });

  it('has nothing to draw without values', () => {
    expect(durationCurve([null, null], 10)).toBeNull();
  });
});
