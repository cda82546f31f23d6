/**
 * Air routes: station readings as chart-ready series, and the AQI now. Thin: validated query →
 * engine (shared) → JSON. AQI answers are cached per (scenario, station, minute): the engine is
 * deterministic, and dashboards ask for "now" over and over.
 */
import {
  AIR_METRIC_UNITS,
  type AirMetricKey,
  airHourly,
  airReadings,
  airSeries,
  buildSeries,
  contract,
  HOUR_MS,
  MINUTE_MS,
  RESOLUTION_MS,
  resolveWindow,
  type StationAqi,
  scenarioFromQuery,
} from '@sandbox/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AirBlocks } from '../sim/air-blocks';
import type { SimulationStore } from '../sim/simulation-store';
import { LruCache } from '../util/lru';
import { pickEntities } from './entities';
import { instantOf } from './instant';
import { routeSchema } from './route-schema';

/** At most this many station-minutes of 1-minute data per chart request (≈ 35 days of all 10 stations). */
export const AIR_STATION_MINUTES_CAP = 500_000;
const DAY_MS = 86_400_000;

export const airRoutes: FastifyPluginAsyncZod<{ simulations: SimulationStore; airBlocks: AirBlocks }> = async (
  app,
  { simulations, airBlocks },
) => {
  app.get(contract.airReadings.path, { schema: routeSchema(contract.airReadings) }, async (request) => {
    const q = request.query;
    const { sim, key } = simulations.get(scenarioFromQuery(q));
    const stations = pickEntities(sim.city.stations, q.station, 'station', 'station');
    const capMinutes = Math.floor(AIR_STATION_MINUTES_CAP / stations.length);
    const capLabel = `${AIR_STATION_MINUTES_CAP.toLocaleString('en-US')} station-minutes (${(capMinutes / 1440).toFixed(1)} days for ${stations.length} station(s))`;
    const { fromMs, toMs } = resolveWindow(q, Date.now(), DAY_MS, capMinutes * MINUTE_MS, capLabel);
    const metrics: AirMetricKey[] = q.metric ?? ['pm25UgM3', 'ozonePpb'];
    const series = stations.flatMap((station) => {
      const columns = airBlocks.columns(sim, key, station.id, fromMs, toMs, metrics);
      return metrics.map((metric) =>
        buildSeries({
          id: station.id,
          metric,
          unit: AIR_METRIC_UNITS[metric],
          startMs: columns.startMs,
          stepMs: MINUTE_MS,
          values: columns.values[metric] ?? [],
          fromMs,
          toMs,
          resolutionMs: RESOLUTION_MS[q.resolution],
          maxPoints: q.maxPoints,
          decimals: 1,
        }),
      );
    });
    return {
      city: sim.city.id,
      seed: sim.seed,
      from: new Date(fromMs).toISOString(),
      to: new Date(toMs).toISOString(),
      resolution: q.resolution,
      series,
    };
  });

  const stationAqi = new LruCache<StationAqi>(4096);
  app.get(contract.airAqi.path, { schema: routeSchema(contract.airAqi) }, async (request) => {
    const q = request.query;
    const { sim, key } = simulations.get(scenarioFromQuery(q));
    const atMs = instantOf(q.at);
    const minute = Math.floor(atMs / MINUTE_MS) * MINUTE_MS;
    // The NowCast is reported for the last complete hour, as AirNow does.
    const hourStart = Math.floor(atMs / HOUR_MS) * HOUR_MS - HOUR_MS;
    const stations = pickEntities(sim.city.stations, q.station, 'station', 'station').map((station) =>
      stationAqi.getOrCompute(`${key}|${station.id}|${minute}`, () => {
        const [hour] = airHourly(sim, station.id, hourStart, hourStart + HOUR_MS);
        const [reading] = airReadings(airSeries(sim, station.id, minute, minute + MINUTE_MS));
        if (!hour || !reading) throw new Error(`no air data for ${station.id} at ${minute}`);
        return {
          stationId: station.id,
          name: station.name,
          siteType: station.siteType,
          hour: hour.time,
          pm25NowCastUgM3: hour.pm25NowCastUgM3,
          ozoneNowCastPpb: hour.ozoneNowCastPpb,
          aqi: hour.aqi,
          mainPollutant: hour.mainPollutant,
          reading,
        };
      }),
    );
    return { city: sim.city.id, seed: sim.seed, at: new Date(atMs).toISOString(), stations };
  });
};
