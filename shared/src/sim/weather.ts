/**
 * The weather driver: one city-wide weather state that every stream reads (air, energy, mobility).
 * This first cut gives air temperature; humidity, wind, cloud, sun and mixing height join it in the
 * engine work (issue 3).
 *
 * Temperature = seasonal normal (annual cosine from the city's climate normals)
 *             + diurnal cycle on the local clock (minimum near 06:00, maximum near 15:00)
 *             + multi-day weather systems and a faster wobble (smooth value noise, seeded).
 */
import type { Climate } from '../schemas/city';
import { streamKey, valueNoise } from './rng';
import { DAY_MS, HOUR_MS, localTime } from './time';

export interface WeatherSite {
  timeZone: string;
  climate: Climate;
}

const DAYS_PER_YEAR = 365.2425;
const MIN_HOUR = 6;
const MAX_HOUR = 15;
/** Typical spread of multi-day departures from normal in a mid-latitude continental climate, °C. */
const SYNOPTIC_AMPLITUDE_C = 4.5;
const SYNOPTIC_PERIOD_MS = 3.5 * DAY_MS;
const WOBBLE_AMPLITUDE_C = 1.2;
const WOBBLE_PERIOD_MS = 19 * HOUR_MS;

/** -1 at the daily minimum hour, +1 at the maximum, smooth in between. */
export function diurnalShape(hourOfDay: number): number {
  if (hourOfDay >= MIN_HOUR && hourOfDay < MAX_HOUR) {
    return -Math.cos((Math.PI * (hourOfDay - MIN_HOUR)) / (MAX_HOUR - MIN_HOUR));
  }
  const sinceMax = (hourOfDay - MAX_HOUR + 24) % 24;
  return Math.cos((Math.PI * sinceMax) / (24 - (MAX_HOUR - MIN_HOUR)));
}

/** The climatological normal for a fractional day of year, °C. */
export function seasonalNormalC(climate: Climate, dayOfYear: number): number {
  return climate.meanTempC - climate.annualAmplitudeC * Math.cos((2 * Math.PI * (dayOfYear - climate.coldestDayOfYear)) / DAYS_PER_YEAR);
}

/** Air temperature at 2 m, °C, at `utcMs` for the city and seed. */
export function temperatureC(site: WeatherSite, seed: number, utcMs: number): number {
  const local = localTime(site.timeZone, utcMs);
  const dayOfYear = local.dayOfYear + local.hourOfDay / 24;
  const normal = seasonalNormalC(site.climate, dayOfYear);
  const diurnal = (site.climate.diurnalRangeC / 2) * diurnalShape(local.hourOfDay);
  const synoptic = SYNOPTIC_AMPLITUDE_C * valueNoise(streamKey(seed, 'weather-synoptic'), utcMs, SYNOPTIC_PERIOD_MS);
  const wobble = WOBBLE_AMPLITUDE_C * valueNoise(streamKey(seed, 'weather-wobble'), utcMs, WOBBLE_PERIOD_MS);
  return normal + diurnal + synoptic + wobble;
}
