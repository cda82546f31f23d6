/**
 * What each equipped vehicle does on a local day: its trip chain on the corridors, as legs (direction,
 * departure, where it joins and leaves). A plan is a pure function of (seed, fleet, local day), built
 * once per day and cached (a few days at a time).
 *
 * - A resident's car has a home and a work place on one corridor, fixed for the vehicle: on a weekday
 *   (90% of days) it drives in toward the centre in the morning and back in the late afternoon, joining
 *   and leaving where it left and joined; some evenings (35%) it makes a short errand there and back.
 *   On a weekend or holiday (75%) it goes out late in the morning and comes back in the afternoon, some
 *   evenings (30%) again.
 * - A fleet vehicle (city, utility and partner fleets; 30% of them trucks, which work the freight
 *   corridor more) drives 3–6 legs across the working day on weekdays, mostly on its own corridor, and
 *   1–3 on 30% of weekend days.
 * Departures follow the hourly traffic profile inside each window. Activity shares and leg counts are
 * assumptions (no source gives the CVE fleet's travel); the fleet's size is what FACTS.md E gives.
 *
 * A vehicle is never in two places: every leg of a chain starts at least `MAX_TRIP_S` after the one
 * before (windows are that far apart, or a return waits at least 45 minutes), and trips end by then.
 */
import { combine, hashStep, mix32 } from '../common/rng';
import { DAY_MS, zoneOffsetMinutes } from '../common/time';
import type { Simulation } from '../simulation/simulation';
import { W_DTYPE } from '../weather/engine';
import { HOURLY_PROFILES } from './demand';
import { FLEET_PRIVATE, type Fleet, fleetClassOf } from './fleet';
import type { DirectionGeom } from './network';
import { drawRoute, exitS, type Route, returnRoute, runFrom } from './routes';

/** One leg of a vehicle's chain. */
export interface FleetLeg {
  vehicle: number;
  dirIndex: number;
  /** Departure, s since 1970. */
  startS: number;
  firstLeg: number;
  lastLeg: number;
  /** Where it joins and leaves the direction, m. */
  s0: number;
  sEnd: number;
  /** Hash of this leg's own draws (speed choices at signals, TemporaryID). */
  hash: number;
}

/** A day's legs, columnar (a day of a large fleet is hundreds of thousands of legs). */
export interface DayPlan {
  localDay: number;
  count: number;
  vehicle: Int32Array;
  dirIndex: Int32Array;
  startS: Float64Array;
  firstLeg: Int32Array;
  lastLeg: Int32Array;
  s0: Float64Array;
  sEnd: Float64Array;
  hash: Uint32Array;
  /** Leg indices by trip slot (minute × 64 + direction), in vehicle order. */
  bySlot: Map<number, number[]>;
  /** Legs starting in each UTC hour on each direction (hour × 64 + direction). */
  startsByHour: Map<number, number>;
}

/** Leg `i` of a plan as an object. */
export function legOf(plan: DayPlan, i: number): FleetLeg {
  return {
    vehicle: plan.vehicle[i] as number,
    dirIndex: plan.dirIndex[i] as number,
    startS: plan.startS[i] as number,
    firstLeg: plan.firstLeg[i] as number,
    lastLeg: plan.lastLeg[i] as number,
    s0: plan.s0[i] as number,
    sEnd: plan.sEnd[i] as number,
    hash: plan.hash[i] as number,
  };
}

/** Share of a fleet's vehicles that are trucks. */
export const FLEET_TRUCK_SHARE = 0.3;
const RETURN_MIN = 45;
const PLANS_KEPT = 4;

const u = (h: number, i: number) => mix32((h ^ Math.imul(i + 1, 0x9e3779b9)) >>> 0) / 4294967296;

/** A minute in `[from, to)` local minutes, weighted by the hourly traffic profile. */
function departureMinute(uniformDraw: number, from: number, to: number, profile: readonly number[]): number {
  let total = 0;
  for (let h = Math.floor(from / 60); h * 60 < to; h++)
    total += (profile[h % 24] as number) * (Math.min(to, h * 60 + 60) - Math.max(from, h * 60));
  let target = uniformDraw * total;
  for (let h = Math.floor(from / 60); h * 60 < to; h++) {
    const lo = Math.max(from, h * 60);
    const span = Math.min(to, h * 60 + 60) - lo;
    const weight = (profile[h % 24] as number) * span;
    if (target < weight || h * 60 + 60 >= to) return lo + Math.min(span, (target / weight) * span);
    target -= weight;
  }
  return from;
}

/** The direction index running the other way on the same corridor. */
function reverseOf(sim: Pick<Simulation, 'network'>, dirIndex: number): number {
  const dir = sim.network.directions[dirIndex] as DirectionGeom;
  const [a, b] = (sim.network.corridors[dir.corridorIndex] as { directions: [number, number] }).directions;
  return dirIndex === a ? b : a;
}

/** Picks an index by weight with a uniform draw. */
function pick(weights: readonly number[], draw: number): number {
  const total = weights.reduce((a, b) => a + b, 0);
  let target = draw * total;
  for (let i = 0; i < weights.length; i++) {
    target -= weights[i] as number;
    if (target < 0) return i;
  }
  return weights.length - 1;
}

type PlanSim = Pick<Simulation, 'network' | 'weather' | 'traffic' | 'timeZone'>;

/** The plan of local day `localDay` (days since 1970 of the local date), cached. */
export function fleetDayPlan(sim: PlanSim, localDay: number): DayPlan {
  const cache = sim.traffic.fleetPlans;
  const hit = cache.get(localDay);
  if (hit) return hit;
  const plan = buildDayPlan(sim, localDay);
  if (cache.size >= PLANS_KEPT) cache.delete(cache.keys().next().value as number);
  cache.set(localDay, plan);
  return plan;
}

/** Writes a day's legs into growing columns. */
class PlanWriter {
  count = 0;
  vehicle = new Int32Array(1024);
  dirIndex = new Int32Array(1024);
  startS = new Float64Array(1024);
  firstLeg = new Int32Array(1024);
  lastLeg = new Int32Array(1024);
  s0 = new Float64Array(1024);
  sEnd = new Float64Array(1024);
  hash = new Uint32Array(1024);

  constructor(
    private readonly sim: PlanSim,
    private readonly midnightS: number,
    private readonly dayKey: number,
  ) {}

  add(vehicle: number, seq: number, dirIndex: number, localMinute: number, route: Route): void {
    if (this.count === this.vehicle.length) this.grow();
    const i = this.count++;
    this.vehicle[i] = vehicle;
    this.dirIndex[i] = dirIndex;
    this.startS[i] = this.midnightS + localMinute * 60;
    this.firstLeg[i] = route.firstLeg;
    this.lastLeg[i] = route.lastLeg;
    this.s0[i] = route.s0;
    this.sEnd[i] = route.sEnd;
    this.hash[i] = hashStep(this.dayKey, vehicle * 16 + seq);
  }

  /** A leg out, and the way back (from where it stopped to where it started) `wait` minutes later. */
  roundTrip(vehicle: number, seq: number, dirIndex: number, route: Route, outMinute: number, wait: number): void {
    this.add(vehicle, seq, dirIndex, outMinute, route);
    this.add(
      vehicle,
      seq + 1,
      reverseOf(this.sim, dirIndex),
      outMinute + wait,
      returnRoute(this.sim.network.directions[dirIndex] as DirectionGeom, route),
    );
  }

  private grow(): void {
    const grown = <T extends Int32Array | Float64Array | Uint32Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(a.length * 2);
      b.set(a);
      return b;
    };
    this.vehicle = grown(this.vehicle);
    this.dirIndex = grown(this.dirIndex);
    this.startS = grown(this.startS);
    this.firstLeg = grown(this.firstLeg);
    this.lastLeg = grown(this.lastLeg);
    this.s0 = grown(this.s0);
    this.sEnd = grown(this.sEnd);
    this.hash = grown(this.hash);
  }
}

function buildDayPlan(sim: PlanSim, localDay: number): DayPlan {
  const fleet: Fleet = sim.traffic.fleet;
  const { network } = sim;
  const offsetS = zoneOffsetMinutes(sim.timeZone, localDay * DAY_MS + DAY_MS / 2) * 60;
  const midnightS = (localDay * DAY_MS) / 1000 - offsetS;
  const dayType = sim.weather.hourField(Math.floor((midnightS + 12 * 3600) / 3600), W_DTYPE);
  const weekday = dayType === 0;
  const profile = HOURLY_PROFILES[dayType] as readonly number[];
  const dayKey = combine(fleet.planKey, localDay >>> 0);
  const w = new PlanWriter(sim, midnightS, dayKey);
  // Trips a day per corridor (both directions): where vehicles live and work, in proportion.
  const corridorTrips = network.corridors.map((c) => c.directions.reduce((sum, d) => sum + (sim.traffic.tripsPerDay[d] as number), 0));
  const truckTrips = network.corridors.map((c, i) => (corridorTrips[i] as number) * c.truckShare);
  const inbound = network.corridors.map((c) =>
    (network.directions[c.directions[0]] as DirectionGeom).inbound ? c.directions[0] : c.directions[1],
  );

  const fleetEnd = fleet.counts[0] + fleet.counts[1];
  for (let v = 0; v < fleetEnd; v++) {
    const vh = hashStep(fleet.vehicleKey, v);
    const dh = hashStep(dayKey, v);
    if (fleetClassOf(fleet, v) === FLEET_PRIVATE) {
      // Home and work on one corridor, in its inbound direction's gaps (0 … n).
      const dirIn = inbound[pick(corridorTrips, u(vh, 1))] as number;
      const dirBack = reverseOf(sim, dirIn);
      const dirA = network.directions[dirIn] as DirectionGeom;
      const n = dirA.stopS.length;
      if (n === 0) continue;
      // Home is where the commute joins the corridor (a driveway past a signal, or the corridor's start).
      // (never past its last signal, so the commute passes one; on a one-signal corridor, from the start).
      const commute = drawRoute(dirA, n > 1 ? u(vh, 2) : 0, (u(vh, 3) * (n - 1)) / n, u(vh, 4));
      // An errand leaves home either way (inward only from the corridor's start), and comes back.
      const errand = (seq: number, draw: number, outMinute: number, wait: number, uRun: number) => {
        if (commute.firstLeg === 0 || draw < 0.5) {
          const lastLeg = runFrom(dirA, commute.firstLeg, uRun);
          w.roundTrip(v, seq, dirIn, { ...commute, lastLeg, sEnd: exitS(dirA, lastLeg) }, outMinute, wait);
        } else {
          const dirB = network.directions[dirBack] as DirectionGeom;
          const firstLeg = n - commute.firstLeg;
          const lastLeg = runFrom(dirB, firstLeg, uRun);
          w.roundTrip(v, seq, dirBack, { firstLeg, lastLeg, s0: dirA.length - commute.s0, sEnd: exitS(dirB, lastLeg) }, outMinute, wait);
        }
      };
      if (weekday) {
        if (u(dh, 0) >= 0.9) continue;
        w.add(v, 0, dirIn, departureMinute(u(dh, 1), 360, 570, profile), commute);
        w.add(v, 1, dirBack, departureMinute(u(dh, 2), 930, 1110, profile), returnRoute(dirA, commute));
        if (u(dh, 3) < 0.35) errand(2, u(dh, 4), departureMinute(u(dh, 5), 1155, 1230, profile), RETURN_MIN + 45 * u(dh, 6), u(dh, 7));
      } else {
        if (u(dh, 0) >= 0.75) continue;
        errand(0, u(dh, 1), departureMinute(u(dh, 2), 570, 780, profile), 90 + 150 * u(dh, 3), u(dh, 4));
        if (u(dh, 5) < 0.3) errand(2, u(dh, 6), departureMinute(u(dh, 7), 1080, 1200, profile), RETURN_MIN + 45 * u(dh, 8), u(dh, 9));
      }
    } else {
      if (u(dh, 0) >= (weekday ? 0.95 : 0.3)) continue;
      const truck = u(vh, 5) < FLEET_TRUCK_SHARE;
      const base = pick(truck ? truckTrips : corridorTrips, u(vh, 1));
      const count = weekday ? 3 + Math.floor(u(dh, 1) * 4) : 1 + Math.floor(u(dh, 1) * 3);
      // The working day 07:30–17:30 in equal parts, one leg starting in the first part of each.
      const part = 600 / count;
      for (let j = 0; j < count; j++) {
        const lh = hashStep(dh, j + 1);
        const corridor = u(lh, 0) < 0.7 ? base : pick(corridorTrips, u(lh, 1));
        const dirIndex = (network.corridors[corridor] as { directions: [number, number] }).directions[u(lh, 2) < 0.5 ? 0 : 1];
        const route = drawRoute(network.directions[dirIndex] as DirectionGeom, u(lh, 3), u(lh, 4), u(lh, 5));
        w.add(v, j, dirIndex, 450 + j * part + (part - RETURN_MIN) * u(lh, 6), route);
      }
    }
  }

  const bySlot = new Map<number, number[]>();
  const startsByHour = new Map<number, number>();
  for (let i = 0; i < w.count; i++) {
    const minute = Math.floor((w.startS[i] as number) / 60);
    const dirIndex = w.dirIndex[i] as number;
    const slot = minute * 64 + dirIndex;
    const list = bySlot.get(slot);
    if (list) list.push(i);
    else bySlot.set(slot, [i]);
    const hourKey = Math.floor(minute / 60) * 64 + dirIndex;
    startsByHour.set(hourKey, (startsByHour.get(hourKey) ?? 0) + 1);
  }
  const n = w.count;
  return {
    localDay,
    count: n,
    vehicle: w.vehicle.slice(0, n),
    dirIndex: w.dirIndex.slice(0, n),
    startS: w.startS.slice(0, n),
    firstLeg: w.firstLeg.slice(0, n),
    lastLeg: w.lastLeg.slice(0, n),
    s0: w.s0.slice(0, n),
    sEnd: w.sEnd.slice(0, n),
    hash: w.hash.slice(0, n),
    bySlot,
    startsByHour,
  };
}
