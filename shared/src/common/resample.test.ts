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
});
