import { describe, expect, it } from 'vitest';
import { bucketize, dailyStats, hourlyMeans, rollingMean } from './resample';
import { MINUTE_MS } from './time';

describe('resampling', () => {
  it('buckets values into mean, min, max and count', () => {
    const b = bucketize([0, 1, 2, 10, 11], [1, 3, 5, 10, Number.NaN], 0, 10, 2);
    expect(Array.from(b.mean)).toEqual([3, 10]);
    expect(Array.from(b.min)).toEqual([1, 10]);
    expect(Array.from(b.max)).toEqual([5, 10]);
    expect(Array.from(b.count)).toEqual([3, 1]);
    expect(Array.from(b.startMs)).toEqual([0, 10]);
  });

  it('buckets from a start that is not zero, ignores samples outside the window and keeps the true maximum', () => {
    const b = bucketize([90, 100, 105, 110, 125, 130], [7, 9, 5, 1, 4, 8], 100, 10, 2);
    expect(Array.from(b.startMs)).toEqual([100, 110]);
    expect(Array.from(b.count)).toEqual([2, 1]); // 90 is before the window, 125 and 130 after it
    expect(Array.from(b.max)).toEqual([9, 1]);
    expect(Array.from(b.min)).toEqual([5, 1]);
    expect(Array.from(b.mean)).toEqual([7, 1]);
  });

  it('gives an empty bucket NaN statistics, not infinities', () => {
    for (const minCount of [1, 0]) {
      const b = bucketize([0], [3], 0, 10, 2, minCount);
      expect(Array.from(b.mean)).toEqual([3, Number.NaN]);
      expect(Array.from(b.min)).toEqual([3, Number.NaN]);
      expect(Array.from(b.max)).toEqual([3, Number.NaN]);
    }
  });

  it('marks an hour with fewer than 45 valid minutes as missing', () => {
    const times = Array.from({ length: 120 }, (_, i) => i * MINUTE_MS);
    const values = times.map((_, i) => (i < 60 ? (i < 44 ? 1 : Number.NaN) : 2));
    const h = hourlyMeans(times, values, 0, 2);
    expect(h.mean[0]).toBeNaN();
    expect(h.mean[1]).toBe(2);
  });

  it('gives an 8-hour rolling mean only with 6 of 8 valid hours', () => {
    const values = [1, 2, 3, 4, 5, 6, 7, 8, Number.NaN, Number.NaN, Number.NaN];
    const r = rollingMean(values, 8, 6);
    expect(r[6]).toBeNaN();
    expect(r[7]).toBe(4.5);
    expect(r[9]).toBe(5.5); // hours 3..8 valid: 6 values
    expect(r[10]).toBeNaN();
  });

  it('lets a missing hour leave the rolling window again', () => {
    // Window 3, 2 valid needed: the gap at index 1 counts against indexes 1–3 only.
    const r = rollingMean([3, Number.NaN, 6, 9, 12], 3, 2);
    expect(Array.from(r)).toEqual([Number.NaN, Number.NaN, 4.5, 7.5, 9]);
  });

  it('groups hourly values into daily means (18 of 24 hours) and maxima', () => {
    const day = [...new Array(24).fill(1), ...new Array(24).fill(2)];
    const mean = [...new Array(24).fill(4), ...new Array(10).fill(6), ...new Array(14).fill(Number.NaN)];
    const max = mean.map((v, i) => (Number.isNaN(v) ? v : v + i));
    const stats = dailyStats(day, mean, max);
    expect(stats.day).toEqual([1, 2]);
    expect(stats.mean[0]).toBe(4);
    expect(stats.mean[1]).toBeNaN();
    expect(stats.max).toEqual([27, 39]);
  });

  it('needs exactly 18 valid hours for a daily mean, and gives a day without maxima NaN', () => {
    const day = new Array(24).fill(1);
    const mean = [...new Array(18).fill(3), ...new Array(6).fill(Number.NaN)];
    const stats = dailyStats(day, mean, new Array(24).fill(Number.NaN));
    expect(stats.mean).toEqual([3]);
    expect(stats.max).toEqual([Number.NaN]);
    expect(dailyStats(day, [Number.NaN, ...mean.slice(1)], day).mean).toEqual([Number.NaN]);
  });
});
