/**
 * What AirNow showed at each minute: the NowCast (or AQI) of the last complete hour. An hourly value
 * stamped with its hour start `h` includes hour `h`, so it is current from `h + 1 h` to `h + 2 h`.
 * Sampling it on the chart's own minute times keeps one row per pixel and draws it as the steps
 * people saw.
 */
import type { Series } from '@sandbox/shared/common/query';
import { HOUR_MS } from '@sandbox/shared/common/time';

/** The hour start whose NowCast is current at `timeMs`. */
export function currentHourOf(timeMs: number): number {
  return Math.floor(timeMs / HOUR_MS) * HOUR_MS - HOUR_MS;
}

export function hourlyValuesAt(times: readonly number[], hourly: Series | undefined): (number | null)[] {
  if (!hourly) return times.map(() => null);
  const byHour = new Map<number, number | null>(hourly.time.map((t, i) => [t, hourly.value[i] ?? null]));
  return times.map((t) => byHour.get(currentHourOf(t)) ?? null);
}

/** A series with the hourly values resampled on another series' times (same id, own metric and unit). */
export function onTimesOf(times: readonly number[], hourly: Series | undefined, fallback: Pick<Series, 'id' | 'metric' | 'unit'>): Series {
  return { ...(hourly ?? fallback), time: [...times], value: hourlyValuesAt(times, hourly) };
}
