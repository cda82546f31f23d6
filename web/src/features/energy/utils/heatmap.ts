/**
 * Hour × day binning of an hourly demand series on the city's wall clock. DST-correct: the
 * spring-forward day has no 02:00 (that cell stays empty) and the fall-back day's two 01:00 hours
 * are averaged into one cell, so every column is one local calendar day and every row one local hour.
 */

import { HOUR_MS, localTime, parseIsoDate, utcFromLocal } from '@sandbox/shared/common/time';
import { localDate } from '@sandbox/shared/weather/hourly-weather';

export interface HeatmapGrid {
  /** Local dates, oldest first (`YYYY-MM-DD`). */
  days: string[];
  /** `cells[day][hour]`: mean kW in that local hour, null where there is no data. */
  cells: (number | null)[][];
  min: number | null;
  max: number | null;
}

/** The local date `offset` days after `date` (negative for before). */
export function addDays(date: string, offset: number): string {
  const { year, month, day } = parseIsoDate(date);
  return new Date(Date.UTC(year, month - 1, day + offset)).toISOString().slice(0, 10);
}

/**
 * The heatmap's window: the last `days` local days up to the hour after `nowMs` (today's column
 * fills as the clock runs). `fromMs` is local midnight of the first day.
 */
export function heatmapWindow(nowMs: number, days: number, timeZone: string): { fromMs: number; toMs: number; days: string[] } {
  const today = localDate(timeZone, nowMs);
  const first = addDays(today, -(days - 1));
  const { year, month, day } = parseIsoDate(first);
  const list = Array.from({ length: days }, (_, i) => addDays(first, i));
  return { fromMs: utcFromLocal(timeZone, year, month, day), toMs: Math.floor(nowMs / HOUR_MS) * HOUR_MS + HOUR_MS, days: list };
}

/** Bins hourly values (bucket starts in UTC ms) into local day × hour cells. */
export function hourDayGrid(
  series: { time: readonly number[]; value: readonly (number | null)[] },
  timeZone: string,
  days: readonly string[],
): HeatmapGrid {
  const index = new Map(days.map((d, i) => [d, i]));
  const sums = days.map(() => new Array<number>(24).fill(0));
  const counts = days.map(() => new Array<number>(24).fill(0));
  series.time.forEach((t, i) => {
    const v = series.value[i];
    if (v === null || v === undefined) return;
    const local = localTime(timeZone, t);
    const d = index.get(localDate(timeZone, t));
    if (d === undefined) return;
    const h = Math.floor(local.hourOfDay);
    (sums[d] as number[])[h] = ((sums[d] as number[])[h] as number) + v;
    (counts[d] as number[])[h] = ((counts[d] as number[])[h] as number) + 1;
  });
  let min: number | null = null;
  let max: number | null = null;
  const cells = sums.map((row, d) =>
    row.map((sum, h) => {
      const n = (counts[d] as number[])[h] as number;
      if (n === 0) return null;
      const mean = Math.round((sum / n) * 100) / 100;
      min = min === null ? mean : Math.min(min, mean);
      max = max === null ? mean : Math.max(max, mean);
      return mean;
    }),
  );
  return { days: [...days], cells, min, max };
}

/** Sequential blues (ColorBrewer Blues, 9 classes): light = low, dark = high, like the map. */
export const HEAT_STOPS = ['#f7fbff', '#deebf7', '#c6dbef', '#9ecae1', '#6baed6', '#4292c6', '#2171b5', '#08519c', '#08306b'] as const;

function mix(a: string, b: string, f: number): string {
  const pa = [1, 3, 5].map((i) => Number.parseInt(a.slice(i, i + 2), 16));
  const pb = [1, 3, 5].map((i) => Number.parseInt(b.slice(i, i + 2), 16));
  return `#${pa
    .map((x, i) =>
      Math.round(x + ((pb[i] as number) - x) * f)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** The colour of `value` on the blues between `min` and `max`. */
export function heatColour(value: number, min: number, max: number): string {
  const f = max > min ? Math.min(1, Math.max(0, (value - min) / (max - min))) : 0.5;
  const x = f * (HEAT_STOPS.length - 1);
  const i = Math.min(HEAT_STOPS.length - 2, Math.floor(x));
  return mix(HEAT_STOPS[i] as string, HEAT_STOPS[i + 1] as string, x - i);
}
