/**
 * The scorecard's energy figures from the meters' 15-minute load summed over the city (load.ts, the
 * sums the Energy page charts): the peak and its interval, energy, PV export, the EV charging in the
 * peak interval (against the same scenario without chargers) and grid CO2 from the cited rate.
 */

import { gridCo2TonnesPerMwh } from '../city/egrid';
import { HOUR_MS } from '../common/time';
import { INTERVAL_MS } from '../energy/engine';
import { groupLoad } from '../energy/load';
import type { Simulation } from '../simulation/simulation';

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

/**
 * A stretch of the window's city load (a day, on an engine thread): net and exported kWh per
 * 15-minute interval from `startMs`, and the net load without EV chargers in the stretch's peak
 * interval (its first highest), null without EVs. The figures need no more: the window's peak is the
 * first highest of the stretches' peaks, in order.
 */
export interface EnergyStretch {
  startMs: number;
  net: number[];
  exported: number[];
  withoutEvAtPeak: number | null;
  /** Tonnes of CO2 per MWh from the city's grid (its eGRID subregion's rate). */
  co2TPerMwh: number;
}

/** Index of the first highest value, -1 for none. */
function firstPeak(values: ArrayLike<number>): number {
  let peak = -1;
  for (let j = 0; j < values.length; j++) if (peak < 0 || (values[j] as number) > (values[peak] as number)) peak = j;
  return peak;
}

/**
 * The city load of `[fromMs, toMs)` (whole hours). `withoutEv` is the same scenario with EV share 0
 * (its meters and weather are the same, only the chargers are gone), or undefined when the scenario
 * has no EVs to begin with.
 */
export function energyStretch(sim: Simulation, withoutEv: Simulation | undefined, fromMs: number, toMs: number): EnergyStretch {
  const load = cityLoad(sim, fromMs, toMs);
  const peak = firstPeak(load.net);
  let withoutEvAtPeak: number | null = null;
  if (withoutEv && peak >= 0) {
    const atPeak = load.startMs + peak * INTERVAL_MS;
    withoutEvAtPeak = cityLoad(withoutEv, atPeak, atPeak + INTERVAL_MS).net[0] as number;
  }
  return {
    startMs: load.startMs,
    net: Array.from(load.net),
    exported: Array.from(load.exported),
    withoutEvAtPeak,
    co2TPerMwh: gridCo2TonnesPerMwh(sim.city.egridSubregion),
  };
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

/** The energy figures of a window from its stretches, in order (one stretch: the window itself). */
export function energyFigures(stretches: readonly EnergyStretch[]): EnergyFigures {
  const net = stretches.flatMap((s) => s.net);
  const exported = stretches.flatMap((s) => s.exported);
  const startMs = stretches[0]?.startMs ?? 0;
  const peak = firstPeak(net);
  let energy = 0;
  let pv = 0;
  for (let j = 0; j < net.length; j++) {
    energy += net[j] as number;
    pv += exported[j] as number;
  }
  let evAtPeakKw: number | null = peak < 0 ? null : 0;
  if (peak >= 0) {
    // The stretch holding the window's first highest interval: that interval is its own first highest too.
    let first = 0;
    const stretch = stretches.find((s) => {
      first += s.net.length;
      return peak < first;
    }) as EnergyStretch;
    if (stretch.withoutEvAtPeak !== null) evAtPeakKw = ((net[peak] as number) - stretch.withoutEvAtPeak) * INTERVALS_PER_HOUR;
  }
  const hoursN = Math.floor(net.length / INTERVALS_PER_HOUR);
  const hourly = (column: readonly number[]) =>
    Float64Array.from({ length: hoursN }, (_, h) => {
      let sum = 0;
      for (let q = 0; q < INTERVALS_PER_HOUR; q++) sum += column[h * INTERVALS_PER_HOUR + q] as number;
      return sum; // kWh in an hour = mean kW over it
    });
  return {
    peakLoadKw: peak < 0 ? null : (net[peak] as number) * INTERVALS_PER_HOUR,
    peakAtMs: peak < 0 ? null : startMs + peak * INTERVAL_MS,
    energyMwh: energy / 1000,
    pvExportedMwh: pv / 1000,
    evAtPeakKw,
    // A run's stretches are one city's, so one rate (and the same bits as the window in one stretch).
    gridCo2T: (energy / 1000) * (stretches[0]?.co2TPerMwh ?? 0),
    series: { load: hourly(net), pvExport: hourly(exported) },
  };
}
