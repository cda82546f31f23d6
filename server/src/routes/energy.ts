/**
 * Energy routes: the meter inventory, one meter's 15-minute readings, and load by district,
 * feeder or class with peak demand. Thin: validated query → engine (shared) → JSON.
 */
import {
  buildSeries,
  contract,
  groupLoad,
  INTERVAL_MS,
  type Meter,
  meterIntervals,
  meterList,
  peakDemand,
  RESOLUTION_MS,
  resolveWindow,
  type Series,
  scenarioFromQuery,
} from '@sandbox/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { SimulationStore } from '../sim/simulation-store';
import { LruCache } from '../util/lru';
import { pickEntities } from './entities';
import { routeSchema } from './route-schema';

const DAY_MS = 86_400_000;
/** Chart caps: a year of up to 20 meters; a month of the whole city's meters for the summary. */
export const METER_READINGS_MAX_DAYS = 366;
export const SUMMARY_MAX_DAYS = 31;

export const energyRoutes: FastifyPluginAsyncZod<{ simulations: SimulationStore }> = async (app, { simulations }) => {
  const inventories = new LruCache<Meter[]>(16);
  const metersOf = (key: string, sim: Parameters<typeof meterList>[0]) => inventories.getOrCompute(key, () => meterList(sim));

  app.get(contract.energyMeters.path, { schema: routeSchema(contract.energyMeters) }, async (request) => {
    const q = request.query;
    const { sim, key } = simulations.get(scenarioFromQuery(q));
    const matching = metersOf(key, sim).filter(
      (meter) =>
        (q.district === undefined || meter.districtId === q.district) &&
        (q.feeder === undefined || meter.feederId === q.feeder) &&
        (q.meterClass === undefined || meter.meterClass === q.meterClass),
    );
    return { total: matching.length, meters: matching.slice(q.offset, q.offset + q.limit) };
  });

  app.get(contract.energyReadings.path, { schema: routeSchema(contract.energyReadings) }, async (request) => {
    const q = request.query;
    const { sim, key } = simulations.get(scenarioFromQuery(q));
    const meters = pickEntities(metersOf(key, sim), q.meter, 'meter', 'meter');
    const { fromMs, toMs } = resolveWindow(q, Date.now(), DAY_MS, METER_READINGS_MAX_DAYS * DAY_MS, `${METER_READINGS_MAX_DAYS} days`);
    const resolutionMs = RESOLUTION_MS[q.resolution];
    const series: Series[] = [];
    for (const meter of meters) {
      const columns = meterIntervals(sim, meter.id, fromMs, toMs);
      const common = {
        id: meter.id,
        startMs: columns.startMs,
        stepMs: INTERVAL_MS,
        fromMs,
        toMs,
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
            maxPoints: undefined,
          }),
        );
      }
    }
    return {
      city: sim.city.id,
      seed: sim.seed,
      from: new Date(fromMs).toISOString(),
      to: new Date(toMs).toISOString(),
      resolution: q.resolution,
      series,
    };
  });

  app.get(contract.energySummary.path, { schema: routeSchema(contract.energySummary) }, async (request) => {
    const q = request.query;
    const { sim } = simulations.get(scenarioFromQuery(q));
    const { fromMs, toMs } = resolveWindow(q, Date.now(), DAY_MS, SUMMARY_MAX_DAYS * DAY_MS, `${SUMMARY_MAX_DAYS} days`);
    const load = groupLoad(sim, fromMs, toMs, q.groupBy);
    const resolutionMs = RESOLUTION_MS[q.resolution];
    const kw = (column: Float64Array, g: number) => column.subarray(g * load.n, (g + 1) * load.n).map((kwh) => kwh * 4);
    const series = load.groupIds.flatMap((id, g) => {
      const common = {
        id,
        unit: 'kW',
        startMs: load.startMs,
        stepMs: INTERVAL_MS,
        fromMs,
        toMs,
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
      city: sim.city.id,
      seed: sim.seed,
      from: new Date(fromMs).toISOString(),
      to: new Date(toMs).toISOString(),
      resolution: q.resolution,
      groupBy: q.groupBy,
      groups: load.groupIds.map((id, g) => ({ id, meters: load.meters[g] as number })),
      peaks: peakDemand(load),
      series,
    };
  });
};
