/**
 * The scorecard's energy figures from the meters' 15-minute load summed over the city (load.ts, the
 * sums the Energy page charts): the peak and its interval, energy, PV export, the EV charging in the
 * peak interval (against the same scenario without chargers) and grid CO2 from the cited rate.
 */
import { HOUR_MS } from '../common/time';
import { INTERVAL_MS } from '../energy/engine';
import { groupLoad } from '../energy/load';
import type { Simulation } from '../simulation/simulation';
import { GRID_CO2_T_PER_MWH } from './kpis';

const INTERVALS_PER_HOUR = HOUR_MS / INTERVAL_MS;

/** The city's net, import and export kWh per 15-minute interval of `[fromMs, toMs)`. */
export function cityLoad(sim: Simulation, fromMs: number, toMs: number) {
  const load = groupLoad(sim, fromMs, toMs, 'class');
  const net = new Float64Array(load.n);
  const exported = new Float64Array(load.n);
  for (let g = 0; g < load.groupIds.length; g++) {
    for (let j = 0; j < load.n; j++) {
      net[j] = (net[j] as number) + (load.kwh[g * load.n + j] as number);
      exported[j] = (exported[j] as number) + (load.exportKwh[g * load.n + j] as number);
    }
  }
  return { startMs: load.startMs, n: load.n, net, exported };
}

export interface EnergyFigures {
  peakLoadKw: number | null;
  peakAtMs: number | null;
  energyMwh: number;
  pvExportedMwh: number;
  evAtPeakKw: number | null;
  gridCo2T: number;
  /** Hourly mean kW, from the window's start. */
  series: { load: Float64Array; pvExport: Float64Array };
}

/**
 * The energy figures of `[fromMs, toMs)` (whole hours). `withoutEv` is the same scenario with EV
 * share 0 (its meters and weather are the same, only the chargers are gone), or undefined when the
 * scenario has no EVs to begin with.
 */
export function energyFigures(sim: Simulation, withoutEv: Simulation | undefined, fromMs: number, toMs: number): EnergyFigures {
  const load = cityLoad(sim, fromMs, toMs);
  let peak = -1;
  let energy = 0;
  let pv = 0;
  for (let j = 0; j < load.n; j++) {
    energy += load.net[j] as number;
    pv += load.exported[j] as number;
    if (peak < 0 || (load.net[j] as number) > (load.net[peak] as number)) peak = j;
  }
  let evAtPeakKw: number | null = peak < 0 ? null : 0;
  if (withoutEv && peak >= 0) {
    const atPeak = load.startMs + peak * INTERVAL_MS;
    const base = cityLoad(withoutEv, atPeak, atPeak + INTERVAL_MS);
    evAtPeakKw = ((load.net[peak] as number) - (base.net[0] as number)) * INTERVALS_PER_HOUR;
  }
  const hoursN = Math.floor(load.n / INTERVALS_PER_HOUR);
  const hourly = (column: Float64Array) =>
    Float64Array.from({ length: hoursN }, (_, h) => {
      let sum = 0;
      for (let q = 0; q < INTERVALS_PER_HOUR; q++) sum += column[h * INTERVALS_PER_HOUR + q] as number;
      return sum; // kWh in an hour = mean kW over it
    });
  return {
    peakLoadKw: peak < 0 ? null : (load.net[peak] as number) * INTERVALS_PER_HOUR,
    peakAtMs: peak < 0 ? null : load.startMs + peak * INTERVAL_MS,
    energyMwh: energy / 1000,
    pvExportedMwh: pv / 1000,
    evAtPeakKw,
    gridCo2T: (energy / 1000) * GRID_CO2_T_PER_MWH,
    series: { load: hourly(load.net), pvExport: hourly(load.exported) },
  };
}
