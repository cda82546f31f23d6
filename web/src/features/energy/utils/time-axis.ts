/**
 * Time-axis ticks on the city's wall clock: every 3 h for a day, every 12 h for three days, each
 * midnight for a week. Ticks sit on local hours, so a DST change moves them with the clocks.
 */
import { HOUR_MS, localTime } from '@sandbox/shared/common/time';

export function localTicks(fromMs: number, toMs: number, timeZone: string): number[] {
  const spanH = (toMs - fromMs) / HOUR_MS;
  const every = spanH <= 36 ? 3 : spanH <= 96 ? 12 : 24;
  const ticks: number[] = [];
  for (let t = Math.ceil(fromMs / HOUR_MS) * HOUR_MS; t <= toMs; t += HOUR_MS) {
    const local = localTime(timeZone, t);
    if (Math.round(local.hourOfDay) % every === 0 && local.hourOfDay % 1 === 0) ticks.push(t);
  }
  return ticks;
}

/** Whether ticks need the date (windows longer than a day) or just the time. */
export const ticksShowDate = (fromMs: number, toMs: number) => toMs - fromMs > 36 * HOUR_MS;
