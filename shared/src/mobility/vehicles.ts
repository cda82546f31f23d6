/**
 * What the mobility stream serves, all derived from trips (`trips.ts`): vehicle positions at an
 * instant, regular samples of every vehicle over a window (columnar: the hot path), per-minute flow
 * on each segment, Basic Safety Messages from connected vehicles, safety events and signal state.
 */

import { toLngLat } from '../common/geo';
import { gaussianFast, mix32, streamKey, uniform } from '../common/rng';
import type { LngLat } from '../common/schemas';
import { HOUR_MS, MINUTE_MS } from '../common/time';
import type { Simulation } from '../simulation/simulation';
import { planAt } from './demand';
import { type DirectionGeom, placeOnDirection, segmentAtS } from './network';
import type { Bsm, Direction, SafetyEvent, SegmentFlow, SignalState, VehicleState } from './schemas';
import { signalStateOf } from './signals';
import { phaseIndexAt, phaseIndexAtS, timeInPhaseAtS, tripStateAt } from './trip-kinematics';
import { HARD_BRAKE_MPS2, type Trip, tripsOverlapping } from './trips';

const KIND_NAMES = ['car', 'truck', 'bus'] as const;

/** `v-` and the trip hash as 8 hex digits: the simulation's vehicle id. */
export function vehicleId(trip: Trip): string {
  return `v-${(trip.hash >>> 0).toString(16).padStart(8, '0')}`;
}

/** The BSM TemporaryID in use at `tS`: a pseudonym that rotates every 5 minutes (J2945/1 privacy). */
export function temporaryId(trip: Trip, tS: number): string {
  return (mix32((trip.hash ^ Math.imul(Math.floor(tS / 300) + 1, 0x85ebca6b)) >>> 0) >>> 0).toString(16).toUpperCase().padStart(8, '0');
}

/** Columns of vehicle samples; row `i` is one vehicle at one instant. */
export interface VehicleSamples {
  count: number;
  timeMs: Float64Array;
  /** Index into `trips`. */
  trip: Uint32Array;
  lng: Float64Array;
  lat: Float64Array;
  speedMps: Float64Array;
  headingDeg: Float64Array;
  accelMps2: Float64Array;
  /** Position along the direction, m. */
  s: Float64Array;
  trips: Trip[];
}

/**
 * Samples every vehicle (or those passing `filter`) on the grid `k × stepMs` inside `[fromMs, toMs)`.
 * Grid times are absolute, so consecutive windows concatenate exactly. Cost: O(samples + trips).
 */
export function vehicleSamples(
  sim: Simulation,
  fromMs: number,
  toMs: number,
  stepMs: number,
  filter?: (trip: Trip) => boolean,
): VehicleSamples {
  const all = tripsOverlapping(sim, fromMs, toMs);
  const trips = filter ? all.filter(filter) : all;
  const firstGrid = (trip: Trip) => Math.ceil(Math.max(fromMs, trip.startS * 1000) / stepMs);
  const lastGrid = (trip: Trip) => Math.ceil(Math.min(toMs, trip.endS * 1000) / stepMs) - 1;
  let count = 0;
  for (const trip of trips) count += Math.max(0, lastGrid(trip) - firstGrid(trip) + 1);
  const out: VehicleSamples = {
    count,
    timeMs: new Float64Array(count),
    trip: new Uint32Array(count),
    lng: new Float64Array(count),
    lat: new Float64Array(count),
    speedMps: new Float64Array(count),
    headingDeg: new Float64Array(count),
    accelMps2: new Float64Array(count),
    s: new Float64Array(count),
    trips,
  };
  const kin = new Float64Array(3);
  const place = new Float64Array(3);
  const { projection } = sim.network;
  let row = 0;
  for (let i = 0; i < trips.length; i++) {
    const trip = trips[i] as Trip;
    const dir = sim.network.directions[trip.dirIndex] as DirectionGeom;
    const last = lastGrid(trip);
    const nPhases = trip.phases.length / 4;
    let g = firstGrid(trip);
    let phase = phaseIndexAt(trip, (g * stepMs) / 1000);
    for (; g <= last; g++) {
      const tS = (g * stepMs) / 1000;
      while (phase + 1 < nPhases && (trip.phases[(phase + 1) * 4] as number) <= tS) phase++;
      tripStateAt(trip, tS, kin, phase);
      placeOnDirection(sim.network, dir, kin[0] as number, place);
      out.timeMs[row] = g * stepMs;
      out.trip[row] = i;
      out.lng[row] = projection.origin[0] + (place[0] as number) / projection.metresPerDegLng;
      out.lat[row] = projection.origin[1] + (place[1] as number) / projection.metresPerDegLat;
      out.speedMps[row] = kin[1] as number;
      out.headingDeg[row] = place[2] as number;
      out.accelMps2[row] = kin[2] as number;
      out.s[row] = kin[0] as number;
      row++;
    }
  }
  return out;
}

/**
 * Every vehicle on the corridors at one instant, as API objects (position, speed, heading, whether it
 * is connected). About 1,000–2,000 vehicles on the Columbus corridors at rush hour.
 */
export function vehiclesAt(sim: Simulation, utcMs: number): VehicleState[] {
  const samples = vehicleSamples(sim, utcMs, utcMs + 1, 1);
  const states: VehicleState[] = [];
  for (let i = 0; i < samples.count; i++) {
    const trip = samples.trips[samples.trip[i] as number] as Trip;
    const dir = sim.network.directions[trip.dirIndex] as DirectionGeom;
    const corridor = sim.network.corridors[dir.corridorIndex];
    const seg = sim.network.segments[segmentAtS(dir, samples.s[i] as number)];
    states.push({
      id: vehicleId(trip),
      kind: KIND_NAMES[trip.kind] ?? 'car',
      corridorId: corridor?.corridor.id ?? '',
      direction: dir.direction as Direction,
      segmentId: seg?.id ?? '',
      position: [round(samples.lng[i] as number, 6), round(samples.lat[i] as number, 6)],
      speedMps: round(samples.speedMps[i] as number, 2),
      headingDeg: round(samples.headingDeg[i] as number, 1) % 360,
      accelMps2: round(samples.accelMps2[i] as number, 2),
      connected: trip.connected,
      electric: trip.electric,
    });
  }
  return states;
}

function round(x: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(x * f) / f;
}

/** Per-minute flow columns for every segment: row = segment × minutes + minute. */
export interface SegmentFlowColumns {
  fromMs: number;
  minutes: number;
  volume: Uint32Array;
  travelTimeSumS: Float64Array;
  /** Vehicles that travelled the whole segment (those with a travel time). */
  traversals: Uint32Array;
  stops: Uint32Array;
}

/** Zeroed flow columns for every segment over the minutes of `[fromMs, toMs)` (start floored to the minute). */
export function allocFlowColumns(sim: Simulation, fromMs: number, toMs: number): SegmentFlowColumns {
  const start = Math.floor(fromMs / MINUTE_MS) * MINUTE_MS;
  const minutes = Math.max(0, Math.ceil((toMs - start) / MINUTE_MS));
  const n = sim.network.segments.length * minutes;
  return {
    fromMs: start,
    minutes,
    volume: new Uint32Array(n),
    travelTimeSumS: new Float64Array(n),
    traversals: new Uint32Array(n),
    stops: new Uint32Array(n),
  };
}

/**
 * Per-segment, per-minute flow in `[fromMs, toMs)` (minute-aligned): vehicles leaving each segment,
 * their mean travel time and speed, and stops. Exactly what a detector plus probe data would give.
 */
export function segmentFlowColumns(sim: Simulation, fromMs: number, toMs: number): SegmentFlowColumns {
  const cols = allocFlowColumns(sim, fromMs, toMs);
  const { fromMs: start, minutes } = cols;
  const minuteOf = (tS: number) => Math.floor((tS * 1000 - start) / MINUTE_MS);
  for (const trip of tripsOverlapping(sim, start, start + minutes * MINUTE_MS)) {
    const dir = sim.network.directions[trip.dirIndex] as DirectionGeom;
    const firstS = trip.phases[1] as number;
    const lastS = trip.phases[trip.phases.length - 3] as number;
    // Segments are in travel order, so the phase search moves forward only, and a segment's entry
    // time is the previous segment's exit time (the same position).
    let phase = 0;
    let entryT = Number.NaN;
    for (const segIndex of dir.segments) {
      const seg = sim.network.segments[segIndex];
      if (!seg || seg.endS <= firstS) continue;
      if (seg.endS > lastS + 1e-6) break;
      if (seg.startS >= firstS && Number.isNaN(entryT)) {
        phase = phaseIndexAtS(trip, seg.startS, phase);
        entryT = timeInPhaseAtS(trip, phase, seg.startS);
      }
      phase = phaseIndexAtS(trip, seg.endS, phase);
      const exitT = timeInPhaseAtS(trip, phase, seg.endS);
      const m = minuteOf(exitT);
      if (m >= 0 && m < minutes) {
        const row = segIndex * minutes + m;
        cols.volume[row] = (cols.volume[row] as number) + 1;
        if (seg.startS >= firstS) {
          cols.travelTimeSumS[row] = (cols.travelTimeSumS[row] as number) + (exitT - entryT);
          cols.traversals[row] = (cols.traversals[row] as number) + 1;
        }
      }
      entryT = exitT;
    }
    for (let i = 0; i < trip.stops.length; i += 2) {
      const m = minuteOf(trip.stops[i] as number);
      if (m < 0 || m >= minutes) continue;
      const row = segmentAtS(dir, (trip.stops[i + 1] as number) - 0.01) * minutes + m;
      cols.stops[row] = (cols.stops[row] as number) + 1;
    }
  }
  return cols;
}

/** Per-minute flow records for the segments asked for (all when `segmentIds` is absent). */
export function segmentFlow(sim: Simulation, fromMs: number, toMs: number, segmentIds?: readonly string[]): SegmentFlow[] {
  const cols = segmentFlowColumns(sim, fromMs, toMs);
  const wanted = segmentIds
    ? segmentIds.map((id) => sim.network.segmentById.get(id) ?? -1).filter((i) => i >= 0)
    : sim.network.segments.map((s) => s.index);
  const out: SegmentFlow[] = [];
  for (const segIndex of wanted) {
    const seg = sim.network.segments[segIndex];
    if (!seg) continue;
    for (let m = 0; m < cols.minutes; m++) {
      const row = segIndex * cols.minutes + m;
      const traversals = cols.traversals[row] as number;
      const travelTime = traversals > 0 ? (cols.travelTimeSumS[row] as number) / traversals : null;
      out.push({
        segmentId: seg.id,
        start: new Date(cols.fromMs + m * MINUTE_MS).toISOString(),
        durationS: 60,
        volume: cols.volume[row] as number,
        speedMps: travelTime === null ? null : round(seg.lengthM / travelTime, 2),
        travelTimeS: travelTime === null ? null : round(travelTime, 1),
        stops: cols.stops[row] as number,
      });
    }
  }
  return out;
}

/** The SPaT-like state of an intersection at an instant; `null` for an unknown id. */
export function signalState(sim: Simulation, intersectionId: string, utcMs: number): SignalState | null {
  const index = sim.network.intersectionById.get(intersectionId);
  if (index === undefined) return null;
  return signalStateOf(intersectionId, planAt(sim, index, utcMs), utcMs);
}

/** Columnar BSMs: vehicle samples at the BSM rate for connected vehicles, with reported positions. */
export interface BsmColumns extends VehicleSamples {
  /** Reported (GPS) latitude and longitude, 1/10 microdegree. */
  latE7: Int32Array;
  lngE7: Int32Array;
  /** 1 when the fault injector sent this message twice. */
  duplicated: Uint8Array;
  /** 1 when the vehicle is braking hard (J2735 event flag hardBraking). */
  hardBraking: Uint8Array;
}

/**
 * Basic Safety Messages of connected vehicles in `[fromMs, toMs)` at the scenario rate, columnar
 * (only the trips `filter` keeps, e.g. one corridor's). Reported positions carry ~1.5 m GPS error,
 * more under a `gps-jitter` fault.
 */
export function bsmColumns(sim: Simulation, fromMs: number, toMs: number, filter?: (trip: Trip) => boolean): BsmColumns {
  const stepMs = Math.round(1000 / sim.levers.bsmRateHz);
  const samples = vehicleSamples(sim, fromMs, toMs, stepMs, (trip) => trip.connected && (filter === undefined || filter(trip)));
  const latE7 = new Int32Array(samples.count);
  const lngE7 = new Int32Array(samples.count);
  const duplicated = new Uint8Array(samples.count);
  const hardBraking = new Uint8Array(samples.count);
  const gpsKey = streamKey(sim.seed, 'bsm-gps');
  const jitter = sim.faults.filter((f) => f.kind === 'gps-jitter');
  const dupes = sim.faults.filter((f) => f.kind === 'duplicate-messages');
  const { metresPerDegLat, metresPerDegLng } = sim.network.projection;
  for (let i = 0; i < samples.count; i++) {
    const trip = samples.trips[samples.trip[i] as number] as Trip;
    const t = samples.timeMs[i] as number;
    const step = t / stepMs;
    let sigma = 1.5;
    for (const f of jitter) {
      if (f.kind === 'gps-jitter' && t >= f.fromMs && t < f.toMs && uniform(gpsKey ^ trip.hash, 0) < f.share)
        sigma = Math.hypot(sigma, f.sigmaM);
    }
    const key = (gpsKey ^ trip.hash) >>> 0;
    latE7[i] = Math.round(((samples.lat[i] as number) + (sigma * gaussianFast(key, step * 2)) / metresPerDegLat) * 1e7);
    lngE7[i] = Math.round(((samples.lng[i] as number) + (sigma * gaussianFast(key, step * 2 + 1)) / metresPerDegLng) * 1e7);
    for (const f of dupes)
      if (f.kind === 'duplicate-messages' && t >= f.fromMs && t < f.toMs && uniform(key ^ 0x2545f491, step) < f.probability)
        duplicated[i] = 1;
    hardBraking[i] = (samples.accelMps2[i] as number) <= -HARD_BRAKE_MPS2 ? 1 : 0;
  }
  return { ...samples, latE7, lngE7, duplicated, hardBraking };
}

const clampInt = (x: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, Math.round(x)));

/**
 * The BSM of row `i` of the columns, J2735 units (a row the fault injector duplicated is sent twice:
 * see `duplicated`). Pass `generatedAt` when many rows share the instant, to format it once.
 */
export function bsmRecordAt(sim: Simulation, cols: BsmColumns, i: number, generatedAt?: string): Bsm {
  const stepMs = Math.round(1000 / sim.levers.bsmRateHz);
  const trip = cols.trips[cols.trip[i] as number] as Trip;
  const t = cols.timeMs[i] as number;
  const msgCnt = (Math.round(t / stepMs) - Math.ceil((trip.startS * 1000) / stepMs)) % 128;
  const braking = (cols.accelMps2[i] as number) < -0.3;
  const record: Bsm = {
    metadata: { generatedAt: generatedAt ?? new Date(t).toISOString(), recordType: 'bsmTx' },
    coreData: {
      msgCnt,
      id: temporaryId(trip, t / 1000),
      secMark: t % MINUTE_MS,
      lat: cols.latE7[i] as number,
      long: cols.lngE7[i] as number,
      elev: 2400 + (trip.hash % 60),
      accuracy: { semiMajor: 40, semiMinor: 30, orientation: 0 },
      transmission: 'forwardGears',
      speed: clampInt((cols.speedMps[i] as number) / 0.02, 0, 8190),
      heading: clampInt((cols.headingDeg[i] as number) / 0.0125, 0, 28799),
      angle: 0,
      accelSet: { long: clampInt((cols.accelMps2[i] as number) * 100, -2000, 2000), lat: 0, vert: 0, yaw: 0 },
      brakes: {
        wheelBrakes: braking ? '01111' : '00000',
        traction: 'off',
        abs: (cols.hardBraking[i] as number) === 1 ? 'engaged' : 'off',
        scs: 'off',
        brakeBoost: 'off',
        auxBrakes: 'off',
      },
      size: { width: trip.widthCm, length: trip.lengthCm },
    },
  };
  if ((cols.hardBraking[i] as number) === 1) record.partII = { vse: { events: '0000000100000' } };
  return record;
}

/** One BSM record per row of the columns (twice for duplicated rows), J2735 units. */
export function bsmRecordsFromColumns(sim: Simulation, cols: BsmColumns): Bsm[] {
  const out: Bsm[] = [];
  for (let i = 0; i < cols.count; i++) {
    out.push(bsmRecordAt(sim, cols, i));
    if ((cols.duplicated[i] as number) === 1) out.push(bsmRecordAt(sim, cols, i));
  }
  return out;
}

/** BSM records of connected vehicles in `[fromMs, toMs)` (time order within each vehicle). */
export function bsmRecords(sim: Simulation, fromMs: number, toMs: number): Bsm[] {
  return bsmRecordsFromColumns(sim, bsmColumns(sim, fromMs, toMs));
}

/**
 * Safety events reported by connected vehicles in `[fromMs, toMs)`, by time: hard braking
 * (≥ 3.4 m/s², ≈ 0.35 g) and red-light-violation warnings (issued 2 s before the stop bar).
 */
export function safetyEvents(sim: Simulation, fromMs: number, toMs: number): SafetyEvent[] {
  return timedSafetyEvents(sim, fromMs, toMs).map((timed) => timed.event);
}

/** A safety event with its exact instant (its `time` is rounded to the millisecond). */
export interface TimedSafetyEvent {
  event: SafetyEvent;
  tMs: number;
}

/** `safetyEvents` with each event's exact instant, for callers that cut the list again later. */
export function timedSafetyEvents(sim: Simulation, fromMs: number, toMs: number): TimedSafetyEvent[] {
  const out: TimedSafetyEvent[] = [];
  // Hour by hour, so a week's events never hold a week of trips at once (each event falls in one hour).
  for (let chunkFrom = fromMs; chunkFrom < toMs; chunkFrom = Math.min(toMs, chunkFrom + HOUR_MS)) {
    collectEvents(sim, chunkFrom, Math.min(toMs, chunkFrom + HOUR_MS), out);
  }
  return out.sort((a, b) => (a.event.time < b.event.time ? -1 : a.event.time > b.event.time ? 1 : 0));
}

function collectEvents(sim: Simulation, fromMs: number, toMs: number, out: TimedSafetyEvent[]): void {
  const xy = new Float64Array(3);
  for (const trip of tripsOverlapping(sim, fromMs, toMs)) {
    if (!trip.connected) continue;
    const dir = sim.network.directions[trip.dirIndex] as DirectionGeom;
    for (const e of trip.events) {
      const t = e.tS * 1000;
      if (t < fromMs || t >= toMs) continue;
      placeOnDirection(sim.network, dir, e.s, xy);
      const position: LngLat = toLngLat(sim.network.projection, xy[0] as number, xy[1] as number);
      const event: SafetyEvent = {
        kind: e.kind,
        time: new Date(Math.round(t)).toISOString(),
        vehicleId: vehicleId(trip),
        temporaryId: temporaryId(trip, e.tS),
        corridorId: sim.network.corridors[dir.corridorIndex]?.corridor.id ?? '',
        segmentId: sim.network.segments[segmentAtS(dir, e.s - 0.01)]?.id ?? '',
        intersectionId: sim.network.intersections[e.intersection]?.id ?? null,
        position: [round(position[0], 6), round(position[1], 6)],
        speedMps: round(e.speedMps, 2),
        decelMps2: round(e.decelMps2, 2),
      };
      out.push({ event, tMs: t });
    }
  }
}
