import { describe, expect, it } from 'vitest';
import { SeriesSchema } from './query';
import { buildSeries } from './series';
import { HOUR_MS, MINUTE_MS } from './time';

const base = { id: 's', metric: 'pm25UgM3', unit: 'µg/m³', startMs: 0, stepMs: MINUTE_MS, fromMs: 0 };

describe('buildSeries', () => {
  it('keeps 1-minute samples at 1-minute resolution, with null for missing values', () => {
    const series = buildSeries({ ...base, values: [1, Number.NaN, 1.23456], toMs: 3 * MINUTE_MS, resolutionMs: MINUTE_MS });
    expect(SeriesSchema.parse(series)).toEqual({ ...series });
    expect(series.time).toEqual([0, MINUTE_MS, 2 * MINUTE_MS]);
    expect(series.value).toEqual([1, null, 1.235]);
    // A series already within maxPoints is not thinned: its missing values stay in place.
    for (const maxPoints of [3, 10]) {
      expect(
        buildSeries({ ...base, values: [1, Number.NaN, 1.23456], toMs: 3 * MINUTE_MS, resolutionMs: MINUTE_MS, maxPoints }).value,
      ).toEqual([1, null, 1.235]);
    }
  });

  it('says when a series stands for finer data: thinned, bucketed, or neither', () => {
    const values = Array.from({ length: 600 }, (_, i) => Math.sin(i / 20));
    const window = { ...base, values, toMs: 600 * MINUTE_MS };
    // Every minute kept: the series is its data, no `sample`.
    expect(buildSeries({ ...window, resolutionMs: MINUTE_MS })).not.toHaveProperty('sample');
    expect(buildSeries({ ...window, resolutionMs: MINUTE_MS, maxPoints: 600 })).not.toHaveProperty('sample');
    // Thinned to 100 points of 600 minutes.
    const thinned = buildSeries({ ...window, resolutionMs: MINUTE_MS, maxPoints: 100 });
    expect(thinned.time.length).toBeLessThanOrEqual(100);
    expect(thinned.sample).toEqual({ sourceStepMs: MINUTE_MS, sourcePoints: 600, thinned: true });
    expect(SeriesSchema.parse(thinned)).toEqual(thinned);
    // Hourly means of the minutes: a sample too, but nothing dropped.
    expect(buildSeries({ ...window, resolutionMs: HOUR_MS }).sample).toEqual({
      sourceStepMs: MINUTE_MS,
      sourcePoints: 600,
      thinned: false,
    });
    expect(buildSeries({ ...window, resolutionMs: HOUR_MS, maxPoints: 10 }).sample?.thinned).toBe(false);
    expect(buildSeries({ ...window, resolutionMs: HOUR_MS, maxPoints: 5 }).sample?.thinned).toBe(true);
  });

  it('keeps the samples’ own times at their own resolution', () => {
    const series = buildSeries({ ...base, startMs: 30_000, values: [1, 2], toMs: 120_000, resolutionMs: MINUTE_MS });
    expect(series.time).toEqual([30_000, 90_000]);
  });

  it('buckets a window that does not start at zero into exactly its own buckets', () => {
    const values = Array.from({ length: 180 }, (_, i) => (i < 120 ? 10 : 40));
    const series = buildSeries({ ...base, values, fromMs: HOUR_MS, toMs: 3 * HOUR_MS, resolutionMs: HOUR_MS });
    expect(series.time).toEqual([HOUR_MS, 2 * HOUR_MS]);
    expect(series.value).toEqual([10, 40]);
  });

  it('averages into coarser buckets', () => {
    const values = Array.from({ length: 120 }, (_, i) => (i < 60 ? 10 : 20));
    const series = buildSeries({ ...base, values, toMs: 2 * HOUR_MS, resolutionMs: HOUR_MS });
    expect(series.time).toEqual([0, HOUR_MS]);
    expect(series.value).toEqual([10, 20]);
  });

  it('sums amounts into coarser buckets when asked', () => {
    const series = buildSeries({
      ...base,
      stepMs: 15 * MINUTE_MS,
      values: [1, 2, 3, 4, 5],
      toMs: 2 * HOUR_MS,
      resolutionMs: HOUR_MS,
      aggregate: 'sum',
    });
    expect(series.value).toEqual([10, 5]);
  });

  it('thins to at most maxPoints, keeping the first and last points', () => {
    const values = Array.from({ length: 1440 }, (_, i) => Math.sin(i / 50));
    const series = buildSeries({ ...base, values, toMs: 1440 * MINUTE_MS, resolutionMs: MINUTE_MS, maxPoints: 200 });
    expect(series.time.length).toBeLessThanOrEqual(200);
    expect(series.time[0]).toBe(0);
    expect(series.time.at(-1)).toBe(1439 * MINUTE_MS);
  });

  it('thins flags to the worst of each run when asked, keeping a lone missing read', () => {
    const values = Array.from({ length: 35_040 }, (_, i) => (i === 12_345 ? 2 : 0));
    const series = buildSeries({
      ...base,
      stepMs: 15 * MINUTE_MS,
      values,
      toMs: 35_040 * 15 * MINUTE_MS,
      resolutionMs: 15 * MINUTE_MS,
      maxPoints: 100,
      thin: 'worst',
      decimals: 0,
    });
    expect(series.time).toHaveLength(100);
    expect(series.value.filter((v) => v === 2)).toHaveLength(1);
    expect(series.value.filter((v) => v === 0)).toHaveLength(99);
  });

  it('thins flags run by run, where the shape-keeping thinning would drop a run’s worst flag', () => {
    const flags = [0, 1, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0];
    const input = {
      ...base,
      stepMs: 15 * MINUTE_MS,
      values: flags,
      toMs: 3 * HOUR_MS,
      resolutionMs: 15 * MINUTE_MS,
      maxPoints: 3,
      decimals: 0,
    };
    const worst = buildSeries({ ...input, thin: 'worst' });
    expect(worst.time).toEqual([0, HOUR_MS, 2 * HOUR_MS]);
    expect(worst.value).toEqual([1, 0, 2]);
    expect(buildSeries(input).value).toEqual([0, 2, 0]);
  });
});
