/**
 * Vehicles as the mobility stream serves them, all derived from trips (`trips.ts`): their ids,
 * regular samples of every vehicle over a window (columnar: the hot path), positions at an instant,
 * and signal state. Segment flow, BSMs and safety events read the same trips (`segment-flow.ts`,
 * `bsm.ts`, `safety-events.ts`).
 */

import { mix32 } from '../common/rng';
import type { Simulation } from '../simulation/simulation';
import { planAt } from './demand';
import { type DirectionGeom, placeOnDirection, segmentAtS } from './network';
import type { Direction, SignalState, VehicleState } from './schemas';
import { signalStateOf } from './signals';
import { phaseIndexAt, tripStateAt } from './trip-kinematics';
import { type Trip, tripsOverlapping } from './trips';

const KIND_NAMES = ['car', 'truck', 'bus'] as const;

/**
 * `v-` and the vehicle's 32-bit id as 8 hex digits: the simulation's vehicle id. An equipped vehicle
 * keeps it every day; it is the simulation's name for the vehicle, not something it broadcasts.
 */
export function vehicleId(trip: Trip): string {
  return `v-${(trip.vehicle >>> 0).toString(16).padStart(8, '0')}`;
}

/** How long a TemporaryID is kept, s (J2945/1 privacy: a new random id at least every 5 minutes). */
export const TEMPORARY_ID_PERIOD_S = 300;

/**
 * The BSM TemporaryID in use at `tS`: a random-looking pseudonym, new on each trip (each ignition) and
 * every 5 minutes of the trip, changing at a moment of the vehicle's own (not every vehicle at once), so
 * the messages of one vehicle cannot be linked over a day by their id. A receiver sees only this id.
 */
export function temporaryId(trip: Trip, tS: number): string {
  const period = Math.floor((tS - trip.startS) / TEMPORARY_ID_PERIOD_S);
  return (mix32((trip.hash ^ Math.imul(period + 1, 0x85ebca6b)) >>> 0) >>> 0).toString(16).toUpperCase().padStart(8, '0');
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

/** `x` rounded to `decimals` decimal places (API values). */
export function round(x: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(x * f) / f;
}

/** The SPaT-like state of an intersection at an instant; `null` for an unknown id. */
export function signalState(sim: Simulation, intersectionId: string, utcMs: number): SignalState | null {
  const index = sim.network.intersectionById.get(intersectionId);
  if (index === undefined) return null;
  return signalStateOf(intersectionId, planAt(sim, index, utcMs), utcMs);
}
