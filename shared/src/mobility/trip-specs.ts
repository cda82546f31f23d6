/**
 * Who makes a trip and where: the specification `buildTrip` turns into a trajectory. A trip slot (a
 * minute on a direction) holds three kinds, each ranked within the slot so every trip has a unique key:
 * - unequipped traffic (ranks 0–1023), a Poisson draw per minute, each trip its own anonymous vehicle
 *   with its own driver;
 * - legs of equipped vehicles' daily plans (ranks 1024–2046), driven by the same vehicle and driver
 *   every day (kind, size, speed choice, aggressiveness and drivetrain are the vehicle's);
 * - the scheduled bus of the arterial routes (rank 2047), one of the transit fleet's buses.
 */
import { hashStep, mix32 } from '../common/rng';
import type { Simulation } from '../simulation/simulation';
import { anonymousVehicleId, FLEET_FLEET, FLEET_TRANSIT, fleetClassOf, fleetVehicleId } from './fleet';
import { FLEET_TRUCK_SHARE, type FleetLeg } from './fleet-plans';
import type { DirectionGeom } from './network';
import { drawRoute, type Route } from './routes';

export const KIND_CAR = 0;
export const KIND_TRUCK = 1;
export const KIND_BUS = 2;

/** Ranks within a slot: unequipped trips from 0, fleet legs from `RANK_FLEET`, the bus last. */
export const RANK_FLEET = 1024;
export const RANK_BUS = 2047;
export const SLOT_RANKS = 2048;

export interface TripSpec {
  /** Unique numeric key: (minute × 64 + direction) × 2048 + rank. */
  key: number;
  /** This trip's own draws. */
  hash: number;
  dirIndex: number;
  startS: number;
  route: Route;
  kind: number;
  /** Share of the cruise speed the driver keeps, and aggressiveness 0–1 (late braking, running the early red). */
  desire: number;
  aggressive: number;
  /** 32-bit vehicle id; top bit set for an equipped vehicle. */
  vehicle: number;
  /** `FLEET_PRIVATE`, `FLEET_FLEET`, `FLEET_TRANSIT`, or -1 without an on-board unit. */
  fleetClass: number;
  electric: boolean;
  lengthCm: number;
  widthCm: number;
}

/** Uniform in [0, 1) from a hash and a draw index. */
export function unit(h: number, i: number): number {
  return mix32((h ^ Math.imul(i + 1, 0x9e3779b9)) >>> 0) / 4294967296;
}

type SpecSim = Pick<Simulation, 'network' | 'traffic' | 'levers'>;

/**
 * The one specification the functions below write and return: trips are built one at a time and the
 * builder keeps nothing of it (a trip copies the fields it needs), so no trip allocates one.
 */
const spec: TripSpec = {
  key: 0,
  hash: 0,
  dirIndex: 0,
  startS: 0,
  route: { firstLeg: 0, lastLeg: 0, s0: 0, sEnd: 0 },
  kind: KIND_CAR,
  desire: 0,
  aggressive: 0,
  vehicle: 0,
  fleetClass: -1,
  electric: false,
  lengthCm: 0,
  widthCm: 0,
};

/**
 * Completes the specification (its route already written) with who drives it and their draws from a
 * hash: speed choice, aggressiveness, drivetrain and size by kind.
 */
function driven(
  sim: SpecSim,
  kind: number,
  h: number,
  key: number,
  hash: number,
  dirIndex: number,
  startS: number,
  vehicle: number,
  fleetClass: number,
): TripSpec {
  const car = kind === KIND_CAR;
  spec.key = key;
  spec.hash = hash;
  spec.dirIndex = dirIndex;
  spec.startS = startS;
  spec.vehicle = vehicle;
  spec.fleetClass = fleetClass;
  spec.kind = kind;
  spec.desire = kind === KIND_BUS ? 0.85 : kind === KIND_TRUCK ? 0.93 : 0.9 + 0.18 * unit(h, 5);
  spec.aggressive = unit(h, 6);
  spec.electric = unit(h, 9) < sim.levers.evShare * (car ? 1 : 0.3);
  spec.lengthCm = kind === KIND_BUS ? 1220 : kind === KIND_TRUCK ? 1650 : 450 + Math.floor(unit(h, 10) * 100);
  spec.widthCm = car ? 180 + Math.floor(unit(h, 11) * 20) : 259;
  return spec;
}

/** Unequipped trip `k` of a slot: its own vehicle, driver and route. */
export function backgroundSpec(sim: SpecSim, dirIndex: number, minute: number, k: number): TripSpec {
  const dir = sim.network.directions[dirIndex] as DirectionGeom;
  const truckShare = sim.network.corridors[dir.corridorIndex]?.truckShare ?? 0.04;
  const h = hashStep(sim.traffic.tripKeys[dirIndex] as number, minute * 1024 + k);
  const kind = unit(h, 7) < truckShare ? KIND_TRUCK : KIND_CAR;
  const startS = minute * 60 + unit(h, 1) * 60;
  drawRoute(dir, unit(h, 2), unit(h, 3), unit(h, 4), spec.route);
  const vehicle = anonymousVehicleId(sim.traffic.tripKeys[0] as number, minute, dirIndex, k);
  return driven(sim, kind, h, (minute * 64 + dirIndex) * SLOT_RANKS + k, h, dirIndex, startS, vehicle, -1);
}

/** Kind of equipped vehicle `index`: residents' cars, fleet cars and trucks, buses. */
function fleetKind(sim: SpecSim, index: number, vh: number): number {
  const fleetClass = fleetClassOf(sim.traffic.fleet, index);
  if (fleetClass === FLEET_TRANSIT) return KIND_BUS;
  return fleetClass === FLEET_FLEET && unit(vh, 5) < FLEET_TRUCK_SHARE ? KIND_TRUCK : KIND_CAR;
}

/** An equipped vehicle's trip (its route already written): the vehicle and its driver are the same on every trip. */
function fleetSpec(sim: SpecSim, index: number, key: number, hash: number, dirIndex: number, startS: number): TripSpec {
  const fleet = sim.traffic.fleet;
  const vh = hashStep(fleet.vehicleKey, index);
  return driven(sim, fleetKind(sim, index, vh), vh, key, hash, dirIndex, startS, fleetVehicleId(fleet, index), fleetClassOf(fleet, index));
}

/** Leg `j` of the fleet legs starting in a slot. */
export function legSpec(sim: SpecSim, leg: FleetLeg, minute: number, j: number): TripSpec {
  const route = spec.route;
  route.firstLeg = leg.firstLeg;
  route.lastLeg = leg.lastLeg;
  route.s0 = leg.s0;
  route.sEnd = leg.sEnd;
  const key = (minute * 64 + leg.dirIndex) * SLOT_RANKS + RANK_FLEET + j;
  return fleetSpec(sim, leg.vehicle, key, leg.hash, leg.dirIndex, leg.startS);
}

/** The scheduled bus leaving a corridor end at `minute`, run by equipped bus `index` the whole length. */
export function busSpec(sim: SpecSim, dirIndex: number, minute: number, index: number): TripSpec {
  const dir = sim.network.directions[dirIndex] as DirectionGeom;
  const route = spec.route;
  route.firstLeg = 0;
  route.lastLeg = dir.stopS.length;
  route.s0 = 0;
  route.sEnd = dir.length;
  const key = (minute * 64 + dirIndex) * SLOT_RANKS + RANK_BUS;
  const hash = hashStep(sim.traffic.tripKeys[dirIndex] as number, minute * 1024 + 1023);
  return fleetSpec(sim, index, key, hash, dirIndex, minute * 60 + 30);
}
