/** One local day of hourly weather-driver values, shaped for the API and the chart. */
import type { City } from '../city/schemas';
import { localDayHours, localTime } from '../common/time';
import { temperatureC } from './engine';
import type { HourlyWeather } from './schemas';

/** Rounds to one decimal: the precision a thermometer reports, and fewer bytes on the wire. */
function tenths(value: number): number {
  return Math.round(value * 10) / 10;
}

export function hourlyWeather(city: City, seed: number, date: string): HourlyWeather {
  const site = { timeZone: city.timezone, climate: city.climate };
  return {
    city: city.id,
    date,
    timezone: city.timezone,
    seed,
    hours: localDayHours(city.timezone, date).map((utcMs) => ({
      time: new Date(utcMs).toISOString(),
      localHour: Math.floor(localTime(city.timezone, utcMs).hourOfDay),
      temperatureC: tenths(temperatureC(site, seed, utcMs)),
    })),
  };
}

/** Today's date (YYYY-MM-DD) on the city's wall clock at `utcMs`. */
export function localDate(timeZone: string, utcMs: number): string {
  const { year, month, day } = localTime(timeZone, utcMs);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
