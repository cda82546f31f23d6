/** Reading lesson answers out of API answers (series envelopes and the policy context). */
import type { Series } from '../common/query';
import { localTime } from '../common/time';

interface Envelope {
  series: Series[];
}

/** The series of `id` and `metric` in a series answer; throws when the answer lacks it (a lesson bug). */
export function seriesOf(data: unknown, id: string, metric: string): Series {
  const found = (data as Envelope).series.find((s) => s.id === id && s.metric === metric);
  if (!found) throw new Error(`no series ${id}/${metric} in the answer`);
  return found;
}

/** Every series of `metric`, by entity id. */
export function seriesByEntity(data: unknown, metric: string): Series[] {
  return (data as Envelope).series.filter((s) => s.metric === metric);
}

/** The value at bucket start `ms` (null when missing or absent). */
export function valueAt(series: Series, ms: number): number | null {
  const index = series.time.indexOf(ms);
  return index < 0 ? null : (series.value[index] ?? null);
}

/** Index of the largest non-null value (first on ties), or -1 when all are null. */
export function argMax(values: readonly (number | null)[]): number {
  let best = -1;
  values.forEach((value, i) => {
    if (value !== null && (best < 0 || value > (values[best] as number))) best = i;
  });
  return best;
}

/** The largest non-null value of a series. */
export function maxOf(series: Series): number {
  const i = argMax(series.value);
  if (i < 0) throw new Error(`series ${series.id}/${series.metric} has no values`);
  return series.value[i] as number;
}

/** The local hour (0–23) of an instant. */
export function localHour(timeZone: string, ms: number): number {
  return Math.floor(localTime(timeZone, ms).hourOfDay);
}

/** The local hour (0–23) of a series' largest value. */
export function peakHour(timeZone: string, series: Series): number {
  const at = series.time[argMax(series.value)];
  if (at === undefined) throw new Error(`series ${series.id}/${series.metric} has no values`);
  return localHour(timeZone, at);
}

/** Sum of the non-null values, rounded to the series' own precision (no float dust). */
export function sumOf(series: Series): number {
  return Math.round(series.value.reduce<number>((sum, v) => sum + (v ?? 0), 0) * 1e4) / 1e4;
}

/** How many values equal `flag` (meter quality flags). */
export function countOf(series: Series, flag: number): number {
  return series.value.filter((v) => v === flag).length;
}

/** Rounds to `digits` decimals (answers are compared with a tolerance; explanations show this). */
export const roundTo = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;
