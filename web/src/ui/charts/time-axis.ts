/**
 * Time-axis ticks on round hours of the city's wall clock (every 1, 2, 3, 6 or 12 hours, or each
 * midnight for multi-day windows), labelled `HH:mm` — or with the date at midnight, so a week-long
 * axis reads "Jul 9, Jul 10, …" instead of repeating clock times. Pure; DST-safe (offsets come from
 * the shared time module, hour by hour).
 */
import { localTime } from '@sandbox/shared/sim/time';
import { formatMonthDay, formatTime } from '../../i18n/format-time';
import type { Language } from '../../i18n/i18n';

const HOUR_MS = 3_600_000;
const STEPS_H = [1, 2, 3, 6, 12, 24] as const;

export interface TimeTicks {
  ticks: number[];
  format: (ms: number) => string;
}

/** At most `maxTicks` ticks in `[fromMs, toMs]` on local hours that are multiples of the step. */
export function timeTicks(fromMs: number, toMs: number, timeZone: string, language: Language, maxTicks = 8): TimeTicks {
  const spanH = (toMs - fromMs) / HOUR_MS;
  const step = STEPS_H.find((s) => spanH / s <= maxTicks) ?? Math.ceil(spanH / maxTicks / 24) * 24;
  const ticks: number[] = [];
  for (let t = Math.ceil(fromMs / HOUR_MS) * HOUR_MS; t <= toMs; t += HOUR_MS) {
    const local = localTime(timeZone, t);
    const hour = Math.round(local.hourOfDay);
    const onStep = step < 24 ? hour % step === 0 : hour === 0 && (local.dayOfYear - 1) % (step / 24) === 0;
    if (onStep && Math.abs(local.hourOfDay - hour) < 1e-6) ticks.push(t);
  }
  const atMidnight = (ms: number) => Math.round(localTime(timeZone, ms).hourOfDay * 60) === 0;
  return {
    ticks,
    format: (ms: number) => (atMidnight(ms) ? formatMonthDay(ms, language, timeZone) : formatTime(ms, language, timeZone)),
  };
}
