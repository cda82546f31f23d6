/**
 * Builds stream frames from the engine: the state at the sim instant `t` (air readings and AQI,
 * district load, vehicles, segment speeds, signals) plus the safety events of `(from, t]`. Pieces
 * that change slower than frames (the hour's AQI, the 15-minute load, the minute's flow) are cached
 * per scenario, so a thousand clients at different speeds still share most of the work.
 */

import type { AirBlocks } from '../air/air-blocks';
import type { AirHours } from '../air/air-hours';
import type { BudgetCache, MemoryBudget } from '../common/memory-budget';
import { HOUR_MS, MINUTE_MS } from '../common/time';
import type { EnergyBlocks } from '../energy/energy-blocks';
import { INTERVAL_MS } from '../energy/engine';
import { groupLoad } from '../energy/load';
import { safetyEvents } from '../mobility/safety-events';
import { segmentFlowColumns } from '../mobility/segment-flow';
import { signalState, vehicleId, vehicleSamples } from '../mobility/vehicles';
import type { Simulation } from '../simulation/simulation';
import type { StreamFrame, StreamTopic } from './schemas';

/** Events per frame at most, and the longest `(from, t]` a frame looks back for them. */
export const FRAME_EVENTS_MAX = 200;
export const FRAME_EVENTS_LOOKBACK_MS = HOUR_MS;
/** Segment speeds are the space-mean over the last few minutes: one minute is too noisy to colour a map. */
export const FLOW_WINDOW_MINUTES = 5;

const r = (x: number, d: number) => (Number.isFinite(x) ? Math.round(x * 10 ** d) / 10 ** d : null);

export interface FrameSource {
  sim: Simulation;
  key: string;
  topics: readonly StreamTopic[];
}

export class FrameBuilder {
  private readonly hourlyAqi: BudgetCache<NonNullable<StreamFrame['air']>['stations'][number][]>;
  private readonly load: BudgetCache<NonNullable<StreamFrame['energy']>>;
  private readonly flow: BudgetCache<NonNullable<StreamFrame['mobility']>['segments']>;

  constructor(
    private readonly airBlocks: AirBlocks,
    private readonly airHours: AirHours,
    budget: MemoryBudget,
    private readonly energyBlocks: EnergyBlocks,
  ) {
    this.hourlyAqi = budget.jsonCache('frame-aqi');
    this.load = budget.jsonCache('frame-load');
    this.flow = budget.jsonCache('frame-flow');
  }

  build(source: FrameSource, fromMs: number, toMs: number): StreamFrame {
    const frame: StreamFrame = { t: new Date(toMs).toISOString(), from: new Date(fromMs).toISOString() };
    if (source.topics.includes('air')) frame.air = this.air(source, toMs);
    if (source.topics.includes('energy')) frame.energy = this.energy(source, toMs);
    if (source.topics.includes('mobility')) frame.mobility = this.mobility(source, fromMs, toMs);
    return frame;
  }

  private air({ sim, key }: FrameSource, t: number): NonNullable<StreamFrame['air']> {
    const hourStart = Math.floor(t / HOUR_MS) * HOUR_MS - HOUR_MS;
    const aqi = this.hourlyAqi.getOrCompute(`${key}|${hourStart}`, () =>
      sim.city.stations.map((station) => {
        const [hour] = this.airHours.records(sim, key, station.id, hourStart, hourStart + HOUR_MS);
        return {
          stationId: station.id,
          pm25UgM3: null,
          ozonePpb: null,
          aqi: hour?.aqi?.aqi ?? null,
          category: hour?.aqi?.category ?? null,
          color: hour?.aqi?.color ?? null,
        };
      }),
    );
    const minute = Math.floor(t / MINUTE_MS) * MINUTE_MS;
    return {
      stations: aqi.map((entry) => {
        const { values } = this.airBlocks.columns(sim, key, entry.stationId, minute, minute + MINUTE_MS, ['pm25UgM3', 'ozonePpb']);
        return { ...entry, pm25UgM3: r(values.pm25UgM3?.[0] as number, 1), ozonePpb: r(values.ozonePpb?.[0] as number, 1) };
      }),
    };
  }

  private energy({ sim, key }: FrameSource, t: number): NonNullable<StreamFrame['energy']> {
    const start = Math.floor(t / INTERVAL_MS) * INTERVAL_MS;
    return this.load.getOrCompute(`${key}|${start}`, () => {
      // The quarter hour's six-hour block when the load charts have computed it (a copy); otherwise
      // that quarter hour alone (~10 ms for 110,000 meters: a block would make the stream's first
      // frame wait for six hours of them).
      const load =
        this.energyBlocks.groupsIfComputed(sim, key, start, start + INTERVAL_MS, 'district') ??
        groupLoad(sim, start, start + INTERVAL_MS, 'district');
      // Districts outside the meter program have no meters, hence no load to show.
      const districts = load.groupIds
        .flatMap((districtId, g) => ((load.meters[g] as number) > 0 ? [{ districtId, g }] : []))
        .map(({ districtId, g }) => ({
          districtId,
          demandKw: r((load.kwh[g] as number) * 4, 1) ?? 0,
          importKw: r((load.importKwh[g] as number) * 4, 1) ?? 0,
          exportKw: r((load.exportKwh[g] as number) * 4, 1) ?? 0,
        }));
      return {
        intervalStart: new Date(start).toISOString(),
        cityDemandKw: r(
          districts.reduce((sum, d) => sum + d.demandKw, 0),
          1,
        ) as number,
        districts,
      };
    });
  }

  private mobility({ sim, key }: FrameSource, fromMs: number, t: number): NonNullable<StreamFrame['mobility']> {
    const samples = vehicleSamples(sim, t, t + 1, 1);
    const vehicles: NonNullable<StreamFrame['mobility']>['vehicles'] = {
      id: [],
      kind: [],
      lng: [],
      lat: [],
      speedMps: [],
      headingDeg: [],
      connected: [],
    };
    const KINDS = ['car', 'truck', 'bus'] as const;
    for (let i = 0; i < samples.count; i++) {
      const trip = samples.trips[samples.trip[i] as number];
      if (!trip) continue;
      vehicles.id.push(vehicleId(trip));
      vehicles.kind.push(KINDS[trip.kind] ?? 'car');
      vehicles.lng.push(r(samples.lng[i] as number, 5) ?? 0);
      vehicles.lat.push(r(samples.lat[i] as number, 5) ?? 0);
      vehicles.speedMps.push(r(samples.speedMps[i] as number, 1) ?? 0);
      vehicles.headingDeg.push((r(samples.headingDeg[i] as number, 0) ?? 0) % 360);
      vehicles.connected.push(trip.connected);
    }
    const minute = Math.floor(t / MINUTE_MS) * MINUTE_MS;
    const segments = this.flow.getOrCompute(`${key}|${minute}`, () => {
      const cols = segmentFlowColumns(sim, minute - FLOW_WINDOW_MINUTES * MINUTE_MS, minute);
      return sim.network.segments.map((segment) => {
        let volume = 0;
        let travel = 0;
        let traversals = 0;
        for (let m = 0; m < cols.minutes; m++) {
          const row = segment.index * cols.minutes + m;
          volume += cols.volume[row] as number;
          travel += cols.travelTimeSumS[row] as number;
          traversals += cols.traversals[row] as number;
        }
        return { segmentId: segment.id, speedMps: traversals > 0 ? r(segment.lengthM / (travel / traversals), 1) : null, volume };
      });
    });
    const signals = sim.network.intersections.map((intersection) => {
      const state = signalState(sim, intersection.id, t);
      return {
        intersectionId: intersection.id,
        main: state?.states.find((s) => s.movement === 'main')?.color ?? 'red',
        cross: state?.states.find((s) => s.movement === 'cross')?.color ?? 'red',
      };
    });
    const eventsFrom = Math.max(fromMs, t - FRAME_EVENTS_LOOKBACK_MS);
    // (from, t]: the engine's windows are [from, to), so shift both ends by a millisecond.
    const events = safetyEvents(sim, eventsFrom + 1, t + 1);
    return { vehicles, segments, signals, events: events.slice(-FRAME_EVENTS_MAX), eventsTotal: events.length };
  }
}
