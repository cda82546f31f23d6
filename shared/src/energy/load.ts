/** Load aggregated over many meters: by district, feeder or class, and its peak demand. */
import type { Simulation } from '../simulation/simulation';
import { type CellLoad, cellLoad } from './load-kernel';
import { CLASSES } from './meter-classes';
import type { MeterPopulation } from './population';
import type { LoadGroupBy, LoadInterval, PeakDemand } from './schemas';
import { energyWindow, INTERVAL_MS } from './window';

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

/** The group ids of a grouping, and the group of each cell (feeder × class). */
function groupsOf(pop: MeterPopulation, groupBy: LoadGroupBy): { groupIds: string[]; groupOfCell: (cell: number) => number } {
  const classes = CLASSES.length;
  if (groupBy === 'class') return { groupIds: [...CLASSES], groupOfCell: (cell) => cell % classes };
  if (groupBy === 'feeder') return { groupIds: pop.feederIds, groupOfCell: (cell) => Math.floor(cell / classes) };
  return { groupIds: pop.districtIds, groupOfCell: (cell) => pop.feederDistrict[Math.floor(cell / classes)] as number };
}

/** Meters per group (district, feeder or class); with `district` (its index), only that district's. */
export function groupMeterCounts(pop: MeterPopulation, groupBy: LoadGroupBy, district?: number): Uint32Array {
  const { groupIds, groupOfCell } = groupsOf(pop, groupBy);
  const meters = new Uint32Array(groupIds.length);
  for (let cell = 0; cell < pop.cellMeters.length; cell++) {
    if (district !== undefined && pop.feederDistrict[Math.floor(cell / CLASSES.length)] !== district) continue;
    const g = groupOfCell(cell);
    meters[g] = (meters[g] as number) + (pop.cellMeters[cell] as number);
  }
  return meters;
}

/**
 * Whether the load summary and the load export show a group with this many meters. Districts and
 * feeders without meters (outside the program, `meteredShare: 0`, or elsewhere than the district
 * asked for) are left out: an all-zero row reads as a measured zero. Classes stay (an empty class
 * is a fact worth a zero line).
 */
export function isShownGroup(groupBy: LoadGroupBy, meters: number): boolean {
  return groupBy === 'class' || meters > 0;
}

/**
 * Folds load per cell into load per district, feeder or class; with `district` (its index), only
 * the cells of that district count.
 */
export function groupCells(pop: MeterPopulation, cells: CellLoad, groupBy: LoadGroupBy, district?: number): GroupLoad {
  const { groupIds, groupOfCell } = groupsOf(pop, groupBy);
  const n = cells.n;
  const result: GroupLoad = {
    groupBy,
    groupIds,
    startMs: cells.startMs,
    n,
    kwh: new Float64Array(groupIds.length * n),
    importKwh: new Float64Array(groupIds.length * n),
    exportKwh: new Float64Array(groupIds.length * n),
    reporting: new Uint32Array(groupIds.length * n),
    meters: new Uint32Array(groupIds.length),
  };
  for (let cell = 0; cell < cells.cells; cell++) {
    if (district !== undefined && pop.feederDistrict[Math.floor(cell / CLASSES.length)] !== district) continue;
    const g = groupOfCell(cell);
    result.meters[g] = (result.meters[g] as number) + (pop.cellMeters[cell] as number);
    for (let j = 0; j < n; j++) {
      const from = cell * n + j;
      const to = g * n + j;
      result.kwh[to] = (result.kwh[to] as number) + (cells.kwh[from] as number);
      result.importKwh[to] = (result.importKwh[to] as number) + (cells.importKwh[from] as number);
      result.exportKwh[to] = (result.exportKwh[to] as number) + (cells.exportKwh[from] as number);
      result.reporting[to] = (result.reporting[to] as number) + (cells.reporting[from] as number);
    }
  }
  return result;
}

/**
 * Sums every meter's intervals by district, feeder or class over `[fromMs, toMs)`, or only the
 * meters of one district (its index in `sim.meters.districtIds`), computed from the meters in one
 * pass (load-kernel.ts). No cache: the service keeps blocks of it (energy-blocks.ts).
 */
export function groupLoad(sim: Simulation, fromMs: number, toMs: number, groupBy: LoadGroupBy, district?: number): GroupLoad {
  return groupCells(sim.meters, cellLoad(energyWindow(sim, fromMs, toMs), district), groupBy, district);
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

/**
 * Builds each city's default scenario (kept in the service's cache: the likeliest first question) and
 * sums one quarter hour of its meters, so the JIT has seen the population build and the load kernel.
 */
export function warmMeters(
  telemetry: { simulations: { forQuery(q: { city: string }): { sim: Simulation } } },
  cities: readonly { id: string }[],
): void {
  for (const city of cities) {
    const { sim } = telemetry.simulations.forQuery({ city: city.id });
    const start = Date.parse(sim.scenario.start);
    groupLoad(sim, start, start + INTERVAL_MS, 'district');
  }
}
