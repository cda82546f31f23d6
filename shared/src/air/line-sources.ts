/**
 * Traffic as line sources for the air model: the CV corridors (hourly volumes and stop-and-go from
 * the mobility model) and the interstates and freeways of the city file's `roads` (daily volume ×
 * an hourly freeway profile). A station takes each road at its nearest point: the increment decays
 * exponentially with the distance from the road edge, at the rates of a meta-analysis of near-road
 * measurements (Liu, Chen & Xue 2019, Heliyon 5:e02236: NOx 0.0027 /m, black carbon 0.0026 /m),
 * so it fades into the background within a few hundred metres (Karner et al. 2010: 115–570 m), and
 * it is larger downwind of the road than upwind.
 */

import type { Road } from '../city/schemas';
import { bearingDeg, pointAt, polylineOf, project } from '../common/geo';
import { segmentHourState } from '../mobility/demand';
import { type Network, segmentAtS } from '../mobility/network';
import type { Simulation } from '../simulation/simulation';

/** Decay of the NOx increment with distance from the road edge, 1/m (Liu et al. 2019, meta-analysis). */
export const NOX_DECAY_PER_M = 0.0027;
/** Traffic PM2.5 decays like black carbon, its primary combustion tracer, 1/m (same meta-analysis). */
export const PM_DECAY_PER_M = 0.0026;
/** Distance from a road's centre line to its edge, where the decay starts, m. */
const ROAD_EDGE_M = 10;
/** Beyond this the increment is under 1% of the edge value (exp(−0.0027 × 1,700)). */
const MAX_DISTANCE_M = 1700;
/**
 * Near field: in the first tens of metres the vehicles' own wake dilutes the exhaust fast, faster
 * than the far-field exponential: an extra factor `1 + NEAR_BOOST·exp(−d / NEAR_M)`, chosen so that
 * the increment falls by at least half between the road edge and 150 m, as Karner et al. (2010)
 * found for CO and ultrafine particles (FACTS.md I.1). A curbside bench sees about 1.6 times what a
 * monitor 30 m away sees.
 */
const NEAR_BOOST = 1.5;
const NEAR_M = 40;

/** Share of a conventional vehicle's traffic PM2.5 that an EV still emits (tyre, brake and road wear). */
export const EV_PM_FACTOR = 0.45;
const TRUCK_PM_FACTOR = 4;
const TRUCK_NOX_FACTOR = 10;

/**
 * Share of daily traffic in each local hour on an urban interstate, weekday: near its peak from
 * 7 a.m. to 7 p.m. (ODOT, I-70/I-71 split, 2002), a peak hour of 6.9% (inside the urban K-factor
 * band of 7–12% of AADT, FACTS.md I.4, at its low end because the split runs at capacity), and
 * night traffic about a quarter of daytime (FACTS.md I.1).
 */
const FREEWAY_WEEKDAY = [
  0.017, 0.013, 0.012, 0.012, 0.016, 0.028, 0.052, 0.069, 0.064, 0.056, 0.054, 0.055, 0.056, 0.057, 0.06, 0.064, 0.068, 0.066, 0.056, 0.045,
  0.038, 0.033, 0.027, 0.022,
];
/** Weekend and holiday: later and flatter, a midday plateau. */
const FREEWAY_WEEKEND = [
  0.025, 0.019, 0.015, 0.013, 0.013, 0.017, 0.024, 0.033, 0.043, 0.053, 0.06, 0.064, 0.066, 0.066, 0.065, 0.064, 0.062, 0.059, 0.054, 0.048,
  0.043, 0.037, 0.032, 0.027,
];
const normalize = (xs: number[]) => {
  const sum = xs.reduce((a, b) => a + b, 0);
  return Float64Array.from(xs, (x) => x / sum);
};
/** By day-type code (weekday, Saturday, Sunday/holiday), then local hour. */
export const FREEWAY_PROFILES = [normalize(FREEWAY_WEEKDAY), normalize(FREEWAY_WEEKEND), normalize(FREEWAY_WEEKEND)] as const;

/** One road as a station sees it: at its nearest point. */
export interface TrafficSource {
  /** Index into `city.roads`, or −1 for a CV corridor. */
  road: number;
  /** For a corridor: the segment of each direction at the nearest point. */
  segments: number[];
  distanceM: number;
  pmWeight: number;
  noxWeight: number;
  /** Bearing from the road to the station, degrees (downwind when the wind blows toward it). */
  bearing: number;
  truckShare: number;
}

function source(road: number, segments: number[], distanceM: number, bearing: number, truckShare: number): TrafficSource {
  const beyondEdge = Math.max(0, distanceM - ROAD_EDGE_M);
  const nearField = 1 + NEAR_BOOST * Math.exp(-Math.max(ROAD_EDGE_M, distanceM) / NEAR_M);
  return {
    road,
    segments,
    distanceM,
    pmWeight: nearField * Math.exp(-PM_DECAY_PER_M * beyondEdge),
    noxWeight: nearField * Math.exp(-NOX_DECAY_PER_M * beyondEdge),
    bearing,
    truckShare,
  };
}

/** The roads and corridors within reach of a station at local metres `(x, y)`, each at its nearest point. */
export function stationSources(network: Network, roads: readonly Road[], x: number, y: number): TrafficSource[] {
  const out: TrafficSource[] = [];
  const p = [0, 0];
  for (const corridor of network.corridors) {
    const { chainage, distance } = project(corridor.line, x, y);
    if (distance > MAX_DISTANCE_M) continue;
    pointAt(corridor.line, chainage, p);
    const segments = corridor.directions.flatMap((d) => {
      const dir = network.directions[d];
      return dir ? [segmentAtS(dir, dir.forward ? chainage : corridor.line.length - chainage)] : [];
    });
    out.push(source(-1, segments, distance, bearingDeg(x - (p[0] as number), y - (p[1] as number)), corridor.truckShare));
  }
  roads.forEach((road, index) => {
    const line = polylineOf(network.projection, road.path);
    const { chainage, distance } = project(line, x, y);
    if (distance > MAX_DISTANCE_M) return;
    pointAt(line, chainage, p);
    out.push(source(index, [], distance, bearingDeg(x - (p[0] as number), y - (p[1] as number)), road.truckShare));
  });
  return out;
}

/**
 * Traffic emission reaching a station in one hour, before dilution: Σ over its sources of thousands
 * of vehicles an hour × fleet emission factor (trucks, EVs, stop-and-go on the corridors) × the
 * distance decay × a downwind boost. Writes `[pm, nox]` to `out`.
 */
export function trafficAtStation(
  sim: Pick<Simulation, 'city' | 'network' | 'weather' | 'traffic' | 'levers' | 'signalPlans'>,
  sources: readonly TrafficSource[],
  hour: number,
  localHour: number,
  dayType: number,
  windTo: number,
  out: Float64Array,
): void {
  const evShare = sim.levers.evShare;
  let pm = 0;
  let nox = 0;
  for (const src of sources) {
    let kvph = 0;
    if (src.road < 0) {
      for (const segment of src.segments) {
        const state = segmentHourState(sim, segment, hour);
        const stopGo = 1 + 1.5 * (1 - state.meanSpeedMps / Math.max(1, state.cruiseMps)) + 0.5 * state.stopShare;
        kvph += (state.volumeVph / 1000) * stopGo;
      }
    } else {
      const road = sim.city.roads[src.road] as Road;
      kvph = (road.aadt * ((FREEWAY_PROFILES[dayType] ?? FREEWAY_PROFILES[0])[localHour] as number)) / 1000;
    }
    const downwind = 1 + 0.6 * Math.cos(((windTo - src.bearing) * Math.PI) / 180);
    pm += kvph * src.pmWeight * downwind * (1 - evShare * (1 - EV_PM_FACTOR)) * (1 + src.truckShare * (TRUCK_PM_FACTOR - 1));
    nox += kvph * src.noxWeight * downwind * (1 - evShare) * (1 + src.truckShare * (TRUCK_NOX_FACTOR - 1));
  }
  out[0] = pm;
  out[1] = nox;
}
