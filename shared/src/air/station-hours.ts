/**
 * Per-hour terms of one station (the slow part of the air model). The minute engine (engine.ts)
 * reads them and interpolates inside the hour.
 *
 * PM2.5 = regional background (seasonal, multi-day systems; transported, so only weakly tied to
 *         the local mixing height)
 *       + the city's own PM2.5 (urban-box.ts: the morning and evening peaks, inversions)
 *       + wildfire smoke where and when the plume is (plume.ts)
 *       + traffic near the station (line-sources.ts: corridors and interstates, decaying with
 *         distance, diluted by wind and the near-surface stability).
 * NOx from the same traffic; near the road NO2 = the NO2 the exhaust carries (6%) + the NO that
 *       ambient ozone turns into NO2, limited by the ozone the plume takes in (the ozone-limiting
 *       method), so the near-road NO2 increment peaks in the afternoon when ozone is plentiful,
 *       while NO peaks in the morning rush (FACTS.md C), and NO2 decays with distance more slowly
 *       than NOx (Liu et al. 2019). Over an urban NO2 background.
 * Ozone = regional background (spring/summer high, lower at night in a shallow layer)
 *       + photochemistry from lagged sunshine and temperature (peak early-mid afternoon)
 *       − urban titration − what the local NO takes (odd oxygen, O3 + NO2, is conserved).
 */

import { valueNoise } from '../common/rng';
import { DAY_MS, HOUR_MS } from '../common/time';
import type { Simulation } from '../simulation/simulation';
import { W_DOY, W_DTYPE, W_GHI, W_LHOUR, W_MIXH, W_RH, W_TEMP, W_WDIR, W_WIND, WEATHER_FIELDS } from '../weather/engine';
import { trafficAtStation } from './line-sources';
import type { StationModel } from './model';
import { smokeUgM3 } from './plume';

/** µg/m³ of traffic PM2.5 per unit of (k veh/h × emission factor × decay) at unit dilution; calibrated to the +1.0 µg/m³ near-road increment. */
const K_PM = 0.183;
/** ppb of NOx per unit; calibrated to the near-road NO increment's morning peak of about 25 ppb (FACTS.md C). */
const K_NOX = 1.75;
/**
 * Share of vehicle NOx emitted as NO2: 5.3–7.8% measured on the road (Wild et al. 2017; Jimenez et
 * al. 2000, as cited by Kimbrough et al. 2017, https://pmc.ncbi.nlm.nih.gov/articles/PMC5846501).
 */
const PRIMARY_NO2 = 0.06;
/** Share of the ambient ozone a near-road plume takes in and spends on its NO; calibrated to the +6.9 ppb NO2 increment. */
const PLUME_OZONE_SHARE = 0.38;
/** Regional PM2.5 scale, µg/m³; calibrated with the urban box to an annual mean near 9 µg/m³ (FACTS.md C). */
const REGIONAL_PM_UGM3 = 5.5;
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
/** Local traffic NOx, ppb (not reported; for diagnostics and tests). */
export const H_NOX_LOCAL = 8;
export const H_FIELDS = 9;

function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : Math.min(x, hi);
}

/** Station terms for hours `firstHour … firstHour + count` (count + 1 records, for interpolation). */
export function stationHours(sim: Simulation, station: StationModel, firstHour: number, count: number): Float64Array {
  const lag = 2;
  const weather = sim.weather.hours(firstHour - lag, count + lag, new Float64Array((count + lag + 1) * WEATHER_FIELDS));
  const out = new Float64Array((count + 1) * H_FIELDS);
  const air = sim.air;
  const traffic = new Float64Array(2);
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

    // Regional PM2.5: seasonal base and multi-day systems (lognormal), a little higher under a shallow layer.
    const season = Math.cos((2 * Math.PI * (doy - 200)) / 365.2425);
    const regional =
      REGIONAL_PM_UGM3 *
      (1 + 0.12 * season) *
      Math.exp(0.42 * valueNoise(air.keyRegional, t, 2.5 * DAY_MS) + 0.12 * valueNoise(air.keyRegionalFast, t, 8 * HOUR_MS)) *
      clamp((700 / mix) ** 0.1, 0.85, 1.3);
    const background = regional + air.urban.at(hour) + smokeUgM3(air.plume, station.x, station.y, t);

    // Local traffic: line sources near the station, diluted by the wind and the near-surface stability.
    trafficAtStation(
      sim,
      station.sources,
      hour,
      weather[w + W_LHOUR] as number,
      weather[w + W_DTYPE] as number,
      (windFrom + 180) % 360,
      traffic,
    );
    const dilution = Math.max(0.8, wind) * clamp((mix / 500) ** 0.25, 0.6, 1.6);
    const pmLocal = (K_PM * (traffic[0] as number)) / dilution;
    const noxLocal = (K_NOX * (traffic[1] as number)) / dilution;

    // Ozone before the local NO: background, photochemistry from lagged sun and temperature, nocturnal loss, urban titration.
    const o3Background = 27 + 9 * Math.sin((2 * Math.PI * (doy - 60)) / 365.2425);
    const nocturnal = 0.5 + 0.5 * clamp(mix / 900, 0, 1);
    const photo =
      PHOTOCHEMICAL_PPB *
      clamp(ghiLagged / 850, 0, 1.2) *
      clamp((temp - 12) / 18, 0, 1.5) *
      Math.exp(0.18 * valueNoise(air.keyOzone, t, 2 * DAY_MS));
    const no2Background = 4 + 9 * clamp(300 / mix, 0.2, 2) ** 0.7;
    const o3Available = Math.max(0.5, o3Background * nocturnal + photo - 0.3 * no2Background);
    // Near-road chemistry: NO + O3 → NO2, limited by the NO and by the ozone the plume takes in.
    const converted = Math.min((1 - PRIMARY_NO2) * noxLocal, PLUME_OZONE_SHARE * o3Available);

    const o = i * H_FIELDS;
    out[o + H_PM_BG] = background;
    out[o + H_PM_LOCAL] = pmLocal;
    out[o + H_O3] = Math.max(0.5, o3Available - converted);
    out[o + H_NO2] = no2Background + PRIMARY_NO2 * noxLocal + converted;
    out[o + H_TEMP] = temp + station.tempOffsetC;
    out[o + H_RH] = weather[w + W_RH] as number;
    out[o + H_WIND] = wind * station.windFactor;
    out[o + H_WDIR] = windFrom;
    out[o + H_NOX_LOCAL] = noxLocal;
  }
  return out;
}
