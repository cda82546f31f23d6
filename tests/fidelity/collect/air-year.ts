/**
 * A simulated calendar year of every air bench, as hourly means (PM2.5, ozone, NO2) and the daily AQI
 * the product computes (`dailyAqi`: 24-hour PM2.5, highest 8-hour ozone), plus the local calendar of
 * each hour, so the air statistics are simple reductions of one shared data set. The engine is
 * streamed a month at a time so memory stays small.
 */
import {
  type AirDay,
  airSeries,
  DAY_TYPE_CODES,
  dailyAqi,
  HOUR_MS,
  hourlyMeans,
  localDates,
  localTime,
  type Simulation,
  type SiteType,
  utcFromLocal,
  W_DTYPE,
} from '@sandbox/shared';

export type AirColumn = 'pm' | 'o3' | 'no2';

export interface StationYear {
  id: string;
  siteType: SiteType;
  /** Hourly means from local 1 January 00:00, `NaN` for an incomplete hour. */
  pm: Float64Array;
  o3: Float64Array;
  no2: Float64Array;
  /** The daily AQI of every local day of the year. */
  days: AirDay[];
}

export interface AirYear {
  startMs: number;
  /** Hours in the local calendar year (8,760 or 8,784). */
  hours: number;
  localHour: Uint8Array;
  month: Uint8Array;
  /** 1 on an ordinary weekday (not a weekend day or federal holiday). */
  weekday: Uint8Array;
  stations: StationYear[];
}

const CHUNK_HOURS = 24 * 31;

export function collectAirYear(sim: Simulation, year: number): AirYear {
  const tz = sim.timeZone;
  const startMs = utcFromLocal(tz, year, 1, 1);
  const hours = Math.round((utcFromLocal(tz, year + 1, 1, 1) - startMs) / HOUR_MS);
  const localHour = new Uint8Array(hours);
  const month = new Uint8Array(hours);
  const weekday = new Uint8Array(hours);
  for (let h = 0; h < hours; h++) {
    const t = startMs + h * HOUR_MS;
    const local = localTime(tz, t);
    localHour[h] = Math.floor(local.hourOfDay);
    month[h] = local.month;
    weekday[h] = sim.weather.hourField(Math.floor(t / HOUR_MS), W_DTYPE) === DAY_TYPE_CODES.weekday ? 1 : 0;
  }
  const dates = localDates(`${year}-01-01`, `${year + 1}-01-01`);
  const stations = sim.city.stations.map((station) => collectStationYear(sim, station, startMs, hours, dates));
  return { startMs, hours, localHour, month, weekday, stations };
}

/** Hourly means (`NaN` for an incomplete hour) of one station's PM2.5, ozone and NO2 over `hours` from `startMs`, read a month at a time. */
export function hourlyColumns(sim: Simulation, stationId: string, startMs: number, hours: number): Record<AirColumn, Float64Array> {
  const pm = new Float64Array(hours);
  const o3 = new Float64Array(hours);
  const no2 = new Float64Array(hours);
  for (let first = 0; first < hours; first += CHUNK_HOURS) {
    const n = Math.min(CHUNK_HOURS, hours - first);
    const from = startMs + first * HOUR_MS;
    const series = airSeries(sim, stationId, from, from + n * HOUR_MS);
    pm.set(hourlyMeans(series.timeMs, series.pm25UgM3, from, n).mean, first);
    o3.set(hourlyMeans(series.timeMs, series.ozonePpb, from, n).mean, first);
    no2.set(hourlyMeans(series.timeMs, series.no2Ppb, from, n).mean, first);
  }
  return { pm, o3, no2 };
}

/** One station's hourly means and daily AQI over `hours` from `startMs` (8 hours more are read for the last day's ozone). */
export function collectStationYear(
  sim: Simulation,
  station: { id: string; siteType: SiteType },
  startMs: number,
  hours: number,
  dates: readonly string[],
): StationYear {
  const { pm, o3, no2 } = hourlyColumns(sim, station.id, startMs, hours + 8);
  const days = dailyAqi({ startMs, pm, o3 }, sim.timeZone, dates, Number.POSITIVE_INFINITY);
  return {
    id: station.id,
    siteType: station.siteType,
    pm: pm.subarray(0, hours),
    o3: o3.subarray(0, hours),
    no2: no2.subarray(0, hours),
    days,
  };
}

type StationFilter = (s: StationYear) => boolean;
type HourFilter = (h: number, air: AirYear) => boolean;

export const allStations: StationFilter = () => true;
export const siteIs =
  (siteType: SiteType): StationFilter =>
  (s) =>
    s.siteType === siteType;
export const anyHour: HourFilter = () => true;
export const monthsBetween =
  (first: number, last: number): HourFilter =>
  (h, air) =>
    (air.month[h] as number) >= first && (air.month[h] as number) <= last;
export const weekdayHours: HourFilter = (h, air) => air.weekday[h] === 1;

/** Mean of a column over the stations and hours kept (incomplete hours skipped). */
export function meanOver(air: AirYear, column: AirColumn, station: StationFilter, hour: HourFilter): number {
  let sum = 0;
  let n = 0;
  for (const s of air.stations) {
    if (!station(s)) continue;
    const values = s[column];
    for (let h = 0; h < air.hours; h++) {
      const v = values[h] as number;
      if (Number.isFinite(v) && hour(h, air)) {
        sum += v;
        n++;
      }
    }
  }
  if (n === 0) throw new Error(`no ${column} hours for the stations asked`);
  return sum / n;
}

/** Mean of a column by local hour of day (0–23) over the stations and hours kept. */
export function profileByHour(air: AirYear, column: AirColumn, station: StationFilter, hour: HourFilter): number[] {
  return Array.from({ length: 24 }, (_, hh) => meanOver(air, column, station, (h, a) => a.localHour[h] === hh && hour(h, a)));
}

/** Index of the largest value. */
export function argMax(xs: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < xs.length; i++) if ((xs[i] as number) > (xs[best] as number)) best = i;
  return best;
}

/** Mean of the values at the given indices. */
export function meanAt(xs: readonly number[], indices: readonly number[]): number {
  return indices.reduce((sum, i) => sum + (xs[i] as number), 0) / indices.length;
}

/** Pearson correlation of two equally long series. */
export function correlation(a: readonly number[], b: readonly number[]): number {
  const n = a.length;
  const ma = a.reduce((s, x) => s + x, 0) / n;
  const mb = b.reduce((s, x) => s + x, 0) / n;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < n; i++) {
    const da = (a[i] as number) - ma;
    const db = (b[i] as number) - mb;
    sab += da * db;
    saa += da * da;
    sbb += db * db;
  }
  return sab / Math.sqrt(saa * sbb);
}

/** The station with this id, or an error naming it (a figure about one bench fails clearly if it is renamed). */
export function stationById(air: AirYear, id: string): StationYear {
  const station = air.stations.find((s) => s.id === id);
  if (!station) throw new Error(`no station "${id}" in the city`);
  return station;
}
