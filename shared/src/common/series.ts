/**
 * Engine columns → API series: bucket to the requested resolution (mean), thin to `maxPoints`
 * (largest-triangle-three-buckets keeping every gap as a null, or the worst of each bucket for
 * flags), round, and write missing values as null: a chart breaks its line where data is missing.
 */

import { lttbKeepingGaps, maxPerBucket } from './downsample';
import type { Series, SeriesSample } from './query';
import { bucketize } from './resample';

export interface SeriesInput {
  id: string;
  metric: string;
  unit: string;
  /** Time of the first sample and the sample spacing, UTC ms. */
  startMs: number;
  stepMs: number;
  /** Samples; NaN where missing. */
  values: ArrayLike<number>;
  /** The window to report, aligned to `resolutionMs` buckets from `fromMs`. */
  fromMs: number;
  toMs: number;
  resolutionMs: number;
  maxPoints?: number | undefined;
  /** Decimal places kept (default 3). */
  decimals?: number;
  /** How samples combine into a coarser bucket: `mean` for rates and levels, `sum` for amounts (kWh). */
  aggregate?: 'mean' | 'sum';
  /**
   * How `maxPoints` thins: `lttb` keeps the visual shape and the gaps (default); `worst` keeps the largest value
   * of each run of points, for flags such as a meter's quality where a missing read must never hide.
   */
  thin?: 'lttb' | 'worst';
}

function round(value: number, decimals: number): number | null {
  if (!Number.isFinite(value)) return null;
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

export function buildSeries(input: SeriesInput): Series {
  const decimals = input.decimals ?? 3;
  let time: ArrayLike<number>;
  let value: ArrayLike<number>;
  if (input.resolutionMs <= input.stepMs) {
    const n = input.values.length;
    const t = new Float64Array(n);
    // Stryker disable next-line EqualityOperator: one pass more only writes past the end of a typed array, which is ignored
    for (let i = 0; i < n; i++) t[i] = input.startMs + i * input.stepMs;
    time = t;
    value = input.values;
  } else {
    const n = input.values.length;
    const t = new Float64Array(n);
    // Stryker disable next-line EqualityOperator: one pass more only writes past the end of a typed array, which is ignored
    for (let i = 0; i < n; i++) t[i] = input.startMs + i * input.stepMs;
    const buckets = Math.ceil((input.toMs - input.fromMs) / input.resolutionMs);
    const b = bucketize(t, input.values, input.fromMs, input.resolutionMs, buckets);
    time = b.startMs;
    value = input.aggregate === 'sum' ? b.mean.map((mean, i) => mean * (b.count[i] as number)) : b.mean;
  }
  const bucketed = time.length;
  if (input.maxPoints !== undefined && time.length > input.maxPoints) {
    const thinned = input.thin === 'worst' ? maxPerBucket(time, value, input.maxPoints) : lttbKeepingGaps(time, value, input.maxPoints);
    time = thinned.x;
    value = thinned.y;
  }
  // Stryker disable next-line ArrayDeclaration: a preallocated length only saves growing the array
  const outTime: number[] = new Array(time.length);
  // Stryker disable next-line ArrayDeclaration: a preallocated length only saves growing the array
  const outValue: (number | null)[] = new Array(time.length);
  for (let i = 0; i < time.length; i++) {
    outTime[i] = time[i] as number;
    outValue[i] = round(value[i] as number, decimals);
  }
  const sample = sampleOf(outTime.length, input.stepMs, input.values.length, input.maxPoints !== undefined && outTime.length < bucketed);
  return { id: input.id, metric: input.metric, unit: input.unit, time: outTime, value: outValue, ...sample };
}

/**
 * The `sample` field of a series of `points` made from `sourcePoints` samples `sourceStepMs` apart:
 * none when every source sample is a point (the series is the data), else how it stands for them.
 */
export function sampleOf(points: number, sourceStepMs: number, sourcePoints: number, thinned: boolean): { sample?: SeriesSample } {
  return points < sourcePoints ? { sample: { sourceStepMs, sourcePoints, thinned } } : {};
}
