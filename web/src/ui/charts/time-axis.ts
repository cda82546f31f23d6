/**
 * The one time axis of every chart: ticks on round hours of the city's wall clock (every 1, 2, 3, 6
 * or 12 hours, or each midnight for multi-day windows), no more than a chart has room for. Pure;
 * DST-safe (offsets come from the shared time module, hour by hour), so ticks move with the clocks.
 *
 * Labels read `HH:mm`; where a date helps, two habits exist and both are kept, because changing
 * either would change what users see:
 * - `date-at-midnight` (Air, Data): the midnight tick says the date ("Jul 15"), so a week-long axis
 *   reads "Jul 9, Jul 10, …" and a day's axis shows where the date changes;
 * - `date-on-long-windows` (Energy): every tick says the time on windows up to 36 h, and the date
 *   on longer ones.
 */
import { HOUR_MS, localTime } from '@sandbox/shared/common/time';
import { formatMonthDay, formatTime } from '../../i18n/format-time';
import type { Language } from '../../i18n/i18n';

const STEPS_H = [1, 2, 3, 6, 12, 24] as const;
/** Windows longer than this show dates rather than clock times (with `date-on-long-windows`). */
const LONG_WINDOW_MS = 36 * HOUR_MS;

export type TickLabels = 'date-at-midnight' | 'date-on-long-windows';

export interface TimeTicks {
  ticks: number[];
  format: (ms: number) => string;
}

/** About one time label per 90 px of plot, and never fewer than three. */
export const maxTicksFor = (plotWidthPx: number) => Math.max(3, Math.floor(plotWidthPx / 90));

export interface TimeTickOptions {
  /** At most this many ticks (a narrow chart asks for fewer); default 8. */
  maxTicks?: number;
  labels?: TickLabels;
}

/** Ticks in `[fromMs, toMs]` on local hours that are multiples of the step, and their labels. */
export function timeTicks(fromMs: number, toMs: number, timeZone: string, language: Language, options: TimeTickOptions = {}): TimeTicks {
  const { maxTicks = 8, labels = 'date-at-midnight' } = options;
  const spanH = (toMs - fromMs) / HOUR_MS;
  const step = STEPS_H.find((s) => spanH / s <= maxTicks) ?? Math.ceil(spanH / maxTicks / 24) * 24;
  const ticks: number[] = [];
  for (let t = Math.ceil(fromMs / HOUR_MS) * HOUR_MS; t <= toMs; t += HOUR_MS) {
    const local = localTime(timeZone, t);
    const hour = Math.round(local.hourOfDay);
    const onStep = step < 24 ? hour % step === 0 : hour === 0 && (local.dayOfYear - 1) % (step / 24) === 0;
    if (onStep && Math.abs(local.hourOfDay - hour) < 1e-6) ticks.push(t);
  }
  const date = (ms: number) => formatMonthDay(ms, language, timeZone);
  const time = (ms: number) => formatTime(ms, language, timeZone);
  if (labels === 'date-on-long-windows') return { ticks, format: toMs - fromMs > LONG_WINDOW_MS ? date : time };
  const atMidnight = (ms: number) => Math.round(localTime(timeZone, ms).hourOfDay * 60) === 0;
  return { ticks, format: (ms: number) => (atMidnight(ms) ? date(ms) : time(ms)) };
}
