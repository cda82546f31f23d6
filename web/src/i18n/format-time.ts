/** Sim time on the city's wall clock, formatted for the active language (Intl, cached). */
import { utcFromLocal } from '@sandbox/shared/common/time';
import type { Language } from './i18n';

const formats = new Map<string, Intl.DateTimeFormat>();

function format(language: Language, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}|${timeZone}|${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(language, { timeZone, ...options });
    formats.set(key, f);
  }
  return f;
}

/** The cached formatter itself, for formats this module does not name (e.g. a day label). */
export const dateTimeFormat = format;

/**
 * The zone's short name at `simMs`: the city's own abbreviation ("EDT") where its region has one, in
 * every language. Korean Intl names a US zone only by its offset ("GMT-4"), which a visiting delegation
 * cannot match with the city's signs and timetables; a zone with no abbreviation keeps the language's name.
 */
export function zoneName(simMs: number, language: Language, timeZone: string): string {
  const name = (lang: string) =>
    format(lang as Language, timeZone, { timeZoneName: 'short' })
      .formatToParts(simMs)
      .find((p) => p.type === 'timeZoneName')?.value;
  const abbreviation = name('en-US');
  if (abbreviation && /^[A-Z]{2,5}$/.test(abbreviation)) return abbreviation;
  return name(language) ?? timeZone;
}

/**
 * "Wed, Jul 15, 2026, 17:30:12 EDT" / "2026년 7월 15일 (수) 17:30:12 EDT". Every time the app writes
 * is on the 24-hour clock, in both languages, so the clock, the chart axes, tooltips and tables read
 * alike (a 12-hour clock beside "17:30" axis labels made the reader convert; in Korean some ICU
 * versions wrote "PM 5:30" in Latin letters).
 */
export function formatClock(simMs: number, language: Language, timeZone: string): string {
  const dateAndTime = format(language, timeZone, {
    weekday: 'short',
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).format(simMs);
  return `${dateAndTime} ${zoneName(simMs, language, timeZone)}`;
}

/** Date and time to the minute, e.g. "Jul 15, 17:30" for axis labels and tooltips. */
export function formatDateTime(simMs: number, language: Language, timeZone: string): string {
  return format(language, timeZone, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(simMs);
}

/** Month and day, e.g. "Jul 15" / "7월 15일" (time-axis labels at midnight). */
export function formatMonthDay(simMs: number, language: Language, timeZone: string): string {
  return format(language, timeZone, { month: 'short', day: 'numeric' }).format(simMs);
}

/** Hour and minute only. */
export function formatTime(simMs: number, language: Language, timeZone: string): string {
  return format(language, timeZone, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(simMs);
}

/** `YYYY-MM-DDTHH:mm` on the city's wall clock, for `<input type="datetime-local">`. */
export function toLocalInputValue(simMs: number, timeZone: string): string {
  const parts = Object.fromEntries(
    format('en' as Language, timeZone, {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(simMs)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** The UTC instant of a `YYYY-MM-DDTHH:mm` wall-clock value in the city, or null if incomplete. */
export function fromLocalInputValue(value: string, timeZone: string): number | null {
  const [date = '', time = '00:00'] = value.split('T');
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  return y && m && d ? utcFromLocal(timeZone, y, m, d, hh ?? 0, mm ?? 0) : null;
}
