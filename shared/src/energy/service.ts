/**
 * The energy routes' answers: the meter inventory, 15-minute meter reads as chart series, and load
 * summed by district, feeder or class with each group's peak.
 */
import { pickEntities } from '../city/entities';
import { type BudgetCache, type MemoryBudget, OBJECT_BYTES } from '../common/memory-budget';
import { RESOLUTION_MS, type Series } from '../common/query';
import { buildSeries } from '../common/series';
import { envelope } from '../simulation/answers';
import { CAPS } from '../simulation/caps';
import type { Simulation } from '../simulation/simulation';
import type { ScenarioSimulation, Simulations } from '../simulation/simulations';
import { chartWindow } from '../simulation/windows';
import type { EnergySummaryQuery, MeterReadingsQuery, MetersQuery } from './api-schemas';
import { INTERVAL_MS, meterIntervals, meterList } from './engine';
import { groupLoad, peakDemand } from './load';
import type { Meter } from './schemas';

/** A district's index in the meter population (built in the city's district order); 404 when unknown. */
function districtIndex(sim: Simulation, id: string): number {
  pickEntities(sim.city.districts, [id], 'district', 'district');
  return sim.meters.districtIds.indexOf(id);
}

export class EnergyService {
  private readonly inventories: BudgetCache<Meter[]>;

  constructor(
    private readonly simulations: Simulations,
    memory: MemoryBudget,
  ) {
    this.inventories = memory.cache('meter-inventories', (meters) => meters.length * 8 * OBJECT_BYTES);
  }

  private inventory({ sim, key }: ScenarioSimulation): Meter[] {
    return this.inventories.getOrCompute(key, () => meterList(sim));
  }

  meters(q: MetersQuery) {
    const matching = this.inventory(this.simulations.forQuery(q)).filter(
      (meter) =>
        (q.district === undefined || meter.districtId === q.district) &&
        (q.feeder === undefined || meter.feederId === q.feeder) &&
        (q.meterClass === undefined || meter.meterClass === q.meterClass),
    );
    return { total: matching.length, meters: matching.slice(q.offset, q.offset + q.limit) };
  }

  readings(q: MeterReadingsQuery, nowMs: number) {
    const simulation = this.simulations.forQuery(q);
    const { sim } = simulation;
    const meters = pickEntities(this.inventory(simulation), q.meter, 'meter', 'meter');
    const window = chartWindow(CAPS.energyReadings, q, nowMs);
    const resolutionMs = RESOLUTION_MS[q.resolution];
    const series: Series[] = [];
    for (const meter of meters) {
      const columns = meterIntervals(sim, meter.id, window.fromMs, window.toMs);
      const common = {
        id: meter.id,
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
    const { sim } = this.simulations.forQuery(q);
    const district = q.district === undefined ? undefined : districtIndex(sim, q.district);
    const window = chartWindow(CAPS.energySummary, q, nowMs);
    const load = groupLoad(sim, window.fromMs, window.toMs, q.groupBy, district);
    const resolutionMs = RESOLUTION_MS[q.resolution];
    const kw = (column: Float64Array, g: number) => column.subarray(g * load.n, (g + 1) * load.n).map((kwh) => kwh * 4);
    // Within one district, districts and feeders elsewhere have no meters: leave them out. Classes
    // stay (an empty class is a fact worth a zero line).
    const kept = load.groupIds.flatMap((_, g) =>
      district === undefined || q.groupBy === 'class' || (load.meters[g] as number) > 0 ? [g] : [],
    );
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
