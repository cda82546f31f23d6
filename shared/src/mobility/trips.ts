/**
 * Vehicles on trips, with random access in time. Trips start on each direction of each corridor as a
 * Poisson process per minute (rate from the hourly demand); trip `k` of minute `m` is a pure function
 * of (seed, direction, m, k). Its whole trajectory is built at once as a list of constant-acceleration
 * phases: cruise at the segment's speed, and at each signal either pass or brake, wait in the queue
 * (deterministic D/D/1 queue from the arrival rate, 2 s saturation headway) and accelerate away.
 * Yellow onsets make dilemma-zone decisions (stop, hard brake, or go), a few aggressive drivers run
 * the early red. A vehicle's state at any instant is then a lookup, so `vehiclesAt(t)` never
 * simulates from an epoch: the only warm-up is the longest trip (`MAX_TRIP_S`).
 *
 * Simplifications (docs/decisions/012-mobility-model.md): no car following between trips except
 * through the queue model; lane changes and turning movements are not modelled; transit signal
 * priority extends the green for the bus only (the SPaT view keeps the plan).
 */

import { hashStep, mix32, poissonFromUniform } from '../common/rng';
import { HOUR_MS } from '../common/time';
import type { Simulation } from '../simulation/simulation';
import { directionVolumeVph, planAt, segmentCruiseMps } from './demand';
import type { DirectionGeom } from './network';
import { PhaseWriter } from './phase-writer';
import { drawRoute, exitS } from './routes';
import { secondInCycle } from './signals';

/** Longest trip, seconds: vehicles still on the corridor then leave it (bounded warm-up). */
export const MAX_TRIP_S = 40 * 60;
/** Deceleration counted as hard braking, m/s² (≈ 0.35 g). */
export const HARD_BRAKE_MPS2 = 3.4;
const COMFORT_DECEL = 2.0;
const MAX_DECEL = 4.5;
const LOST_TIME_S = 2;
const SAT_HEADWAY_S = 2;
const QUEUE_SPACING_M = 7.5;
const BUS_HEADWAY_MIN = 15;
const TSP_EXTENSION_S = 10;

export const KIND_CAR = 0;
export const KIND_TRUCK = 1;
export const KIND_BUS = 2;

export interface TripEvent {
  kind: 'hard-braking' | 'red-light-violation-warning';
  tS: number;
  s: number;
  speedMps: number;
  decelMps2: number;
  intersection: number;
}

export interface Trip {
  /** Unique numeric key: (minute × 64 + direction) × 1024 + k. */
  key: number;
  /** 32-bit hash naming the vehicle (`v-xxxxxxxx`). */
  hash: number;
  dirIndex: number;
  kind: number;
  connected: boolean;
  electric: boolean;
  startS: number;
  endS: number;
  /** Phases, 4 numbers each: start time (s since 1970), position s (m), speed (m/s), acceleration (m/s²). */
  phases: Float64Array;
  /** Stops: pairs (time the vehicle came to rest, s). */
  stops: number[];
  events: TripEvent[];
  lengthCm: number;
  widthCm: number;
}

function unit(h: number, i: number): number {
  return mix32((h ^ Math.imul(i + 1, 0x9e3779b9)) >>> 0) / 4294967296;
}

type TripSim = Pick<Simulation, 'network' | 'weather' | 'traffic' | 'levers' | 'signalPlans'>;

/** Builds trip `k` of minute `minute` on a direction (pure). `bus` trips run the full length. */
export function buildTrip(sim: TripSim, dirIndex: number, minute: number, k: number, bus: boolean): Trip {
  const dir = sim.network.directions[dirIndex] as DirectionGeom;
  const corridor = sim.network.corridors[dir.corridorIndex];
  const h = hashStep(sim.traffic.tripKeys[dirIndex] as number, minute * 1024 + k);
  const nI = dir.intersections.length;
  const startS = bus ? minute * 60 + 30 : minute * 60 + unit(h, 1) * 60;
  const truckShare = corridor?.truckShare ?? 0.04;
  const kind = bus ? KIND_BUS : unit(h, 7) < truckShare ? KIND_TRUCK : KIND_CAR;
  const { firstLeg, lastLeg, s0 } = bus ? { firstLeg: 0, lastLeg: nI, s0: 0 } : drawRoute(dir, unit(h, 2), unit(h, 3), unit(h, 4));
  const exitAt = exitS(dir, lastLeg);
  const desire = kind === KIND_BUS ? 0.85 : kind === KIND_TRUCK ? 0.93 : 0.9 + 0.18 * unit(h, 5);
  const aggressive = unit(h, 6);
  const accel = kind === KIND_CAR ? 1.6 : 1.0;
  const limit = (corridor?.speedLimitMps ?? 13.4) * 1.1;

  const firstSeg = dir.segments[firstLeg] as number;
  const cruiseAt = (segmentIndex: number, tS: number) =>
    Math.max(2, Math.min(limit, segmentCruiseMps(sim, segmentIndex, tS * 1000) * desire));
  const w = new PhaseWriter(startS, s0, firstLeg === 0 ? cruiseAt(firstSeg, startS) : 4);
  const stops: number[] = [];
  const events: TripEvent[] = [];
  const endLimit = startS + MAX_TRIP_S;

  for (let leg = firstLeg; leg < lastLeg && w.t < endLimit; leg++) {
    const ix = dir.intersections[leg] as number;
    const bar = dir.stopS[leg] as number;
    const vc = cruiseAt(dir.segments[leg] as number, w.t);
    w.arrival(bar, vc, accel);
    const ta = w.arrivalT;
    const arrivalV = w.arrivalV;
    const plan = planAt(sim, ix, ta * 1000);
    const tau = secondInCycle(plan, ta);
    const cs = ta - tau;
    const G = plan.mainGreenS;
    const Y = plan.yellowS;
    const C = plan.cycleS;
    const laneRate =
      directionVolumeVph(sim, dirIndex, Math.floor((ta * 1000) / HOUR_MS)) / Math.max(1, corridor?.corridor.lanesPerDirection ?? 1) / 3600;
    const served = Math.max(1, (G - LOST_TIME_S) / SAT_HEADWAY_S);

    let mustStop = false;
    let stopAt = bar;
    let departure = 0;
    let brakeFrom = Number.NEGATIVE_INFINITY; // when a driver reacting to a yellow starts braking
    if (kind === KIND_BUS && sim.levers.transitSignalPriority && tau >= G && tau < G + Y + TSP_EXTENSION_S) {
      // green extended for the bus: pass
    } else if (tau < G) {
      const idx = laneRate * (ta - (cs - (C - G - Y)));
      const cycles = Math.floor(idx / served);
      const within = idx - cycles * served;
      departure = cs + cycles * C + LOST_TIME_S + SAT_HEADWAY_S * within;
      if (departure > ta + 0.5) {
        mustStop = true;
        stopAt = bar - QUEUE_SPACING_M * Math.floor(within);
      }
    } else if (tau < G + Y) {
      const yellowStart = cs + G;
      const d = arrivalV * (ta - yellowStart) - arrivalV * 1.0;
      const aReq = d > 0.5 ? (arrivalV * arrivalV) / (2 * d) : 99;
      if (aReq <= 3.0 || (aReq < 4.5 && aggressive < 0.6)) {
        mustStop = true;
        departure = cs + C + LOST_TIME_S;
        brakeFrom = yellowStart + 1;
      }
    } else if (tau < G + Y + 1.5 && aggressive > 0.9) {
      events.push({
        kind: 'red-light-violation-warning',
        tS: Math.max(startS, ta - 2),
        s: bar,
        speedMps: arrivalV,
        decelMps2: 0,
        intersection: ix,
      });
    } else {
      const idx = laneRate * (ta - (cs + G + Y));
      const cycles = Math.floor(idx / served);
      const within = idx - cycles * served;
      departure = cs + (cycles + 1) * C + LOST_TIME_S + SAT_HEADWAY_S * within;
      mustStop = true;
      stopAt = bar - QUEUE_SPACING_M * Math.floor(within);
    }

    if (!mustStop) {
      w.moveTo(bar, vc, accel);
      continue;
    }
    const legStart = leg === 0 ? 0 : (dir.stopS[leg - 1] as number) + 2;
    // A queue cannot start behind the vehicle, nor closer than it can stop at 4.5 m/s².
    stopAt = Math.min(bar, Math.max(stopAt, legStart, w.s + (w.v * w.v) / (2 * MAX_DECEL) + 0.5));
    const b = w.stopAt(stopAt, vc, accel, COMFORT_DECEL, brakeFrom);
    if (b >= HARD_BRAKE_MPS2)
      events.push({ kind: 'hard-braking', tS: w.brakeT, s: w.brakeS, speedMps: w.brakeV, decelMps2: b, intersection: ix });
    stops.push(w.t, stopAt);
    w.push(Math.max(1, departure - w.t), 0);
    // The vehicle accelerates away from the queue and crosses the stop bar on its next move.
  }
  if (w.t < endLimit) w.moveTo(exitAt, cruiseAt(dir.segments[Math.min(lastLeg, dir.segments.length - 1)] as number, w.t), accel);
  const phases = w.phases(); // with its terminal phase
  const endS = Math.min(w.t, endLimit);
  const size =
    kind === KIND_BUS
      ? [1220, 259]
      : kind === KIND_TRUCK
        ? [1650, 259]
        : [450 + Math.floor(unit(h, 10) * 100), 180 + Math.floor(unit(h, 11) * 20)];
  return {
    key: (minute * 64 + dirIndex) * 1024 + k,
    hash: h,
    dirIndex,
    kind,
    connected: kind === KIND_BUS || unit(h, 8) < sim.levers.connectedShare,
    electric: unit(h, 9) < sim.levers.evShare * (kind === KIND_CAR ? 1 : 0.3),
    startS,
    endS,
    phases,
    stops,
    events,
    lengthCm: size[0] as number,
    widthCm: size[1] as number,
  };
}

/** Number of (direction, minute) trip slots built and held for this simulation (for cost tests). */
export function tripSlotCount(sim: Pick<Simulation, 'traffic'>): number {
  return sim.traffic.trips.size;
}

/** All trips that start in UTC minute `minute` on a direction (cars by Poisson draw, plus a scheduled bus). */
export function tripsInSlot(sim: TripSim, dirIndex: number, minute: number): Trip[] {
  const store = sim.traffic.trips;
  const slotKey = minute * 64 + dirIndex;
  const hit = store.get(slotKey);
  if (hit) return hit;
  const dir = sim.network.directions[dirIndex] as DirectionGeom;
  const volume = directionVolumeVph(sim, dirIndex, Math.floor((minute * 60_000) / HOUR_MS));
  const lambda = volume / (sim.traffic.coverage[dirIndex] as number) / 60;
  const count = Math.min(
    1000,
    poissonFromUniform(lambda, hashStep((sim.traffic.tripKeys[dirIndex] as number) ^ 0x5bd1e995, minute) / 4294967296),
  );
  const trips: Trip[] = [];
  for (let k = 0; k < count; k++) trips.push(buildTrip(sim, dirIndex, minute, k, false));
  const corridor = sim.network.corridors[dir.corridorIndex];
  if (corridor?.corridor.role === 'arterial' && minute % BUS_HEADWAY_MIN === 0) trips.push(buildTrip(sim, dirIndex, minute, 1023, true));
  store.set(slotKey, trips);
  return trips;
}

/**
 * Drops stored trip slots that cannot reach `utcMs` or later (they started more than `MAX_TRIP_S`
 * before it). A caller walking forward through a long window (an export) calls it after each chunk,
 * so the store holds about the longest trip's worth of slots instead of its whole cap. Purely a
 * memory hint: a slot asked for again is rebuilt identically.
 */
export function releaseTripsBefore(sim: Pick<Simulation, 'traffic'>, utcMs: number): void {
  const firstKept = Math.floor((utcMs / 1000 - MAX_TRIP_S) / 60);
  sim.traffic.trips.releaseWhere((key) => Math.floor(key / 64) < firstKept);
}

/** Trips on the road at some time in `[fromMs, toMs)`, in a stable order (direction, minute, k). */
export function tripsOverlapping(sim: TripSim, fromMs: number, toMs: number): Trip[] {
  const out: Trip[] = [];
  const firstMinute = Math.floor((fromMs / 1000 - MAX_TRIP_S) / 60);
  const lastMinute = Math.floor((toMs - 1) / 60_000);
  const fromS = fromMs / 1000;
  const toS = toMs / 1000;
  const store = sim.traffic.trips;
  for (let d = 0; d < sim.network.directions.length; d++) {
    for (let m = firstMinute; m <= lastMinute; m++) {
      // A slot whose every trip ended before the window is not rebuilt (most of the warm-up).
      const lastEnd = store.lastEndOf(m * 64 + d);
      if (lastEnd !== undefined && lastEnd <= fromS) continue;
      for (const trip of tripsInSlot(sim, d, m)) if (trip.startS < toS && trip.endS > fromS) out.push(trip);
    }
  }
  return out;
}
