/**
 * The weekday peak periods the mobility figures are read in: 06:00–09:00 and 16:00–19:00 local on
 * weekdays (not weekends, not federal holidays), the periods in which the FHWA Urban Congestion
 * Report computes its travel-time index (ops.fhwa.dot.gov/perf_measurement/ucr/documentation.htm).
 */
import { dayTypeOf, HOUR_MS, localTime } from '../common/time';

/** Local hours of day that start a peak-period hour. */
const PEAK_HOURS_OF_DAY = new Set([6, 7, 8, 16, 17, 18]);

/** Hour starts in `[fromMs, toMs)` (both whole hours) that fall in a weekday peak period. */
export function peakHours(timeZone: string, fromMs: number, toMs: number): number[] {
  const hours: number[] = [];
  for (let t = fromMs; t < toMs; t += HOUR_MS) {
    const local = localTime(timeZone, t);
    if (PEAK_HOURS_OF_DAY.has(Math.floor(local.hourOfDay)) && dayTypeOf(local) === 'weekday') hours.push(t);
  }
  return hours;
}

/** Consecutive hour starts merged into `[fromMs, toMs)` spans (a peak period is one span). */
export function hourSpansOf(hours: readonly number[]): { fromMs: number; toMs: number }[] {
  const spans: { fromMs: number; toMs: number }[] = [];
  for (const t of hours) {
    const last = spans[spans.length - 1];
    if (last && last.toMs === t) last.toMs = t + HOUR_MS;
    else spans.push({ fromMs: t, toMs: t + HOUR_MS });
  }
  return spans;
}
