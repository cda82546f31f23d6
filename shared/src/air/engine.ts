/**
 * Air at the Village Green stations: 1-minute PM2.5, ozone, NO2, temperature, humidity and wind.
 *
 * The physics lives in the hourly terms of each station (station-hours.ts: regional background,
 * the urban box, the smoke plume, traffic line sources and near-road chemistry). This file turns
 * them into minutes: it interpolates inside the hour, adds measurement noise (nephelometer-like for
 * PM2.5, growing with concentration) from three hashes per reading into typed arrays, and applies
 * the scenario's sensor faults.
 * Calibration targets (FACTS.md section C): near-road increment +1.0 µg/m³ PM2.5 and +6.9 ppb NO2 at
 * a monitor 30 m from the I-70/I-71 split; ozone peak 12–16 h local; Columbus annual PM2.5 ≈ 8–10
 * µg/m³; ~3 USG ozone days a year.
 */

import { hashStep32, mix32, streamKey, uniform } from '../common/rng';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../common/time';
import type { AirMetric } from '../scenario/schemas';
import type { SimFault, Simulation } from '../simulation/simulation';
import { episodeWeight, lerpAngleDeg } from '../weather/engine';
import { AirMetricKeySchema } from './api-schemas';
import type { StationModel } from './model';
import type { AirReading } from './schemas';
import { H_FIELDS, H_NO2, H_O3, H_PM_BG, H_PM_LOCAL, H_RH, H_TEMP, H_WDIR, H_WIND, stationHours } from './station-hours';

/** Columnar 1-minute air series of one station. `NaN` marks a value the sensor did not report. */
export interface AirSeries {
  stationId: string;
  fromMs: number;
  count: number;
  timeMs: Float64Array;
  pm25UgM3: Float64Array;
  ozonePpb: Float64Array;
  no2Ppb: Float64Array;
  temperatureC: Float64Array;
  relativeHumidityPct: Float64Array;
  windSpeedMps: Float64Array;
  windDirectionDeg: Float64Array;
}

function emptySeries(stationId: string, fromMs: number, count: number): AirSeries {
  const timeMs = new Float64Array(count);
  for (let i = 0; i < count; i++) timeMs[i] = fromMs + i * MINUTE_MS;
  return {
    stationId,
    fromMs,
    count,
    timeMs,
    pm25UgM3: new Float64Array(count),
    ozonePpb: new Float64Array(count),
    no2Ppb: new Float64Array(count),
    temperatureC: new Float64Array(count),
    relativeHumidityPct: new Float64Array(count),
    windSpeedMps: new Float64Array(count),
    windDirectionDeg: new Float64Array(count),
  };
}

const TRI = 2.449489742783178 / 255; // two bytes → unit-variance triangular
const SUM4 = 0.0067658; // four bytes → unit-variance Irwin–Hall

/** Fills rows `[offset, offset + count)` of `out` with the true values for minutes starting at `fromMs`. */
function fillTrue(sim: Simulation, station: StationModel, fromMs: number, count: number, out: AirSeries, offset: number): void {
  if (count <= 0) return;
  const firstHour = Math.floor(fromMs / HOUR_MS);
  const lastHour = Math.floor((fromMs + (count - 1) * MINUTE_MS) / HOUR_MS);
  const hours = stationHours(sim, station, firstHour, lastHour - firstHour + 1);
  const firstMinute = Math.floor(fromMs / MINUTE_MS);
  const { keyPm, keyGas, keyWind } = station;
  const pm = out.pm25UgM3;
  const o3 = out.ozonePpb;
  const no2 = out.no2Ppb;
  const temp = out.temperatureC;
  const rh = out.relativeHumidityPct;
  const ws = out.windSpeedMps;
  const wd = out.windDirectionDeg;
  for (let i = 0; i < count; i++) {
    const minute = firstMinute + i;
    const hourPos = (minute * MINUTE_MS) / HOUR_MS - firstHour;
    const h = Math.floor(hourPos);
    const f = hourPos - h;
    const a = h * H_FIELDS;
    const b = a + H_FIELDS;
    const bg = (hours[a + H_PM_BG] as number) + ((hours[b + H_PM_BG] as number) - (hours[a + H_PM_BG] as number)) * f;
    const local = (hours[a + H_PM_LOCAL] as number) + ((hours[b + H_PM_LOCAL] as number) - (hours[a + H_PM_LOCAL] as number)) * f;
    const hp = hashStep32(keyPm, minute);
    const zPm = ((hp & 0xff) + ((hp >>> 8) & 0xff) + ((hp >>> 16) & 0xff) + (hp >>> 24) - 510) * SUM4;
    const pmValue = bg + local + (0.3 + 0.04 * bg + 0.3 * local) * zPm;
    const hg = hashStep32(keyGas, minute);
    const zO3 = ((hg & 0xff) + ((hg >>> 8) & 0xff) - 255) * TRI;
    const zNo2 = (((hg >>> 16) & 0xff) + (hg >>> 24) - 255) * TRI;
    const hw = mix32((hg ^ keyWind) >>> 0);
    const zWs = ((hw & 0xff) + ((hw >>> 8) & 0xff) - 255) * TRI;
    const zWd = (((hw >>> 16) & 0xff) + (hw >>> 24) - 255) * TRI;
    const o3Value = (hours[a + H_O3] as number) + ((hours[b + H_O3] as number) - (hours[a + H_O3] as number)) * f + 0.8 * zO3;
    const no2Value = (hours[a + H_NO2] as number) + ((hours[b + H_NO2] as number) - (hours[a + H_NO2] as number)) * f + 0.7 * zNo2;
    const wsValue =
      ((hours[a + H_WIND] as number) + ((hours[b + H_WIND] as number) - (hours[a + H_WIND] as number)) * f) * (1 + 0.15 * zWs);
    const row = offset + i;
    pm[row] = Math.max(pmValue, 0);
    o3[row] = Math.max(o3Value, 0);
    no2[row] = Math.max(no2Value, 0);
    temp[row] = (hours[a + H_TEMP] as number) + ((hours[b + H_TEMP] as number) - (hours[a + H_TEMP] as number)) * f;
    const rhValue = (hours[a + H_RH] as number) + ((hours[b + H_RH] as number) - (hours[a + H_RH] as number)) * f;
    rh[row] = rhValue > 100 ? 100 : Math.max(rhValue, 0);
    ws[row] = Math.max(wsValue, 0);
    let dir = lerpAngleDeg(hours[a + H_WDIR] as number, hours[b + H_WDIR] as number, f) + 8 * zWd;
    if (dir < 0) dir += 360;
    else if (dir >= 360) dir -= 360;
    wd[row] = dir;
  }
}

const METRIC_COLUMN: Record<AirMetric, keyof AirSeries> = {
  pm25: 'pm25UgM3',
  ozone: 'ozonePpb',
  no2: 'no2Ppb',
  temperature: 'temperatureC',
  humidity: 'relativeHumidityPct',
  wind: 'windSpeedMps',
};
/** Every reported column: the API's air metrics are the series' columns. */
const ALL_COLUMNS = AirMetricKeySchema.options satisfies ReadonlyArray<keyof AirSeries>;

function column(series: AirSeries, name: keyof AirSeries): Float64Array {
  return series[name] as Float64Array;
}

/** Applies the station's faults to reported values (clock skew first, dropouts last). */
function applyFaults(sim: Simulation, station: StationModel, series: AirSeries): void {
  const faults = sim.faults.filter((f) => 'stationId' in f && f.stationId === station.id);
  if (faults.length === 0) return;
  const { fromMs, count } = series;
  const rowOf = (t: number) => Math.max(0, Math.min(count, Math.ceil((t - fromMs) / MINUTE_MS)));
  const order: SimFault['kind'][] = ['clock-skew', 'stuck', 'drift', 'spike', 'dropout'];
  for (const kind of order) {
    for (const f of faults) {
      if (f.kind !== kind) continue;
      const r0 = rowOf(f.fromMs);
      const r1 = rowOf(f.toMs);
      if (r1 <= r0) continue;
      if (f.kind === 'clock-skew') {
        fillTrue(sim, station, fromMs + r0 * MINUTE_MS - f.skewS * 1000, r1 - r0, series, r0);
      } else if (f.kind === 'stuck') {
        const probe = emptySeries(station.id, 0, 1);
        fillTrue(sim, station, Math.ceil(f.fromMs / MINUTE_MS) * MINUTE_MS, 1, probe, 0);
        const name = METRIC_COLUMN[f.metric];
        column(series, name).fill(column(probe, name)[0] as number, r0, r1);
      } else if (f.kind === 'drift') {
        const col = column(series, METRIC_COLUMN[f.metric]);
        for (let r = r0; r < r1; r++)
          col[r] = Math.max(0, (col[r] as number) + (f.ratePerDay * ((series.timeMs[r] as number) - f.fromMs)) / DAY_MS);
      } else if (f.kind === 'spike') {
        const col = column(series, METRIC_COLUMN[f.metric]);
        const key = streamKey(sim.seed, 'fault-spike', `${station.id}-${f.metric}`);
        for (let r = r0; r < r1; r++)
          if (uniform(key, (series.timeMs[r] as number) / MINUTE_MS) < f.perHour / 60) col[r] = (col[r] as number) + f.magnitude;
      } else if (f.kind === 'dropout') {
        const names = f.metric ? [METRIC_COLUMN[f.metric]] : ALL_COLUMNS;
        for (const name of names) column(series, name).fill(Number.NaN, r0, r1);
      }
    }
  }
}

function stationModel(sim: Simulation, stationId: string): StationModel {
  const index = sim.air.byId.get(stationId);
  const station = index === undefined ? undefined : sim.air.stations[index];
  if (!station) throw new RangeError(`unknown station "${stationId}"`);
  return station;
}

/**
 * 1-minute readings of a station in `[fromMs, toMs)` (minute-aligned: the first reading is at the first
 * whole minute ≥ fromMs), as typed-array columns with faults applied. PM2.5 µg/m³ ≥ 0, ozone and NO2
 * ppb ≥ 0, °C, RH 0–100 %, wind m/s ≥ 0, direction 0–360°. Cost O(minutes).
 */
export function airSeries(sim: Simulation, stationId: string, fromMs: number, toMs: number): AirSeries {
  const station = stationModel(sim, stationId);
  const start = Math.ceil(fromMs / MINUTE_MS) * MINUTE_MS;
  const count = Math.max(0, Math.ceil((toMs - start) / MINUTE_MS));
  const series = emptySeries(stationId, start, count);
  fillTrue(sim, station, start, count, series, 0);
  applyFaults(sim, station, series);
  return series;
}

const r1 = (x: number) => (Number.isFinite(x) ? Math.round(x * 10) / 10 : null);

/**
 * The API record of row `i` of a series (rounded to sensor resolution; `null` where not reported).
 * Pass `time` when many stations share the minute, to format it once.
 */
export function airReadingAt(series: AirSeries, i: number, time = new Date(series.timeMs[i] as number).toISOString()): AirReading {
  return {
    stationId: series.stationId,
    time,
    pm25UgM3: r1(series.pm25UgM3[i] as number),
    ozonePpb: r1(series.ozonePpb[i] as number),
    no2Ppb: r1(series.no2Ppb[i] as number),
    temperatureC: r1(series.temperatureC[i] as number),
    relativeHumidityPct: r1(series.relativeHumidityPct[i] as number),
    windSpeedMps: r1(series.windSpeedMps[i] as number),
    windDirectionDeg: r1(series.windDirectionDeg[i] as number),
  };
}

/** API records of a series (rounded to sensor resolution; `null` where not reported). */
export function airReadings(series: AirSeries): AirReading[] {
  const out: AirReading[] = [];
  for (let i = 0; i < series.count; i++) out.push(airReadingAt(series, i));
  return out;
}

/** The latest reading of every station at `utcMs` (the minute containing it). */
export function airSnapshot(sim: Simulation, utcMs: number): AirReading[] {
  const minute = Math.floor(utcMs / MINUTE_MS) * MINUTE_MS;
  return sim.air.stations.flatMap((s) => airReadings(airSeries(sim, s.id, minute, minute + MINUTE_MS)));
}

/** True when a smoke episode is active at `utcMs` (for overlays and the ground truth). */
export function smokeActive(sim: Simulation, utcMs: number): boolean {
  return episodeWeight(sim.levers.smoke, utcMs) > 0;
}
