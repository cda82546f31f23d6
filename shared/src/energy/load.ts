/** Load aggregated over many meters: by district, feeder or class, and its peak demand. */
import type { Simulation } from '../simulation/simulation';
import { allocMeterIntervals, energyWindow, INTERVAL_MS, meterIntervalsInto } from './engine';
import { CLASSES } from './meter-classes';
import type { LoadGroupBy, LoadInterval, PeakDemand } from './schemas';

/** Aggregated load: kWh per group per interval, and how many meters reported. */
export interface GroupLoad {
  groupBy: LoadGroupBy;
  groupIds: string[];
  startMs: number;
  n: number;
  /** [group × n + j], kWh (net, missing reads left out). */
  kwh: Float64Array;
  /** [group × n + j], kWh delivered to customers (import), same layout. */
  importKwh: Float64Array;
  /** [group × n + j], kWh received from customers' PV (export, ≥ 0), same layout. */
  exportKwh: Float64Array;
  reporting: Uint32Array;
  meters: Uint32Array;
}

/**
 * Sums every meter's intervals by district, feeder or class over `[fromMs, toMs)`, or only the
 * meters of one district (its index in `sim.meters.districtIds`). O(meters × intervals).
 */
export function groupLoad(sim: Simulation, fromMs: number, toMs: number, groupBy: LoadGroupBy, district?: number): GroupLoad {
  const pop = sim.meters;
  const groupIds = groupBy === 'district' ? pop.districtIds : groupBy === 'feeder' ? pop.feederIds : [...CLASSES];
  const groupOf = groupBy === 'district' ? pop.district : groupBy === 'feeder' ? pop.feeder : pop.classCode;
  const win = energyWindow(sim, fromMs, toMs);
  const n = win.n;
  const result: GroupLoad = {
    groupBy,
    groupIds,
    startMs: win.startMs,
    n,
    kwh: new Float64Array(groupIds.length * n),
    importKwh: new Float64Array(groupIds.length * n),
    exportKwh: new Float64Array(groupIds.length * n),
    reporting: new Uint32Array(groupIds.length * n),
    meters: new Uint32Array(groupIds.length),
  };
  const buf = allocMeterIntervals('', win.startMs, n);
  for (let m = 0; m < pop.count; m++) {
    if (district !== undefined && pop.district[m] !== district) continue;
    meterIntervalsInto(sim, win, m, buf);
    const g = groupOf[m] as number;
    result.meters[g] = (result.meters[g] as number) + 1;
    const base = g * n;
    for (let j = 0; j < n; j++) {
      const v = buf.kwh[j] as number;
      if (!Number.isNaN(v)) {
        result.kwh[base + j] = (result.kwh[base + j] as number) + v;
        result.importKwh[base + j] = (result.importKwh[base + j] as number) + (buf.importKwh[j] as number);
        result.exportKwh[base + j] = (result.exportKwh[base + j] as number) + (buf.exportKwh[j] as number);
        result.reporting[base + j] = (result.reporting[base + j] as number) + 1;
      }
    }
  }
  return result;
}

/** Aggregated load as API records (one per group and interval). */
export function loadIntervals(load: GroupLoad): LoadInterval[] {
  const out: LoadInterval[] = [];
  load.groupIds.forEach((groupId, g) => {
    for (let j = 0; j < load.n; j++) {
      const kwh = load.kwh[g * load.n + j] as number;
      out.push({
        groupBy: load.groupBy,
        groupId,
        start: new Date(load.startMs + j * INTERVAL_MS).toISOString(),
        durationS: 900,
        kwh: Math.round(kwh * 1000) / 1000,
        demandKw: Math.round(kwh * 4 * 1000) / 1000,
        meters: load.meters[g] as number,
        reporting: load.reporting[g * load.n + j] as number,
      });
    }
  });
  return out;
}

/** Peak 15-minute demand (kW) and total energy per group in the window. */
export function peakDemand(load: GroupLoad): PeakDemand[] {
  return load.groupIds.map((groupId, g) => {
    let peak = Number.NEGATIVE_INFINITY;
    let at = 0;
    let total = 0;
    for (let j = 0; j < load.n; j++) {
      const kwh = load.kwh[g * load.n + j] as number;
      total += kwh;
      if (kwh > peak) {
        peak = kwh;
        at = j;
      }
    }
    return {
      groupBy: load.groupBy,
      groupId,
      peakKw: Math.round((load.n > 0 ? peak * 4 : 0) * 1000) / 1000,
      peakStart: new Date(load.startMs + at * INTERVAL_MS).toISOString(),
      totalKwh: Math.round(total * 1000) / 1000,
    };
  });
}
