/**
 * Macroscopic traffic: hourly demand by corridor, direction and time of day; incidents; segment
 * cruise speeds that fall with volume (BPR curve) and with incidents; and per-hour averages of speed
 * and stops (Webster's uniform delay) that the air model uses for roadside emissions. The vehicle
 * trips in `trips.ts` draw their arrivals and cruise speeds from here.
 */
import type { SignalPlan } from '../city/schemas';
import { poissonFromUniform, streamKey, uniform, valueNoise } from '../common/rng';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../common/time';
import type { Simulation } from '../simulation/simulation';
import { W_DTYPE, W_LHOUR } from '../weather/engine';
import { buildFleet, type Fleet, tripsPerDayOf } from './fleet';
import type { DayPlan } from './fleet-plans';
import type { Network, SegmentGeom } from './network';
import { routeCoverage } from './routes';
import { corridorAadt } from './service-volumes';
import type { SignalPlans } from './signals';
import { TripStore } from './trip-store';

/** Share of daily traffic in each local hour, weekday (typical urban arterial, two peaks). */
const WEEKDAY_PROFILE = [
  0.011, 0.007, 0.005, 0.005, 0.008, 0.019, 0.044, 0.07, 0.067, 0.052, 0.049, 0.054, 0.059, 0.058, 0.06, 0.068, 0.077, 0.08, 0.063, 0.047,
  0.038, 0.032, 0.024, 0.017,
];
/** Weekend and holiday: later, flatter, a midday peak. */
const WEEKEND_PROFILE = [
  0.02, 0.014, 0.01, 0.007, 0.006, 0.008, 0.014, 0.024, 0.037, 0.051, 0.062, 0.07, 0.074, 0.074, 0.072, 0.07, 0.068, 0.066, 0.06, 0.052,
  0.045, 0.038, 0.031, 0.024,
];
const normalize = (xs: number[]) => {
  const sum = xs.reduce((a, b) => a + b, 0);
  return xs.map((x) => x / sum);
};
/** Share of the day's traffic in each local hour, by day type code (weekday, weekend, holiday). */
export const HOURLY_PROFILES = [normalize(WEEKDAY_PROFILE), normalize(WEEKEND_PROFILE), normalize(WEEKEND_PROFILE)];

const SATURATION_PER_LANE_VPH = 1800;
/**
 * Side friction (parking, turns, pedestrians) in the cruise speed, 1 / (1 + FRICTION x²). Calibration:
 * the arterial peak ÷ night speed near 0.83 (TTI ≈ 1.2, an assumption, docs/fidelity.md). It was 0.5
 * when the corridors carried ~21,000 vehicles a day each; with the volumes of their street classes
 * (Morse Rd ~54,000) the queues at 85 signals give most of the peak delay, and 0.2 keeps the ratio
 * within 10% of the target (0.77).
 */
const FRICTION = 0.2;
/** Incidents per corridor per day (crashes, stalls, work zones blocking a lane). */
const INCIDENTS_PER_DAY = 0.25;

export interface Incident {
  segmentIndex: number;
  fromMs: number;
  toMs: number;
  /** Remaining share of capacity, 0–1. */
  capacityFactor: number;
}

export interface TrafficModel {
  /** Per direction: daily volume, coverage (mean share of segments a trip uses), trips a day and keys. */
  dailyVolume: Float64Array;
  coverage: Float64Array;
  /** Trips starting a day, on average: daily volume over coverage. */
  tripsPerDay: Float64Array;
  demandKeys: Uint32Array;
  tripKeys: Uint32Array;
  incidentKeys: Uint32Array;
  incidentCache: Map<number, Incident[]>;
  /**
   * The last even and the last odd hour each direction's volume was computed for, each with the
   * volume, 4 numbers a direction (`memoAt`): a trip asks for its direction's volume at every signal,
   * nearly always in the hour the trips before it asked for or the next (two slots, so trips
   * alternating across an hour's end do not evict each other's).
   */
  volumeMemo: Float64Array;
  /**
   * The same for each segment's cruise speed, 4 numbers a segment (the speed NaN for an hour an
   * incident touches, whose speed changes within it): a trip asks at every signal.
   */
  cruiseMemo: Float64Array;
  /** Trips built so far, by slot, bounded in bytes. */
  trips: TripStore;
  /** The equipped vehicles and their daily plans (a few days cached). */
  fleet: Fleet;
  fleetPlans: Map<number, DayPlan>;
}

type TrafficInputs = Pick<Simulation, 'network' | 'seed' | 'city' | 'levers'>;

export function buildTrafficModel(sim: TrafficInputs, trips = new TripStore()): TrafficModel {
  const { network, seed } = sim;
  const n = network.directions.length;
  const dailyVolume = new Float64Array(n);
  const coverage = new Float64Array(n);
  const tripsPerDay = tripsPerDayOf(network);
  const demandKeys = new Uint32Array(n);
  const tripKeys = new Uint32Array(n);
  network.directions.forEach((dir, i) => {
    const corridor = network.corridors[dir.corridorIndex]?.corridor;
    if (!corridor) return;
    dailyVolume[i] = corridorAadt(corridor) / 2;
    coverage[i] = routeCoverage(dir);
    demandKeys[i] = streamKey(seed, 'traffic-demand', `${corridor.id}-${dir.direction}`);
    tripKeys[i] = streamKey(seed, 'traffic-trips', `${corridor.id}-${dir.direction}`);
  });
  const incidentKeys = Uint32Array.from(network.corridors, (c) => streamKey(seed, 'traffic-incidents', c.corridor.id));
  const volumeMemo = new Float64Array(4 * n).fill(Number.NaN);
  const cruiseMemo = new Float64Array(4 * network.segments.length).fill(Number.NaN);
  const fleet = buildFleet(network, tripsPerDay, sim.levers.connectedShare, seed);
  return {
    dailyVolume,
    coverage,
    tripsPerDay,
    demandKeys,
    tripKeys,
    incidentKeys,
    incidentCache: new Map(),
    volumeMemo,
    cruiseMemo,
    trips,
    fleet,
    fleetPlans: new Map(),
  };
}

type DemandSim = Pick<Simulation, 'network' | 'weather' | 'traffic' | 'levers' | 'signalPlans'>;

/** Directional factor: the inbound direction carries 60% in the morning peak, the outbound 60% in the evening. */
function directionalFactor(inbound: boolean, localHour: number, dayType: number): number {
  if (dayType !== 0) return 1;
  if (localHour >= 6 && localHour < 10) return inbound ? 1.2 : 0.8;
  if (localHour >= 15 && localHour < 19) return inbound ? 0.8 : 1.2;
  return 1;
}

/** Where a memo (`volumeMemo`, `cruiseMemo`) holds item `i`'s hour and value for UTC hour `hour`. */
const memoAt = (i: number, hour: number) => 4 * i + 2 * (hour & 1);

/** Hourly demand of a direction, vehicles per hour, in UTC hour `hourIndex` (hours since 1970). */
export function directionVolumeVph(sim: DemandSim, dirIndex: number, hourIndex: number): number {
  // The memo's hit is all a trip's builder inlines (it asks at every signal); the rest is a call.
  const memo = sim.traffic.volumeMemo;
  const at = memoAt(dirIndex, hourIndex);
  return memo[at] === hourIndex ? (memo[at + 1] as number) : volumeOfHour(sim, dirIndex, hourIndex);
}

/** `directionVolumeVph` computed, and noted in the memo. */
function volumeOfHour(sim: DemandSim, dirIndex: number, hourIndex: number): number {
  const dir = sim.network.directions[dirIndex];
  if (!dir) return 0;
  const memo = sim.traffic.volumeMemo;
  const localHour = sim.weather.hourField(hourIndex, W_LHOUR);
  const dayType = sim.weather.hourField(hourIndex, W_DTYPE);
  const profile = HOURLY_PROFILES[dayType] as number[];
  const dayNoise = 1 + 0.06 * valueNoise(sim.traffic.demandKeys[dirIndex] as number, hourIndex, 24);
  const volume =
    (sim.traffic.dailyVolume[dirIndex] as number) *
    (profile[localHour] as number) *
    directionalFactor(dir.inbound, localHour, dayType) *
    dayNoise;
  const at = memoAt(dirIndex, hourIndex);
  memo[at] = hourIndex;
  memo[at + 1] = volume;
  return volume;
}

/** Incidents that start on UTC day `dayIndex` on a corridor (pure; cached). */
export function incidentsOnDay(sim: Pick<Simulation, 'network' | 'traffic'>, corridorIndex: number, dayIndex: number): Incident[] {
  const cacheKey = dayIndex * 256 + corridorIndex;
  const cached = sim.traffic.incidentCache.get(cacheKey);
  if (cached) return cached;
  const key = sim.traffic.incidentKeys[corridorIndex] as number;
  const corridor = sim.network.corridors[corridorIndex];
  const incidents: Incident[] = [];
  if (corridor) {
    const count = poissonFromUniform(INCIDENTS_PER_DAY, uniform(key, dayIndex * 16));
    const segments = corridor.directions.flatMap((d) => sim.network.directions[d]?.segments ?? []);
    for (let i = 0; i < count; i++) {
      const step = dayIndex * 16 + 1 + i * 3;
      const fromMs = dayIndex * DAY_MS + Math.floor(uniform(key, step) * 86_400) * 1000;
      const durationMs = Math.round(20 + 60 * uniform(key, step + 1)) * MINUTE_MS;
      const segmentIndex = segments[Math.floor(uniform(key, step + 2) * segments.length)] ?? 0;
      incidents.push({ segmentIndex, fromMs, toMs: fromMs + durationMs, capacityFactor: 0.5 });
    }
  }
  if (sim.traffic.incidentCache.size > 20_000) sim.traffic.incidentCache.clear();
  sim.traffic.incidentCache.set(cacheKey, incidents);
  return incidents;
}

/** Remaining capacity share of a segment at an instant (1 without an incident). */
export function incidentCapacityFactor(sim: Pick<Simulation, 'network' | 'traffic'>, segmentIndex: number, utcMs: number): number {
  const seg = sim.network.segments[segmentIndex];
  if (!seg) return 1;
  const day = Math.floor(utcMs / DAY_MS);
  let factor = 1;
  for (let d = day - 1; d <= day; d++) {
    for (const incident of incidentsOnDay(sim, seg.corridorIndex, d)) {
      if (incident.segmentIndex === segmentIndex && utcMs >= incident.fromMs && utcMs < incident.toMs)
        factor = Math.min(factor, incident.capacityFactor);
    }
  }
  return factor;
}

/** The signal plan in force at an intersection at an instant (base, or retimed morning/afternoon). */
export function planAt(sim: Pick<Simulation, 'levers' | 'signalPlans' | 'weather'>, intersectionIndex: number, utcMs: number): SignalPlan {
  return plansInHour(sim, Math.floor(utcMs / HOUR_MS))[intersectionIndex] as SignalPlan;
}

/** The signal plans in force in UTC hour `hour`, by intersection (a trip's builder asks once an hour, not at every signal). */
export function plansInHour(sim: Pick<Simulation, 'levers' | 'signalPlans' | 'weather'>, hour: number): SignalPlan[] {
  const plans: SignalPlans = sim.signalPlans;
  if (!sim.levers.signalRetiming) return plans.base;
  const localHour = sim.weather.hourField(hour, W_LHOUR);
  return localHour < 12 ? plans.retimedAm : plans.retimedPm;
}

/** Green share of the main movement at the signal ending a segment (0.9 at a corridor end). */
function greenRatio(plan: SignalPlan | undefined): number {
  return plan ? plan.mainGreenS / plan.cycleS : 0.9;
}

/** Segment capacity, vehicles per hour, at an instant. */
export function segmentCapacityVph(
  sim: DemandSim,
  segmentIndex: number,
  utcMs: number,
  incident = incidentCapacityFactor(sim, segmentIndex, utcMs),
): number {
  const seg = (sim.network as Network).segments[segmentIndex];
  if (!seg) return 1;
  const plan = seg.toIntersection >= 0 ? planAt(sim, seg.toIntersection, utcMs) : undefined;
  return SATURATION_PER_LANE_VPH * seg.lanes * greenRatio(plan) * incident;
}

/**
 * Mid-block cruise speed on a segment, m/s: free-flow (the limit) reduced with the volume/capacity
 * ratio by side friction (`FRICTION`, calibrated), and to 60% past an incident.
 */
export function segmentCruiseMps(sim: DemandSim, segmentIndex: number, utcMs: number): number {
  // The memo's hit is all a trip's builder inlines (it asks at every signal); the rest is a call.
  const hour = Math.floor(utcMs / HOUR_MS);
  const memo = sim.traffic.cruiseMemo;
  const at = memoAt(segmentIndex, hour);
  const held = memo[at] === hour ? (memo[at + 1] as number) : Number.NaN;
  return Number.isNaN(held) ? cruiseMissed(sim, segmentIndex, utcMs, hour) : held;
}

/** `segmentCruiseMps` when the memo does not hold the hour's speed: noted there, or computed for an hour with an incident. */
function cruiseMissed(sim: DemandSim, segmentIndex: number, utcMs: number, hour: number): number {
  const seg = sim.network.segments[segmentIndex];
  if (!seg) return 10;
  const memo = sim.traffic.cruiseMemo;
  const at = memoAt(segmentIndex, hour);
  if (memo[at] !== hour) {
    // Volume and signal plan hold for the whole hour; without an incident in it, so does the speed.
    memo[at] = hour;
    memo[at + 1] = incidentInHour(sim, segmentIndex, hour) ? Number.NaN : cruiseAt(sim, segmentIndex, utcMs, 1);
  }
  const held = memo[at + 1] as number;
  return Number.isNaN(held) ? cruiseAt(sim, segmentIndex, utcMs) : held;
}

/** `segmentCruiseMps` computed afresh (no memo): what the memo must agree with. */
export function cruiseAt(
  sim: DemandSim,
  segmentIndex: number,
  utcMs: number,
  incident = incidentCapacityFactor(sim, segmentIndex, utcMs),
): number {
  const seg = sim.network.segments[segmentIndex] as SegmentGeom;
  const volume = directionVolumeVph(sim, seg.directionIndex, Math.floor(utcMs / HOUR_MS));
  const x = volume / segmentCapacityVph(sim, segmentIndex, utcMs, incident);
  return (seg.speedLimitMps * (incident < 1 ? 0.6 : 1)) / (1 + FRICTION * x * x);
}

/** Whether an incident on the segment is under way at some instant of UTC hour `hour`. */
function incidentInHour(sim: Pick<Simulation, 'network' | 'traffic'>, segmentIndex: number, hour: number): boolean {
  const seg = sim.network.segments[segmentIndex];
  if (!seg) return false;
  const fromMs = hour * HOUR_MS;
  const day = Math.floor(fromMs / DAY_MS); // an hour lies within one UTC day
  for (let d = day - 1; d <= day; d++) {
    for (const incident of incidentsOnDay(sim, seg.corridorIndex, d)) {
      if (incident.segmentIndex === segmentIndex && incident.fromMs < fromMs + HOUR_MS && incident.toMs > fromMs) return true;
    }
  }
  return false;
}

/** Hourly macroscopic state of a segment. */
export interface SegmentHourState {
  volumeVph: number;
  cruiseMps: number;
  /** Mean travel speed including signal delay, m/s. */
  meanSpeedMps: number;
  /** Share of vehicles stopping at the downstream signal, 0–1. */
  stopShare: number;
}

/**
 * Volume, cruise and mean speed and stop share of a segment for the hour starting at `hourIndex`
 * (Webster's uniform delay; coordinated plans lower delay and stops in the progressed direction).
 */
export function segmentHourState(sim: DemandSim, segmentIndex: number, hourIndex: number): SegmentHourState {
  const seg = sim.network.segments[segmentIndex];
  const utcMs = hourIndex * HOUR_MS + HOUR_MS / 2;
  if (!seg) return { volumeVph: 0, cruiseMps: 10, meanSpeedMps: 10, stopShare: 0 };
  const volumeVph = directionVolumeVph(sim, seg.directionIndex, hourIndex);
  const cruiseMps = segmentCruiseMps(sim, segmentIndex, utcMs);
  if (seg.toIntersection < 0) return { volumeVph, cruiseMps, meanSpeedMps: cruiseMps, stopShare: 0 };
  const plan = planAt(sim, seg.toIntersection, utcMs);
  const g = greenRatio(plan);
  const x = Math.min(0.95, volumeVph / segmentCapacityVph(sim, segmentIndex, utcMs));
  let progression = 1;
  if (sim.levers.signalRetiming) {
    const localHour = sim.weather.hourField(hourIndex, W_LHOUR);
    const dir = sim.network.directions[seg.directionIndex];
    progression = dir && dir.inbound === localHour < 12 ? 0.55 : 0.95;
  }
  const delayS = ((0.5 * plan.cycleS * (1 - g) ** 2) / (1 - x * g)) * progression;
  const stopShare = Math.min(1, ((1 - g) / (1 - x * g)) * progression);
  const meanSpeedMps = seg.lengthM / (seg.lengthM / cruiseMps + delayS);
  return { volumeVph, cruiseMps, meanSpeedMps, stopShare };
}
