/**
 * Time-axis ticks on round hours of the city's wall clock (every 1, 2, 3, 6 or 12 hours, or each
 * midnight for multi-day windows), labelled `HH:mm` — or with the date at midnight, so a week-long
 * axis reads "Jul 9, Jul 10, …" instead of repeating clock times. Pure; DST-safe (offsets come from
 * the shared time module, hour by hour).
 */
import { localTime } from '@sandbox/shared/sim/time';
import type { Language } from '../i18n/i18n';

const HOUR_MS = 3_600_000;
const STEPS_H = [1, 2, 3, 6, 12, 24] as const;

export interface TimeTicks {
  ticks: number[];
  format: (ms: number) => string;
}

const formats = new Map<string, Intl.DateTimeFormat>();
function cached(language: Language, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}|${timeZone}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { timeZone, ...options });
    formats.set(key, format);
  }
  return format;
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
  const time = cached(language, timeZone, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const day = cached(language, timeZone, { month: 'short', day: 'numeric' });
  return {
    ticks,
    format: (ms: number) => (Math.round(localTime(timeZone, ms).hourOfDay * 60) === 0 ? day.format(ms) : time.format(ms)),
  };
}
