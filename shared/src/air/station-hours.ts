/**
 * Per-hour terms of one station (the slow part of the air model): regional and smoke PM2.5, local
 * traffic PM2.5 and NO2, ozone, and the station's weather. The minute engine (engine.ts) reads
 * them and interpolates inside the hour.
 */

import { valueNoise } from '../common/rng';
import { DAY_MS, HOUR_MS } from '../common/time';
import { segmentHourState } from '../mobility/demand';
import type { Simulation } from '../simulation/simulation';
import { W_DOY, W_GHI, W_MIXH, W_RH, W_SMOKE, W_TEMP, W_WDIR, W_WIND, WEATHER_FIELDS } from '../weather/engine';
import type { StationModel } from './model';

/** µg/m³ per unit of (k veh/h × emission factor) at unit dilution; calibrated to the +1.0 µg/m³ increment. */
const K_PM = 2.2;
/** ppb NO2 per unit; calibrated to the +6.9 ppb increment. */
const K_NO2 = 10.3;
/** Share of a conventional vehicle's traffic PM2.5 that an EV still emits (tyre, brake and road wear). */
const EV_PM_FACTOR = 0.45;
const TRUCK_PM_FACTOR = 4;
const TRUCK_NOX_FACTOR = 10;
const SMOKE_PEAK_UGM3 = 150;
/** Regional PM2.5 scale, µg/m³; calibrated to an annual mean near 9 µg/m³ (FACTS.md C). */
const REGIONAL_PM_UGM3 = 7.4;
/** Ozone added by photochemistry on a clear, 30 °C afternoon, ppb; calibrated to ~3 USG ozone days a year. */
const PHOTOCHEMICAL_PPB = 36;

/** Per-hour station terms. */
export const H_PM_BG = 0;
export const H_PM_LOCAL = 1;
export const H_O3 = 2;
export const H_NO2 = 3;
export const H_TEMP = 4;
export const H_RH = 5;
export const H_WIND = 6;
export const H_WDIR = 7;
export const H_FIELDS = 8;

function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : Math.min(x, hi);
}

/** Station terms for hours `firstHour … firstHour + count` (count + 1 records, for interpolation). */
export function stationHours(sim: Simulation, station: StationModel, firstHour: number, count: number): Float64Array {
  const lag = 2;
  const weather = sim.weather.hours(firstHour - lag, count + lag, new Float64Array((count + lag + 1) * WEATHER_FIELDS));
  const out = new Float64Array((count + 1) * H_FIELDS);
  const air = sim.air;
  const evShare = sim.levers.evShare;
  for (let i = 0; i <= count; i++) {
    const hour = firstHour + i;
    const w = (i + lag) * WEATHER_FIELDS;
    const t = hour * HOUR_MS;
    const temp = weather[w + W_TEMP] as number;
    const wind = weather[w + W_WIND] as number;
    const windFrom = weather[w + W_WDIR] as number;
    const mix = weather[w + W_MIXH] as number;
    const doy = weather[w + W_DOY] as number;
    const ghiLagged = weather[(i + lag - 2) * WEATHER_FIELDS + W_GHI] as number;

    // Regional PM2.5: seasonal base, multi-day systems (lognormal), concentrated in a shallow mixed layer.
    const season = Math.cos((2 * Math.PI * (doy - 200)) / 365.2425);
    const regional =
      REGIONAL_PM_UGM3 *
      (1 + 0.12 * season) *
      Math.exp(0.42 * valueNoise(air.keyRegional, t, 2.5 * DAY_MS) + 0.12 * valueNoise(air.keyRegionalFast, t, 8 * HOUR_MS)) *
      clamp((700 / mix) ** 0.28, 0.65, 2.2);
    const smokeWeight = weather[w + W_SMOKE] as number;
    const smoke =
      smokeWeight > 0
        ? smokeWeight * (sim.levers.smoke?.magnitude ?? 0) * SMOKE_PEAK_UGM3 * (0.8 + 0.2 * valueNoise(air.keySmoke, t, 3 * HOUR_MS))
        : 0;

    // Local traffic: emissions of nearby segments, decayed with distance, diluted by wind and mixing.
    let pmSource = 0;
    let noxSource = 0;
    const windTo = (windFrom + 180) % 360;
    for (const near of station.near) {
      const state = segmentHourState(sim, near.segment, hour);
      const stopGo = 1 + 1.5 * (1 - state.meanSpeedMps / Math.max(1, state.cruiseMps)) + 0.5 * state.stopShare;
      const kvph = (state.volumeVph / 1000) * stopGo * near.weight * (1 + 0.6 * Math.cos(((windTo - near.bearing) * Math.PI) / 180));
      pmSource += kvph * (1 - evShare * (1 - EV_PM_FACTOR)) * (1 + near.truckShare * (TRUCK_PM_FACTOR - 1));
      noxSource += kvph * (1 - evShare) * (1 + near.truckShare * (TRUCK_NOX_FACTOR - 1));
    }
    const dilution = Math.max(0.6, wind) * clamp((mix / 500) ** 0.5, 0.4, 2);
    const pmLocal = (K_PM * pmSource) / dilution;
    const no2Local = (K_NO2 * noxSource) / dilution;

    // Ozone: background, photochemistry from lagged sun and temperature, nocturnal loss, titration.
    const o3Background = 27 + 9 * Math.sin((2 * Math.PI * (doy - 60)) / 365.2425);
    const nocturnal = 0.5 + 0.5 * clamp(mix / 900, 0, 1);
    const photo =
      PHOTOCHEMICAL_PPB *
      clamp(ghiLagged / 850, 0, 1.2) *
      clamp((temp - 12) / 18, 0, 1.5) *
      Math.exp(0.18 * valueNoise(air.keyOzone, t, 2 * DAY_MS));
    const no2Background = 4 + 9 * clamp(300 / mix, 0.2, 2) ** 0.7;
    const o3 = Math.max(0.5, o3Background * nocturnal + photo - 0.8 * no2Local - 0.3 * no2Background);

    const o = i * H_FIELDS;
    out[o + H_PM_BG] = regional + smoke;
    out[o + H_PM_LOCAL] = pmLocal;
    out[o + H_O3] = o3;
    out[o + H_NO2] = no2Background + no2Local;
    out[o + H_TEMP] = temp + station.tempOffsetC;
    out[o + H_RH] = weather[w + W_RH] as number;
    out[o + H_WIND] = wind * station.windFactor;
    out[o + H_WDIR] = windFrom;
  }
  return out;
}
