/**
 * Time as the engine sees it: instants are UTC milliseconds; daily and weekly patterns follow the
 * city's local clock (America/New_York for Columbus), so they stay right across DST changes.
 *
 * Offsets come from the ECMAScript Intl API (present in Node and every browser, so `shared` stays
 * pure) and are cached per UTC hour: zone transitions fall on whole hours for the zones we model,
 * and the cache turns an ~µs Intl call into a Map lookup inside hot loops.
 */

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();
const offsetCache = new Map<string, Map<number, number>>();
const MAX_CACHED_HOURS = 200_000; // ~23 years of hours per zone

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True when the runtime knows this IANA zone. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

function computeOffsetMinutes(timeZone: string, utcMs: number): number {
  const parts = formatterFor(timeZone).formatToParts(new Date(utcMs));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - Math.floor(utcMs / 1000) * 1000) / MINUTE_MS);
}

/** Minutes to add to UTC to get local wall-clock time at `utcMs` (e.g. -240 for EDT). */
export function zoneOffsetMinutes(timeZone: string, utcMs: number): number {
  let zoneCache = offsetCache.get(timeZone);
  if (!zoneCache) {
    zoneCache = new Map();
    offsetCache.set(timeZone, zoneCache);
  }
  const hour = Math.floor(utcMs / HOUR_MS);
  let offset = zoneCache.get(hour);
  if (offset === undefined) {
    if (zoneCache.size >= MAX_CACHED_HOURS) zoneCache.clear();
    offset = computeOffsetMinutes(timeZone, hour * HOUR_MS);
    zoneCache.set(hour, offset);
  }
  return offset;
}

/** Wall-clock fields of an instant in a zone. `dayOfWeek` is 0 = Sunday; `hourOfDay` is fractional. */
export interface LocalTime {
  year: number;
  month: number;
  day: number;
  dayOfWeek: number;
  /** 1-based day of the year. */
  dayOfYear: number;
  /** Hours since local midnight, fractional (0 ≤ h < 24). */
  hourOfDay: number;
  offsetMinutes: number;
}

export function localTime(timeZone: string, utcMs: number): LocalTime {
  const offsetMinutes = zoneOffsetMinutes(timeZone, utcMs);
  const wall = new Date(utcMs + offsetMinutes * MINUTE_MS);
  const year = wall.getUTCFullYear();
  const startOfYear = Date.UTC(year, 0, 1);
  const midnight = Date.UTC(year, wall.getUTCMonth(), wall.getUTCDate());
  return {
    year,
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    dayOfWeek: wall.getUTCDay(),
    dayOfYear: Math.round((midnight - startOfYear) / DAY_MS) + 1,
    hourOfDay: (wall.getTime() - midnight) / HOUR_MS,
    offsetMinutes,
  };
}

/**
 * The UTC instant of a local wall-clock time. For a time skipped by a spring-forward change the
 * result is the instant an hour later on the wall clock; for a repeated autumn hour, the first.
 */
export function utcFromLocal(timeZone: string, year: number, month: number, day: number, hour = 0, minute = 0): number {
  const wallAsUtc = Date.UTC(year, month - 1, day, hour, minute);
  // Two passes settle the offset on both sides of a transition.
  let guess = wallAsUtc - zoneOffsetMinutes(timeZone, wallAsUtc) * MINUTE_MS;
  guess = wallAsUtc - zoneOffsetMinutes(timeZone, guess) * MINUTE_MS;
  return guess;
}

/** Parses `YYYY-MM-DD` into its numbers (the schema has already checked the form). */
export function parseIsoDate(date: string): { year: number; month: number; day: number } {
  const [year = Number.NaN, month = Number.NaN, day = Number.NaN] = date.split('-').map(Number);
  return { year, month, day };
}

/**
 * The start of every local hour of a local calendar day, as UTC instants: 24 on most days, 23 on
 * the spring-forward day and 25 on the fall-back day.
 */
export function localDayHours(timeZone: string, date: string): number[] {
  const { year, month, day } = parseIsoDate(date);
  const start = utcFromLocal(timeZone, year, month, day);
  const next = new Date(Date.UTC(year, month - 1, day + 1));
  const end = utcFromLocal(timeZone, next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate());
  const hours: number[] = [];
  for (let t = start; t < end; t += HOUR_MS) hours.push(t);
  return hours;
}

/** Day type for schedules: ordinary weekday, Saturday/Sunday, or a US federal holiday. */
export type DayType = 'weekday' | 'weekend' | 'holiday';
/** Numeric day-type codes used in typed arrays: 0 weekday, 1 weekend, 2 holiday. */
export const DAY_TYPE_CODES: Readonly<Record<DayType, number>> = { weekday: 0, weekend: 1, holiday: 2 };

function nthWeekday(year: number, month: number, weekday: number, n: number): number {
  const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  return 1 + ((weekday - first + 7) % 7) + (n - 1) * 7;
}

function lastWeekday(year: number, month: number, weekday: number): number {
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const last = new Date(Date.UTC(year, month - 1, lastDay)).getUTCDay();
  return lastDay - ((last - weekday + 7) % 7);
}

const holidayCache = new Map<number, Set<string>>();

/**
 * US federal holidays (5 U.S.C. 6103) of a year as `M-D` keys, with fixed-date holidays that fall on
 * a weekend observed on the Friday before or the Monday after.
 */
export function federalHolidays(year: number): Set<string> {
  let set = holidayCache.get(year);
  if (set) return set;
  set = new Set<string>();
  const fixed: Array<[number, number]> = [
    [1, 1],
    [6, 19],
    [7, 4],
    [11, 11],
    [12, 25],
  ];
  for (const [month, day] of fixed) {
    const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
    const observed = new Date(Date.UTC(year, month - 1, day + (weekday === 6 ? -1 : weekday === 0 ? 1 : 0)));
    set.add(`${observed.getUTCMonth() + 1}-${observed.getUTCDate()}`);
  }
  set.add(`1-${nthWeekday(year, 1, 1, 3)}`); // Martin Luther King Jr. Day
  set.add(`2-${nthWeekday(year, 2, 1, 3)}`); // Washington's Birthday
  set.add(`5-${lastWeekday(year, 5, 1)}`); // Memorial Day
  set.add(`9-${nthWeekday(year, 9, 1, 1)}`); // Labor Day
  set.add(`10-${nthWeekday(year, 10, 1, 2)}`); // Columbus Day
  set.add(`11-${nthWeekday(year, 11, 4, 4)}`); // Thanksgiving
  if (holidayCache.size > 256) holidayCache.clear();
  holidayCache.set(year, set);
  return set;
}

/** The schedule day type of a local date. */
export function dayTypeOf(local: Pick<LocalTime, 'year' | 'month' | 'day' | 'dayOfWeek'>): DayType {
  if (federalHolidays(local.year).has(`${local.month}-${local.day}`)) return 'holiday';
  return local.dayOfWeek === 0 || local.dayOfWeek === 6 ? 'weekend' : 'weekday';
}
