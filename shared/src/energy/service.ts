/**
 * The energy routes' answers: the meter inventory, 15-minute meter reads as chart series, and load
 * summed by district, feeder or class with each group's peak.
 */
import { pickEntities } from '../city/entities';
import type { MemoryBudget } from '../common/memory-budget';
import { ApiProblem } from '../common/problem';
import { RESOLUTION_MS, type Series } from '../common/query';
import { buildSeries } from '../common/series';
import { envelope } from '../simulation/answers';
import { CAPS } from '../simulation/caps';
import type { Simulation } from '../simulation/simulation';
import type { Simulations } from '../simulation/simulations';
import { chartWindow } from '../simulation/windows';
import type { EnergySummaryQuery, MeterReadingsQuery, MetersQuery } from './api-schemas';
import { EnergyBlocks } from './energy-blocks';
import { INTERVAL_MS, meterIntervals } from './engine';
import { meterPage } from './inventory';
import { isShownGroup, peakDemand } from './load';
import { meterId, meterIndex } from './population';

/** A district's index in the meter population (built in the city's district order); 404 when unknown. */
export function districtIndex(sim: Simulation, id: string): number {
  pickEntities(sim.city.districts, [id], 'district', 'district');
  return sim.meters.districtIds.indexOf(id);
}

/** The meters a query names, each once in the order asked (their ids as the population spells them); 404 for an unknown one. */
export function pickMeters(sim: Simulation, ids: readonly string[]): string[] {
  return [...new Set(ids)].map((id) => {
    const m = meterIndex(sim.meters, id);
    if (m === undefined) throw new ApiProblem(404, `Unknown meter "${id}" in \`meter\`; the inventory is at /api/energy/meters.`, 'meter');
    return meterId(sim.meters, m);
  });
}

export class EnergyService {
  /** Load blocks of every scenario asked about (the live frames read them too). */
  readonly blocks: EnergyBlocks;

  constructor(
    private readonly simulations: Simulations,
    memory: MemoryBudget,
  ) {
    this.blocks = new EnergyBlocks(memory);
  }

  meters(q: MetersQuery) {
    const { sim } = this.simulations.forQuery(q);
    return meterPage(sim, q, q.offset, q.limit);
  }

  readings(q: MeterReadingsQuery, nowMs: number) {
    const { sim } = this.simulations.forQuery(q);
    const meters = pickMeters(sim, q.meter);
    const window = chartWindow(CAPS.energyReadings, q, nowMs);
    const resolutionMs = RESOLUTION_MS[q.resolution];
    const series: Series[] = [];
    for (const id of meters) {
      const columns = meterIntervals(sim, id, window.fromMs, window.toMs);
      const common = {
        id,
        startMs: columns.startMs,
        stepMs: INTERVAL_MS,
        ...window,
        resolutionMs,
        maxPoints: q.maxPoints,
        aggregate: 'sum' as const,
      };
      series.push(
        buildSeries({ ...common, metric: 'kwh', unit: 'kWh', values: columns.kwh, decimals: 4 }),
        buildSeries({ ...common, metric: 'importKwh', unit: 'kWh', values: columns.importKwh, decimals: 4 }),
        buildSeries({ ...common, metric: 'exportKwh', unit: 'kWh', values: columns.exportKwh, decimals: 4 }),
      );
      if (q.resolution === '15m') {
        series.push(
          buildSeries({
            ...common,
            metric: 'quality',
            unit: '0 actual, 1 estimated, 2 missing',
            values: columns.quality,
            decimals: 0,
            thin: 'worst',
          }),
        );
      }
    }
    return { ...envelope(sim, window, q.resolution), series };
  }

  summary(q: EnergySummaryQuery, nowMs: number) {
    const { sim, key } = this.simulations.forQuery(q);
    const district = q.district === undefined ? undefined : districtIndex(sim, q.district);
    const window = chartWindow(CAPS.energySummary, q, nowMs);
    const load = this.blocks.groups(sim, key, window.fromMs, window.toMs, q.groupBy, district);
    const resolutionMs = RESOLUTION_MS[q.resolution];
    const kw = (column: Float64Array, g: number) => column.subarray(g * load.n, (g + 1) * load.n).map((kwh) => kwh * 4);
    const kept = load.groupIds.flatMap((_, g) => (isShownGroup(q.groupBy, load.meters[g] as number) ? [g] : []));
    const series = kept.flatMap((g) => {
      const id = load.groupIds[g] as string;
      const common = {
        id,
        unit: 'kW',
        startMs: load.startMs,
        stepMs: INTERVAL_MS,
        ...window,
        resolutionMs,
        maxPoints: q.maxPoints,
        decimals: 2,
      };
      return [
        buildSeries({ ...common, metric: 'demandKw', values: kw(load.kwh, g) }),
        buildSeries({ ...common, metric: 'importKw', values: kw(load.importKwh, g) }),
        buildSeries({ ...common, metric: 'exportKw', values: kw(load.exportKwh, g) }),
      ];
    });
    return {
      ...envelope(sim, window, q.resolution),
      groupBy: q.groupBy,
      ...(q.district === undefined ? {} : { district: q.district }),
      groups: kept.map((g) => ({ id: load.groupIds[g] as string, meters: load.meters[g] as number })),
      peaks: peakDemand(load).filter((_, g) => kept.includes(g)),
      series,
    };
  }
}
