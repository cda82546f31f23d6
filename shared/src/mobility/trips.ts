/**
 * Vehicles on trips, with random access in time. A trip slot (a minute on a direction) holds the legs
 * the equipped fleet's daily plans start there (`fleet-plans.ts`), the scheduled bus, and unequipped
 * traffic as a Poisson draw for the rest of the hour's demand; every trip is a pure function of (seed,
 * slot, rank) (`trip-specs.ts`). Its whole trajectory is built at once as a list of constant-acceleration
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

import type { SignalPlan } from '../city/schemas';
import { hashStep, poissonFromUniform } from '../common/rng';
import { HOUR_MS, MINUTE_MS } from '../common/time';
import type { Simulation } from '../simulation/simulation';
import { W_LDAY, W_LHOUR } from '../weather/engine';
import { directionVolumeVph, plansInHour, segmentCruiseMps } from './demand';
import { BUS_BLOCKS, BUS_HEADWAY_MIN } from './fleet';
import { fleetDayPlan, legOf } from './fleet-plans';
import type { DirectionGeom } from './network';
import { PhaseWriter } from './phase-writer';
import { secondInCycle } from './signals';
import { backgroundSpec, busSpec, KIND_BUS, KIND_CAR, legSpec, RANK_BUS, RANK_FLEET, type TripSpec } from './trip-specs';

export { KIND_BUS, KIND_CAR, KIND_TRUCK } from './trip-specs';

/** Longest trip, seconds: vehicles still on the corridor then leave it (bounded warm-up). */
export const MAX_TRIP_S = 40 * 60;
/** Deceleration counted as hard braking, m/s² (≈ 0.35 g). */
export const HARD_BRAKE_MPS2 = 3.4;
const COMFORT_DECEL = 2.0;
const MAX_DECEL = 4.5;
const LOST_TIME_S = 2;
const SAT_HEADWAY_S = 2;
const QUEUE_SPACING_M = 7.5;
const TSP_EXTENSION_S = 10;

export interface TripEvent {
  kind: 'hard-braking' | 'red-light-violation-warning';
  tS: number;
  s: number;
  speedMps: number;
  decelMps2: number;
  intersection: number;
}

export interface Trip {
  /** Unique numeric key: (minute × 64 + direction) × 2048 + rank in the slot. */
  key: number;
  /** This trip's own draws (its TemporaryIDs too). */
  hash: number;
  /** 32-bit vehicle id (`v-xxxxxxxx`): stable for an equipped vehicle, one trip's for the others. */
  vehicle: number;
  /** `FLEET_PRIVATE`, `FLEET_FLEET` or `FLEET_TRANSIT` for an equipped vehicle, -1 otherwise. */
  fleetClass: number;
  dirIndex: number;
  kind: number;
  /** Has an on-board unit (sends BSMs and reports safety events). */
  connected: boolean;
  electric: boolean;
  startS: number;
  endS: number;
  /** Phases, 4 numbers each: start time (s since 1970), position s (m), speed (m/s), acceleration (m/s²). */
  phases: Float64Array;
  /** Stops: pairs (time the vehicle came to rest, s). */
  stops: Float64Array;
  events: TripEvent[];
  lengthCm: number;
  widthCm: number;
}

type TripSim = Pick<Simulation, 'network' | 'weather' | 'traffic' | 'levers' | 'signalPlans' | 'timeZone'>;

/** The one writer every trip is built with (one trip at a time; a stored trip copies its phases out). */
const writer = new PhaseWriter(0, 0, 0);

/** A driver's cruise speed on a segment at `tS`: the segment's speed at their desire, within 2 m/s and the limit. */
function cruiseOf(sim: TripSim, segmentIndex: number, tS: number, limit: number, desire: number): number {
  return Math.max(2, Math.min(limit, segmentCruiseMps(sim, segmentIndex, tS * 1000) * desire));
}

/**
 * Builds the trajectory of a trip (pure). With `into`, writes it there instead of a new trip: its
 * phases then view scratch space that the next trip built overwrites (see `visitSlotTrips`).
 */
export function buildTrip(sim: TripSim, spec: TripSpec, into?: Trip): Trip {
  const { dirIndex, startS, kind, desire, aggressive } = spec;
  const dir = sim.network.directions[dirIndex] as DirectionGeom;
  const corridor = sim.network.corridors[dir.corridorIndex];
  const { firstLeg, lastLeg, s0, sEnd: exitAt } = spec.route;
  const accel = kind === KIND_CAR ? 1.6 : 1.0;
  const limit = (corridor?.speedLimitMps ?? 13.4) * 1.1;

  const lanes = Math.max(1, corridor?.corridor.lanesPerDirection ?? 1);
  const firstSeg = dir.segments[firstLeg] as number;
  const w = writer;
  w.reset(startS, s0, firstLeg === 0 ? cruiseOf(sim, firstSeg, startS, limit, desire) : 4);
  const events: TripEvent[] = into ? into.events : [];
  if (events.length > 0) events.length = 0;
  const endLimit = startS + MAX_TRIP_S;
  let plansHour = Number.NaN;
  let plans = sim.signalPlans.base;

  for (let leg = firstLeg; leg < lastLeg && w.t < endLimit; leg++) {
    const ix = dir.intersections[leg] as number;
    const bar = dir.stopS[leg] as number;
    const vc = cruiseOf(sim, dir.segments[leg] as number, w.t, limit, desire);
    w.arrival(bar, vc, accel);
    const ta = w.arrivalT;
    const arrivalV = w.arrivalV;
    const hour = Math.floor((ta * 1000) / HOUR_MS);
    if (hour !== plansHour) {
      plans = plansInHour(sim, hour);
      plansHour = hour;
    }
    const plan = plans[ix] as SignalPlan; // planAt(sim, ix, ta * 1000)
    const tau = secondInCycle(plan, ta);
    const cs = ta - tau;
    const G = plan.mainGreenS;
    const Y = plan.yellowS;
    const C = plan.cycleS;
    const laneRate = directionVolumeVph(sim, dirIndex, hour) / lanes / 3600;
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
      w.commitArrival(); // the move to the bar just planned
      continue;
    }
    const legStart = leg === 0 ? 0 : (dir.stopS[leg - 1] as number) + 2;
    // A queue cannot start behind the vehicle, nor closer than it can stop at 4.5 m/s².
    stopAt = Math.min(bar, Math.max(stopAt, legStart, w.s + (w.v * w.v) / (2 * MAX_DECEL) + 0.5));
    w.stopTarget = stopAt;
    w.reactUntil = brakeFrom;
    w.stop(COMFORT_DECEL); // with the cruise speed and acceleration of the arrival planned above
    const b = w.stopDecel;
    if (b >= HARD_BRAKE_MPS2)
      events.push({ kind: 'hard-braking', tS: w.brakeT, s: w.brakeS, speedMps: w.brakeV, decelMps2: b, intersection: ix });
    w.noteStop(); // at rest at `stopAt`
    w.departAt = departure;
    w.waitToDepart();
    // The vehicle accelerates away from the queue and crosses the stop bar on its next move.
  }
  if (w.t < endLimit)
    w.moveTo(exitAt, cruiseOf(sim, dir.segments[Math.min(lastLeg, dir.segments.length - 1)] as number, w.t, limit, desire), accel);
  if (into) {
    into.key = spec.key;
    into.hash = spec.hash;
    into.vehicle = spec.vehicle;
    into.fleetClass = spec.fleetClass;
    into.dirIndex = dirIndex;
    into.kind = kind;
    into.connected = spec.fleetClass >= 0;
    into.electric = spec.electric;
    into.startS = startS;
    into.endS = Math.min(w.t, endLimit);
    into.phases = w.phasesView();
    into.stops = w.stopsView();
    into.lengthCm = spec.lengthCm;
    into.widthCm = spec.widthCm;
    return into;
  }
  const phases = w.phases(); // with its terminal phase
  const stops = w.stops();
  return {
    key: spec.key,
    hash: spec.hash,
    vehicle: spec.vehicle,
    fleetClass: spec.fleetClass,
    dirIndex,
    kind,
    connected: spec.fleetClass >= 0,
    electric: spec.electric,
    startS,
    endS: Math.min(w.t, endLimit),
    phases,
    stops,
    events,
    lengthCm: spec.lengthCm,
    widthCm: spec.widthCm,
  };
}

/** Number of (direction, minute) trip slots built and held for this simulation (for cost tests). */
export function tripSlotCount(sim: Pick<Simulation, 'traffic'>): number {
  return sim.traffic.trips.size;
}

/**
 * All trips that start in UTC minute `minute` on a direction: the fleet legs planned there, the bus
 * when one leaves, and unequipped traffic drawn for the rest of the hour's demand.
 */
export function tripsInSlot(sim: TripSim, dirIndex: number, minute: number): Trip[] {
  const store = sim.traffic.trips;
  const slotKey = minute * 64 + dirIndex;
  const hit = store.get(slotKey);
  if (hit) return hit;
  const trips: Trip[] = [];
  forEachSpec(sim, dirIndex, minute, (spec) => trips.push(buildTrip(sim, spec)));
  store.set(slotKey, trips);
  return trips;
}

/** The one trip `visitSlotTrips` writes into, again and again. */
const transient: Trip = {
  key: 0,
  hash: 0,
  vehicle: 0,
  fleetClass: -1,
  dirIndex: 0,
  kind: KIND_CAR,
  connected: false,
  electric: false,
  startS: 0,
  endS: 0,
  phases: new Float64Array(0),
  stops: new Float64Array(0),
  events: [],
  lengthCm: 0,
  widthCm: 0,
};

/**
 * Calls `visit` with each trip of a slot, in `tripsInSlot` order: the stored trips when the slot is
 * held, otherwise each trip built in turn into one reused object (valid only during its visit) and
 * never stored, so a pass over many hours (flow-blocks.ts) allocates no trips and leaves nothing for
 * the collector to copy. The slot's latest trip end is still noted (`lastEndOf`).
 */
export function visitSlotTrips(sim: TripSim, dirIndex: number, minute: number, visit: (trip: Trip) => void): void {
  const store = sim.traffic.trips;
  const slotKey = minute * 64 + dirIndex;
  const hit = store.get(slotKey);
  if (hit) {
    for (const trip of hit) visit(trip);
    return;
  }
  let lastEnd = Number.NEGATIVE_INFINITY;
  forEachSpec(sim, dirIndex, minute, (spec) => {
    const trip = buildTrip(sim, spec, transient);
    if (trip.endS > lastEnd) lastEnd = trip.endS;
    visit(trip);
  });
  store.noteLastEnd(slotKey, lastEnd);
}

/** The specifications of a slot's trips: unequipped traffic, then the fleet's legs, then the bus. */
function forEachSpec(sim: TripSim, dirIndex: number, minute: number, fn: (spec: TripSpec) => void): void {
  const slotKey = minute * 64 + dirIndex;
  const hour = Math.floor(minute / 60);
  const plan = fleetDayPlan(sim, sim.weather.hourField(hour, W_LDAY));
  // Trips an hour start at the volume over the share of segments a trip covers; the fleet's planned legs are part of them.
  const volume = directionVolumeVph(sim, dirIndex, hour);
  const planned = plan.startsByHour.get(hour * 64 + dirIndex) ?? 0;
  const lambda = Math.max(0, volume / (sim.traffic.coverage[dirIndex] as number) - planned) / 60;
  const count = Math.min(
    RANK_FLEET - 1,
    poissonFromUniform(lambda, hashStep((sim.traffic.tripKeys[dirIndex] as number) ^ 0x5bd1e995, minute) / 4294967296),
  );
  for (let k = 0; k < count; k++) fn(backgroundSpec(sim, dirIndex, minute, k));
  const legs = plan.bySlot.get(slotKey) ?? [];
  for (let j = 0; j < legs.length && j < RANK_BUS - RANK_FLEET; j++) fn(legSpec(sim, legOf(plan, legs[j] as number), minute, j));
  const bus = busOf(sim, dirIndex, minute, plan.localDay);
  if (bus >= 0) fn(busSpec(sim, dirIndex, minute, bus));
}

/**
 * The equipped bus that leaves a direction's start at `minute`, or -1: buses of the arterial routes
 * leave each end every 15 minutes from 05:00 to midnight local. A corridor's blocks are six buses, each
 * leaving one end and, 45 minutes later, the other; which bus runs a block rotates from day to day.
 */
function busOf(sim: TripSim, dirIndex: number, minute: number, localDay: number): number {
  const fleet = sim.traffic.fleet;
  const dir = sim.network.directions[dirIndex] as DirectionGeom;
  const rank = fleet.busCorridors.indexOf(dir.corridorIndex);
  if (rank < 0 || minute % BUS_HEADWAY_MIN !== 0 || fleet.counts[2] === 0) return -1;
  if (sim.weather.hourField(Math.floor(minute / 60), W_LHOUR) < 5) return -1;
  const departure = minute / BUS_HEADWAY_MIN;
  const half = BUS_BLOCKS / 2;
  const block = (((departure - (dir.forward ? 0 : half)) % BUS_BLOCKS) + BUS_BLOCKS) % BUS_BLOCKS;
  const rotation = hashStep(fleet.planKey ^ 0x2545f491, localDay) % fleet.counts[2];
  return fleet.counts[0] + fleet.counts[1] + ((rotation + rank * BUS_BLOCKS + block) % fleet.counts[2]);
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

/** The slots whose trips may be on the road in `[fromMs, toMs)`, in a stable order (direction, minute). */
function forEachSlotOverlapping(sim: TripSim, fromMs: number, toMs: number, fn: (dirIndex: number, minute: number) => void): void {
  const firstMinute = Math.floor((fromMs / 1000 - MAX_TRIP_S) / 60);
  const lastMinute = Math.floor((toMs - 1) / MINUTE_MS);
  const fromS = fromMs / 1000;
  const store = sim.traffic.trips;
  for (let d = 0; d < sim.network.directions.length; d++) {
    for (let m = firstMinute; m <= lastMinute; m++) {
      // A slot whose every trip ended before the window is not rebuilt (most of the warm-up).
      const lastEnd = store.lastEndOf(m * 64 + d);
      if (lastEnd !== undefined && lastEnd <= fromS) continue;
      fn(d, m);
    }
  }
}

/** Trips on the road at some time in `[fromMs, toMs)`, in a stable order (direction, minute, k). */
export function tripsOverlapping(sim: TripSim, fromMs: number, toMs: number): Trip[] {
  const out: Trip[] = [];
  const fromS = fromMs / 1000;
  const toS = toMs / 1000;
  forEachSlotOverlapping(sim, fromMs, toMs, (d, m) => {
    for (const trip of tripsInSlot(sim, d, m)) if (trip.startS < toS && trip.endS > fromS) out.push(trip);
  });
  return out;
}

/**
 * `tripsOverlapping` without keeping the trips: each is visited in the same order and then dropped
 * (a trip the store does not hold is valid only during its visit, see `visitSlotTrips`).
 */
export function visitTripsOverlapping(sim: TripSim, fromMs: number, toMs: number, visit: (trip: Trip) => void): void {
  const fromS = fromMs / 1000;
  const toS = toMs / 1000;
  const onRoad = (trip: Trip) => {
    if (trip.startS < toS && trip.endS > fromS) visit(trip);
  };
  forEachSlotOverlapping(sim, fromMs, toMs, (d, m) => visitSlotTrips(sim, d, m, onRoad));
}
