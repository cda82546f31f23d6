/**
 * The month grid of the AQI calendar (weeks from Sunday, US and Korean custom) and the keyboard moves
 * inside it. Dates are `YYYY-MM-DD` on the city's wall clock; the arithmetic is on UTC dates, which
 * have no DST.
 */
import { DAY_MS, localTime, parseIsoDate, utcFromLocal } from '@sandbox/shared/common/time';

const toMs = (date: string) => Date.parse(`${date}T00:00:00Z`);
const toDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function addDays(date: string, days: number): string {
  return toDate(toMs(date) + days * DAY_MS);
}

/** First day of the month of `date`, and of the next month. */
export function monthBounds(date: string): { first: string; next: string } {
  const [year = 1970, month = 1] = date.split('-').map(Number);
  return { first: toDate(Date.UTC(year, month - 1, 1)), next: toDate(Date.UTC(year, month, 1)) };
}

/** The weeks of a month, Sunday first; `null` pads the days outside it. */
export function monthWeeks(date: string): (string | null)[][] {
  const { first, next } = monthBounds(date);
  const weeks: (string | null)[][] = [];
  let week: (string | null)[] = new Array(new Date(toMs(first)).getUTCDay()).fill(null);
  for (let d = first; d < next; d = addDays(d, 1)) {
    week.push(d);
    if (week.length === 7) {
      weeks.push(week);
      week = [];
    }
  }
  if (week.length > 0) weeks.push([...week, ...new Array(7 - week.length).fill(null)]);
  return weeks;
}

const MOVES: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 };

/** The date a key moves focus to inside the month (null: the key is not a move). */
export function keyMove(date: string, key: string): string | null {
  const { first, next } = monthBounds(date);
  const last = addDays(next, -1);
  if (key === 'Home') return first;
  if (key === 'End') return last;
  const step = MOVES[key];
  if (step === undefined) return null;
  const target = addDays(date, step);
  // ISO dates compare as strings: keep the target inside [first, last].
  return [first, target, last].sort()[1] ?? date;
}

/** The instant of the same wall-clock time of day (to the minute) on another local date. */
export function sameTimeOn(date: string, currentMs: number, timeZone: string): number {
  const { hourOfDay } = localTime(timeZone, currentMs);
  const { year, month, day } = parseIsoDate(date);
  const minutes = Math.floor(hourOfDay * 60 + 1e-9);
  return utcFromLocal(timeZone, year, month, day, Math.floor(minutes / 60), minutes % 60);
}
