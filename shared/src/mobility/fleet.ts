/**
 * The connected-vehicle fleet: the vehicles that carry an on-board unit, with stable identities. The
 * Smart Columbus CVE equipped about 1,000–1,200 vehicles, 350–500 of them residents' own cars, the rest
 * public and partner fleets and transit (FACTS.md E). Here the fleet is a share of the vehicles that
 * drive the corridors (the `connectedShare` lever): private cars and fleet vehicles (cars, pickups,
 * trucks) that make daily trip chains (`fleet-plans.ts`), and the buses of the arterial routes, which
 * all carry a unit and run their blocks. Everything else on the corridors is unequipped traffic.
 *
 * A vehicle's id (`v-xxxxxxxx`) is the same every day; the TemporaryID its BSMs carry is not (see
 * `temporaryId`). Ids are 32-bit: the top bit marks an equipped vehicle, the other 31 bits are a
 * bijective scramble of its index, so no two vehicles share an id.
 */
import type { City } from '../city/schemas';
import { mix32, streamKey } from '../common/rng';
import { buildNetwork, type Network } from './network';
import { routeCoverage } from './routes';
import { corridorAadt } from './service-volumes';

export const FLEET_PRIVATE = 0;
export const FLEET_FLEET = 1;
export const FLEET_TRANSIT = 2;
export const FLEET_CLASSES = ['private', 'fleet', 'transit'] as const;
export type FleetClass = (typeof FLEET_CLASSES)[number];

/** Residents' cars among the equipped vehicles that are not buses: 350–500 of ~1,000–1,200 (FACTS.md E), about 0.45. */
export const PRIVATE_SHARE = 0.45;
/**
 * Corridor legs a vehicle drives in a weekday, on average over all vehicles of its class (those that
 * stay home included): private cars 0.9 × (2 + 0.35 × 2), fleet vehicles 0.95 × 4.5. Assumptions: no
 * source gives the CVE fleet's trips; see fleet-plans.ts for the chains they come from.
 */
export const WEEKDAY_LEGS = { private: 0.9 * (2 + 0.35 * 2), fleet: 0.95 * 4.5 } as const;
/** Bus blocks per arterial corridor: a bus leaves each end every 15 minutes and is back 90 minutes later. */
export const BUS_BLOCKS = 6;
export const BUS_HEADWAY_MIN = 15;
/** Equipped buses per block in service: the pool the day's blocks rotate through (spares, maintenance). */
const BUSES_PER_BLOCK = 2;

export interface Fleet {
  /** Equipped vehicles by class: private, fleet, transit. Indices run private first, then fleet, then transit. */
  counts: [number, number, number];
  size: number;
  /** Vehicles that drive the corridors on a weekday, all of them (the lever's base). */
  pool: number;
  /** Keys of the vehicles' stable properties and of their daily plans. */
  vehicleKey: number;
  planKey: number;
  /** Arterial corridors (by index) whose routes run buses. */
  busCorridors: number[];
}

/**
 * The fleet of a network at a connected share. `tripsPerDay` is the weekday trips starting on each
 * direction (volume over route coverage): the pool of vehicles that drive the corridors is those trips
 * over the mean legs a vehicle drives, and the lever equips its share of them.
 */
export function buildFleet(network: Network, tripsPerDay: ArrayLike<number>, connectedShare: number, seed: number): Fleet {
  let trips = 0;
  for (let i = 0; i < tripsPerDay.length; i++) trips += tripsPerDay[i] as number;
  const legs = PRIVATE_SHARE * WEEKDAY_LEGS.private + (1 - PRIVATE_SHARE) * WEEKDAY_LEGS.fleet;
  const pool = Math.round(trips / legs);
  const equipped = Math.round(connectedShare * pool);
  const privateCount = Math.round(PRIVATE_SHARE * equipped);
  const busCorridors = network.corridors.filter((c) => c.corridor.role === 'arterial').map((c) => c.index);
  const transit = busCorridors.length * BUS_BLOCKS * BUSES_PER_BLOCK;
  const counts: [number, number, number] = [privateCount, equipped - privateCount, transit];
  return {
    counts,
    size: equipped + transit,
    pool,
    vehicleKey: streamKey(seed, 'cv-fleet-vehicles'),
    planKey: streamKey(seed, 'cv-fleet-plans'),
    busCorridors,
  };
}

/** Class of the vehicle at `index` (`FLEET_PRIVATE`, `FLEET_FLEET` or `FLEET_TRANSIT`). */
export function fleetClassOf(fleet: Fleet, index: number): number {
  if (index < fleet.counts[0]) return FLEET_PRIVATE;
  return index < fleet.counts[0] + fleet.counts[1] ? FLEET_FLEET : FLEET_TRANSIT;
}

const MASK_31 = 0x7fffffff;

/** A bijection of 31-bit integers that looks random: distinct inputs give distinct ids. */
function scramble31(x: number, key: number): number {
  let y = (x ^ key) & MASK_31;
  y = Math.imul(y, 0x2c1b3c6d) & MASK_31; // odd multiplier: a bijection mod 2^31
  y ^= y >>> 12;
  y = Math.imul(y, 0x297a2d39) & MASK_31;
  y ^= y >>> 15;
  return y;
}

/** The stable 32-bit id of equipped vehicle `index` (top bit set). */
export function fleetVehicleId(fleet: Fleet, index: number): number {
  return (0x80000000 | scramble31(index, fleet.vehicleKey)) >>> 0;
}

/**
 * The id of an unequipped vehicle seen on one trip (top bit clear): a scramble of the trip's slot and
 * rank, unique among trips that start within 22 days of each other (2^15 minutes).
 */
export function anonymousVehicleId(seedKey: number, minute: number, dirIndex: number, k: number): number {
  const slot = ((minute & 0x7fff) * 64 + (dirIndex & 63)) * 1024 + (k & 1023);
  return scramble31(slot, mix32(seedKey)) >>> 0;
}

/** Trips starting a day on each direction of a network: its daily volume over the share of it a trip covers. */
export function tripsPerDayOf(network: Network): Float64Array {
  return Float64Array.from(network.directions, (dir) => {
    const corridor = network.corridors[dir.corridorIndex]?.corridor;
    return corridor ? corridorAadt(corridor) / 2 / routeCoverage(dir) : 0;
  });
}

/** The fleet a city gets at a connected share, as the engine equips it (for pages that show its size). */
export function fleetOfCity(city: City, connectedShare: number): Pick<Fleet, 'counts' | 'size' | 'pool'> {
  const network = buildNetwork(city);
  const { counts, size, pool } = buildFleet(network, tripsPerDayOf(network), connectedShare, 0);
  return { counts, size, pool };
}
