/**
 * Resampling of columnar series: fixed-width time buckets with mean/min/max/count (hourly means of
 * 1-minute air data, daily totals of meter data), rolling means with a validity rule (8-hour ozone),
 * and the daily statistics the AQI needs. `NaN` marks a missing value everywhere.
 */

import { HOUR_MS } from './time';

/** Mean, min, max and count of valid values per bucket; `NaN` for buckets with too few values. */
export interface Buckets {
  /** Bucket start times, UTC ms. */
  startMs: Float64Array;
  mean: Float64Array;
  min: Float64Array;
  max: Float64Array;
  /** Valid (finite) values that fell in each bucket. */
  count: Uint32Array;
}

/**
 * Groups `(timeMs[i], values[i])` into `bucketCount` buckets of `bucketMs` from `startMs`. Samples outside
 * the range are ignored. A bucket with fewer than `minCount` valid samples gets `NaN` statistics.
 */
export function bucketize(
  timeMs: ArrayLike<number>,
  values: ArrayLike<number>,
  startMs: number,
  bucketMs: number,
  bucketCount: number,
  minCount = 1,
): Buckets {
  const sum = new Float64Array(bucketCount);
  const min = new Float64Array(bucketCount).fill(Number.POSITIVE_INFINITY);
  const max = new Float64Array(bucketCount).fill(Number.NEGATIVE_INFINITY);
  const count = new Uint32Array(bucketCount);
  // Stryker disable next-line EqualityOperator: values[length] is undefined and skipped as non-finite
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (!Number.isFinite(v)) continue;
    const b = Math.floor(((timeMs[i] as number) - startMs) / bucketMs);
    // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: typed arrays ignore writes outside their range, so the guard only saves work
    if (b < 0 || b >= bucketCount) continue;
    sum[b] = (sum[b] as number) + v;
    if (v < (min[b] as number)) min[b] = v;
    if (v > (max[b] as number)) max[b] = v;
    count[b] = (count[b] as number) + 1;
  }
  const mean = new Float64Array(bucketCount);
  const starts = new Float64Array(bucketCount);
  // Stryker disable next-line EqualityOperator: one pass more only writes past the end of a typed array, which is ignored
  for (let b = 0; b < bucketCount; b++) {
    starts[b] = startMs + b * bucketMs;
    const n = count[b] as number;
    if (n < minCount || n === 0) {
      mean[b] = Number.NaN;
      min[b] = Number.NaN;
      max[b] = Number.NaN;
    } else {
      mean[b] = (sum[b] as number) / n;
    }
  }
  return { startMs: starts, mean, min, max, count };
}

/** Minutes per hour needed for a valid hourly mean (75%, the usual completeness rule). */
export const HOURLY_MIN_MINUTES = 45;

/** Hourly means of a 1-minute series from `startMs` (aligned to the hour by the caller). */
export function hourlyMeans(timeMs: ArrayLike<number>, values: ArrayLike<number>, startMs: number, hours: number): Buckets {
  return bucketize(timeMs, values, startMs, HOUR_MS, hours, HOURLY_MIN_MINUTES);
}

/**
 * Trailing rolling mean over `window` samples ending at each index, `NaN` where fewer than
 * `minValid` of them are finite (8-hour ozone: window 8, minValid 6).
 */
export function rollingMean(values: ArrayLike<number>, window: number, minValid: number): Float64Array {
  const out = new Float64Array(values.length);
  let sum = 0;
  let valid = 0;
  // Stryker disable next-line EqualityOperator: values[length] is undefined and skipped as non-finite
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (Number.isFinite(v)) {
      sum += v;
      valid++;
    }
    if (i >= window) {
      const old = values[i - window] as number;
      if (Number.isFinite(old)) {
        sum -= old;
        valid--;
      }
    }
    out[i] = i >= window - 1 && valid >= minValid ? sum / valid : Number.NaN;
  }
  return out;
}

/**
 * Daily statistics of an hourly series grouped by a day key per hour (e.g. the local day number):
 * the daily mean (needs 18 of 24 hours) and the daily maximum of an accompanying series.
 */
export function dailyStats(
  dayKey: ArrayLike<number>,
  hourlyForMean: ArrayLike<number>,
  hourlyForMax: ArrayLike<number>,
): { day: number[]; mean: number[]; max: number[] } {
  const day: number[] = [];
  const mean: number[] = [];
  const max: number[] = [];
  let current = Number.NaN;
  let sum = 0;
  let n = 0;
  let hi = Number.NEGATIVE_INFINITY;
  const flush = () => {
    if (!Number.isNaN(current)) {
      day.push(current);
      mean.push(n >= 18 ? sum / n : Number.NaN);
      max.push(hi === Number.NEGATIVE_INFINITY ? Number.NaN : hi);
    }
  };
  for (let i = 0; i < dayKey.length; i++) {
    const key = dayKey[i] as number;
    if (key !== current) {
      flush();
      current = key;
      sum = 0;
      n = 0;
      hi = Number.NEGATIVE_INFINITY;
    }
    const v = hourlyForMean[i] as number;
    if (Number.isFinite(v)) {
      sum += v;
      n++;
    }
    const m = hourlyForMax[i] as number;
    if (Number.isFinite(m) && m > hi) hi = m;
  }
  flush();
  return { day, mean, max };
}
