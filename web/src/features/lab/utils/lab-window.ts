/**
 * The Lab's window: whole local days ending with the clock's day (midnight to midnight on the city's
 * wall clock), so a playing clock moves it only when the date changes and every request of the page
 * shares the server's cached comparison.
 */
import { parseIsoDate, utcFromLocal } from '@sandbox/shared/common/time';
import { localDate } from '@sandbox/shared/weather/hourly-weather';

export interface LabWindowRange {
  fromMs: number;
  toMs: number;
  from: string;
  to: string;
}

function midnight(timeZone: string, date: string, offsetDays: number): number {
  const { year, month, day } = parseIsoDate(date);
  return utcFromLocal(timeZone, year, month, day + offsetDays);
}

/** `days` local days up to and including the day of `nowMs`. */
export function labWindow(nowMs: number, days: number, timeZone: string): LabWindowRange {
  const today = localDate(timeZone, nowMs);
  const fromMs = midnight(timeZone, today, -(days - 1));
  const toMs = midnight(timeZone, today, 1);
  return { fromMs, toMs, from: new Date(fromMs).toISOString(), to: new Date(toMs).toISOString() };
}
