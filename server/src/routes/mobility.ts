/**
 * Mobility routes: the segment network, per-segment flow series, vehicles and signal states at an
 * instant, and safety events. Thin: validated query → engine (shared) → JSON.
 */
import {
  contract,
  RESOLUTION_MS,
  resolveWindow,
  type Segment,
  type SegmentMetricKey,
  safetyEvents,
  scenarioFromQuery,
  segmentFlowColumns,
  segmentFlowSeries,
  segmentRecords,
  signalState,
  vehiclesAt,
} from '@sandbox/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { SimulationStore } from '../sim/simulation-store';
import { LruCache } from '../util/lru';
import { pickEntities } from './entities';
import { instantOf } from './instant';
import { routeSchema } from './route-schema';

const DAY_MS = 86_400_000;
export const FLOW_MAX_DAYS = 7;
export const EVENTS_MAX_DAYS = 7;

export const mobilityRoutes: FastifyPluginAsyncZod<{ simulations: SimulationStore }> = async (app, { simulations }) => {
  const networks = new LruCache<Segment[]>(8);

  app.get(contract.mobilityNetwork.path, { schema: routeSchema(contract.mobilityNetwork) }, async (request) => {
    const { sim } = simulations.get(scenarioFromQuery(request.query));
    return { city: sim.city.id, segments: networks.getOrCompute(sim.city.id, () => segmentRecords(sim.network)) };
  });

  app.get(contract.mobilitySegments.path, { schema: routeSchema(contract.mobilitySegments) }, async (request) => {
    const q = request.query;
    const { sim } = simulations.get(scenarioFromQuery(q));
    const corridors = pickEntities(sim.city.corridors, q.corridor, 'corridor', 'corridor').map((c) => c.id);
    const inCorridors = sim.network.segments.filter((s) => corridors.includes(sim.network.corridors[s.corridorIndex]?.corridor.id ?? ''));
    const segments = pickEntities(inCorridors, q.segment, 'segment', 'segment').map((s) => s.index);
    const { fromMs, toMs } = resolveWindow(q, Date.now(), DAY_MS, FLOW_MAX_DAYS * DAY_MS, `${FLOW_MAX_DAYS} days`);
    const metrics: SegmentMetricKey[] = q.metric ?? ['speedMps'];
    const cols = segmentFlowColumns(sim, fromMs, toMs);
    const series = segmentFlowSeries(sim.network, cols, segments, metrics, RESOLUTION_MS[q.resolution], q.maxPoints);
    return {
      city: sim.city.id,
      seed: sim.seed,
      from: new Date(fromMs).toISOString(),
      to: new Date(toMs).toISOString(),
      resolution: q.resolution,
      series,
    };
  });

  app.get(contract.mobilityVehicles.path, { schema: routeSchema(contract.mobilityVehicles) }, async (request) => {
    const q = request.query;
    const { sim } = simulations.get(scenarioFromQuery(q));
    const corridors = new Set(pickEntities(sim.city.corridors, q.corridor, 'corridor', 'corridor').map((c) => c.id));
    const atMs = instantOf(q.at);
    const features = vehiclesAt(sim, atMs)
      .filter((v) => corridors.has(v.corridorId))
      .map(({ id, position, direction: _direction, ...properties }) => ({
        type: 'Feature' as const,
        id,
        geometry: { type: 'Point' as const, coordinates: position },
        properties,
      }));
    return { type: 'FeatureCollection' as const, at: new Date(atMs).toISOString(), features };
  });

  app.get(contract.mobilitySignals.path, { schema: routeSchema(contract.mobilitySignals) }, async (request) => {
    const q = request.query;
    const { sim } = simulations.get(scenarioFromQuery(q));
    const atMs = instantOf(q.at);
    const corridors = pickEntities(sim.city.corridors, q.corridor, 'corridor', 'corridor');
    const signals = corridors.flatMap((corridor) => corridor.intersections.flatMap((i) => signalState(sim, i.id, atMs) ?? []));
    return { at: new Date(atMs).toISOString(), signals };
  });

  app.get(contract.mobilityEvents.path, { schema: routeSchema(contract.mobilityEvents) }, async (request) => {
    const q = request.query;
    const { sim } = simulations.get(scenarioFromQuery(q));
    const corridors = new Set(pickEntities(sim.city.corridors, q.corridor, 'corridor', 'corridor').map((c) => c.id));
    const { fromMs, toMs } = resolveWindow(q, Date.now(), DAY_MS, EVENTS_MAX_DAYS * DAY_MS, `${EVENTS_MAX_DAYS} days`);
    const matching = safetyEvents(sim, fromMs, toMs).filter(
      (e) => corridors.has(e.corridorId) && (q.kind === undefined || e.kind === q.kind),
    );
    return {
      from: new Date(fromMs).toISOString(),
      to: new Date(toMs).toISOString(),
      total: matching.length,
      events: matching.slice(0, q.limit),
    };
  });
};
