/** One local day of hourly weather-driver values, shaped for the API and the chart. */
import { localDayHours, localTime } from '../common/time';
import type { Simulation } from '../simulation/simulation';
import type { HourlyWeather } from './schemas';

/** Rounds to one decimal: the precision a thermometer reports, and fewer bytes on the wire. */
function tenths(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * The simulation's weather (its scenario's heat wave included) at the start of each local hour of
 * `date`: the same weather every stream reads, so the day's high is what the stations measure.
 */
export function hourlyWeather({ city, seed, weather }: Pick<Simulation, 'city' | 'seed' | 'weather'>, date: string): HourlyWeather {
  return {
    city: city.id,
    date,
    timezone: city.timezone,
    seed,
    hours: localDayHours(city.timezone, date).map((utcMs) => ({
      time: new Date(utcMs).toISOString(),
      localHour: Math.floor(localTime(city.timezone, utcMs).hourOfDay),
      temperatureC: tenths(weather.at(utcMs).temperatureC),
    })),
  };
}

/** Today's date (YYYY-MM-DD) on the city's wall clock at `utcMs`. */
export function localDate(timeZone: string, utcMs: number): string {
  const { year, month, day } = localTime(timeZone, utcMs);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
