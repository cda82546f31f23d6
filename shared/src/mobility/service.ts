/**
 * The mobility routes' answers: the network, segment and corridor flow from cached hour blocks,
 * vehicles and signals at an instant, safety events, and a sample of Basic Safety Messages. Every
 * route that takes `corridor` reads it through the one corridor picker.
 */
import { pickEntities } from '../city/entities';
import type { BudgetCache, MemoryBudget } from '../common/memory-budget';
import { RESOLUTION_MS } from '../common/query';
import type { ScenarioQuery } from '../scenario/query';
import { envelope, instantOf, iso } from '../simulation/answers';
import { CAPS } from '../simulation/caps';
import type { Simulations } from '../simulation/simulations';
import { chartWindow } from '../simulation/windows';
import type {
  BsmSample,
  BsmSampleQuery,
  CorridorFlow,
  CorridorFlowQuery,
  CorridorMetricKey,
  EventsQuery,
  InstantQuery,
  SegmentFlowQuery,
  SegmentMetricKey,
  Vehicles,
} from './api-schemas';
import { bsmSampleAt } from './bsm-sample';
import { corridorFlowSeries } from './corridor-flow';
import { pickCorridors } from './corridors';
import { FlowBlocks } from './flow-blocks';
import { segmentFlowSeries } from './flow-series';
import type { Segment } from './schemas';
import { segmentRecords } from './segments';
import { signalState, vehiclesAt } from './vehicles';

export class MobilityService {
  /** Per-minute segment flow and safety events in hour blocks, shared by every flow and events query. */
  readonly flowBlocks: FlowBlocks;
  private readonly networks: BudgetCache<Segment[]>;

  constructor(
    private readonly simulations: Simulations,
    memory: MemoryBudget,
  ) {
    this.flowBlocks = new FlowBlocks(memory);
    this.networks = memory.jsonCache('networks');
  }

  network(q: Partial<ScenarioQuery>) {
    const { sim } = this.simulations.forQuery(q);
    return { city: sim.city.id, segments: this.networks.getOrCompute(sim.city.id, () => segmentRecords(sim.network)) };
  }

  segments(q: SegmentFlowQuery, nowMs: number) {
    const { sim, key } = this.simulations.forQuery(q);
    const corridors = pickCorridors(sim.network, q.corridor);
    const inCorridors = sim.network.segments.filter(corridors.hasSegment);
    const segments = pickEntities(inCorridors, q.segment, 'segment', 'segment').map((s) => s.index);
    const window = chartWindow(CAPS.mobilitySegments, q, nowMs);
    const metrics: SegmentMetricKey[] = q.metric ?? ['speedMps'];
    const columns = this.flowBlocks.columns(sim, key, window.fromMs, window.toMs);
    const series = segmentFlowSeries(sim.network, columns, segments, metrics, RESOLUTION_MS[q.resolution], q.maxPoints);
    return { ...envelope(sim, window, q.resolution), series };
  }

  /** Travel time, space-mean speed and volume per corridor direction, from the same hour blocks. */
  corridorFlow(q: CorridorFlowQuery, nowMs: number): CorridorFlow {
    const { sim, key } = this.simulations.forQuery(q);
    const corridors = pickCorridors(sim.network, q.corridor).corridors.map((c) => c.index);
    const window = chartWindow(CAPS.mobilityCorridorFlow, q, nowMs);
    const metrics: CorridorMetricKey[] = q.metric ?? ['speedMps', 'travelTimeS', 'volumeVph'];
    const columns = this.flowBlocks.columns(sim, key, window.fromMs, window.toMs);
    const flow = corridorFlowSeries(sim.network, columns, corridors, metrics, RESOLUTION_MS[q.resolution], q.maxPoints);
    return {
      ...envelope(sim, window, q.resolution),
      bucketS: flow.bucketMs / 1000,
      directions: flow.directions,
      series: flow.series,
    };
  }

  vehicles(q: InstantQuery, nowMs: number): Vehicles {
    const { sim } = this.simulations.forQuery(q);
    const corridors = pickCorridors(sim.network, q.corridor);
    const atMs = instantOf(q.at, nowMs);
    const features = vehiclesAt(sim, atMs)
      .filter((v) => corridors.ids.has(v.corridorId))
      .map(({ id, position, direction: _direction, ...properties }) => ({
        type: 'Feature' as const,
        id,
        geometry: { type: 'Point' as const, coordinates: position },
        properties,
      }));
    return { type: 'FeatureCollection', at: iso(atMs), features };
  }

  signals(q: InstantQuery, nowMs: number) {
    const { sim } = this.simulations.forQuery(q);
    const atMs = instantOf(q.at, nowMs);
    const { corridors } = pickCorridors(sim.network, q.corridor);
    const signals = corridors.flatMap((c) => c.corridor.intersections.flatMap((i) => signalState(sim, i.id, atMs) ?? []));
    return { at: iso(atMs), signals };
  }

  events(q: EventsQuery, nowMs: number) {
    const { sim, key } = this.simulations.forQuery(q);
    const corridors = pickCorridors(sim.network, q.corridor);
    const { fromMs, toMs } = chartWindow(CAPS.mobilityEvents, q, nowMs);
    const matching = this.flowBlocks
      .events(sim, key, fromMs, toMs)
      .filter((e) => corridors.ids.has(e.corridorId) && (q.kind === undefined || e.kind === q.kind));
    return { from: iso(fromMs), to: iso(toMs), total: matching.length, events: matching.slice(0, q.limit) };
  }

  /** One broadcast round of Basic Safety Messages at an instant, a sample of `limit` by TemporaryID. */
  bsmSample(q: BsmSampleQuery, nowMs: number): BsmSample {
    const { sim } = this.simulations.forQuery(q);
    const corridors = pickCorridors(sim.network, q.corridor);
    const atMs = instantOf(q.at, nowMs);
    return { at: iso(atMs), rateHz: sim.levers.bsmRateHz, ...bsmSampleAt(sim, atMs, q.limit, corridors.all ? undefined : corridors.ids) };
  }
}
