/**
 * The road network the mobility stream runs on, precomputed once per simulation: each corridor's
 * centre line in local metres, its signalized intersections by chainage, two travel directions, and
 * the segments between consecutive signals (`high-st-nb-03`). Positions along a direction are
 * measured by `s`, metres from the start of that direction.
 */
import type { City, Corridor, SignalPlan } from '../city/schemas';
import { type Polyline, type Projection, pieceBearingDeg, pointAt, polylineOf, project, projectionAt, toLngLat, toXY } from '../common/geo';
import type { Direction } from './schemas';

export interface IntersectionGeom {
  index: number;
  id: string;
  name: string;
  corridorIndex: number;
  /** Chainage along the corridor's forward path, m. */
  chainage: number;
  /** The plan from city.json. */
  plan: SignalPlan;
}

export interface DirectionGeom {
  index: number;
  corridorIndex: number;
  direction: Direction;
  /** True for the path's own order (south → north or west → east). */
  forward: boolean;
  /** True when this direction heads toward the city centre (peak direction in the morning). */
  inbound: boolean;
  length: number;
  /** Intersection indices in travel order and their stop-bar positions `s`, m. */
  intersections: number[];
  stopS: Float64Array;
  /** Segment indices in travel order (one more than intersections). */
  segments: number[];
}

export interface SegmentGeom {
  index: number;
  id: string;
  corridorIndex: number;
  directionIndex: number;
  direction: Direction;
  /** Position in the direction's travel order. */
  k: number;
  startS: number;
  endS: number;
  lengthM: number;
  fromIntersection: number;
  toIntersection: number;
  speedLimitMps: number;
  lanes: number;
  /** Midpoint in local metres, for distance weights. */
  midX: number;
  midY: number;
}

export interface CorridorGeom {
  index: number;
  corridor: Corridor;
  line: Polyline;
  speedLimitMps: number;
  truckShare: number;
  directions: [number, number];
}

export interface Network {
  projection: Projection;
  corridors: CorridorGeom[];
  directions: DirectionGeom[];
  segments: SegmentGeom[];
  intersections: IntersectionGeom[];
  segmentById: Map<string, number>;
  intersectionById: Map<string, number>;
}

function directionsOf(line: Polyline): [Direction, Direction] {
  const n = line.xs.length - 1;
  const dx = (line.xs[n] as number) - (line.xs[0] as number);
  const dy = (line.ys[n] as number) - (line.ys[0] as number);
  if (Math.abs(dy) >= Math.abs(dx)) return dy >= 0 ? ['nb', 'sb'] : ['sb', 'nb'];
  return dx >= 0 ? ['eb', 'wb'] : ['wb', 'eb'];
}

/** Length of the approach added where a signal sits at a corridor end, m. */
export const APPROACH_M = 200;

/**
 * The corridor centre line, extended straight by `APPROACH_M` at an end where a signalized
 * intersection sits (within 30 m of it), so that every signal has an approach segment to queue on.
 */
function withApproaches(projection: Projection, corridor: Corridor): Polyline {
  const line = polylineOf(projection, corridor.path);
  const chainages = corridor.intersections.map((ix) => {
    const [x, y] = toXY(projection, ix.location);
    return project(line, x, y).chainage;
  });
  const n = line.xs.length;
  const extend = (from: number, to: number) => {
    const dx = (line.xs[to] as number) - (line.xs[from] as number);
    const dy = (line.ys[to] as number) - (line.ys[from] as number);
    const len = Math.hypot(dx, dy) || 1;
    return toLngLat(projection, (line.xs[to] as number) + (dx / len) * APPROACH_M, (line.ys[to] as number) + (dy / len) * APPROACH_M);
  };
  const path = [...corridor.path];
  if (Math.min(...chainages) < 30) path.unshift(extend(1, 0));
  if (Math.max(...chainages) > line.length - 30) path.push(extend(n - 2, n - 1));
  return path.length === corridor.path.length ? line : polylineOf(projection, path);
}

/** Builds the network of a city. Intersections are placed by projecting them onto their corridor path. */
export function buildNetwork(city: City): Network {
  const projection = projectionAt(city.center);
  const corridors: CorridorGeom[] = [];
  const directions: DirectionGeom[] = [];
  const segments: SegmentGeom[] = [];
  const intersections: IntersectionGeom[] = [];
  const xy = [0, 0];

  city.corridors.forEach((corridor, corridorIndex) => {
    const line = withApproaches(projection, corridor);
    const limit = corridor.speedLimitKph / 3.6;
    const own = corridor.intersections
      .map((ix) => {
        const [x, y] = toXY(projection, ix.location);
        return { ix, chainage: project(line, x, y).chainage };
      })
      .sort((a, b) => a.chainage - b.chainage);
    const firstIntersection = intersections.length;
    for (const { ix, chainage } of own) {
      intersections.push({ index: intersections.length, id: ix.id, name: ix.name, corridorIndex, chainage, plan: ix.signal });
    }
    const ids = own.map((_, i) => firstIntersection + i);
    const [forwardName, reverseName] = directionsOf(line);
    const [cx, cy] = [0, 0]; // city centre is the projection origin
    const startDist = Math.hypot((line.xs[0] as number) - cx, (line.ys[0] as number) - cy);
    const endDist = Math.hypot((line.xs[line.xs.length - 1] as number) - cx, (line.ys[line.ys.length - 1] as number) - cy);
    const dirIndices: [number, number] = [directions.length, directions.length + 1];

    for (const forward of [true, false]) {
      const order = forward ? ids : [...ids].reverse();
      const sOf = (chainage: number) => (forward ? chainage : line.length - chainage);
      const dir: DirectionGeom = {
        index: directions.length,
        corridorIndex,
        direction: forward ? forwardName : reverseName,
        forward,
        inbound: forward ? endDist < startDist : startDist < endDist,
        length: line.length,
        intersections: order,
        stopS: Float64Array.from(order, (i) => sOf((intersections[i] as IntersectionGeom).chainage)),
        segments: [],
      };
      const bounds = [0, ...Array.from(dir.stopS), line.length];
      for (let k = 0; k < bounds.length - 1; k++) {
        const startS = bounds[k] as number;
        const endS = bounds[k + 1] as number;
        const midChainage = forward ? (startS + endS) / 2 : line.length - (startS + endS) / 2;
        pointAt(line, midChainage, xy);
        const seg: SegmentGeom = {
          index: segments.length,
          id: `${corridor.id}-${dir.direction}-${String(k).padStart(2, '0')}`,
          corridorIndex,
          directionIndex: dir.index,
          direction: dir.direction,
          k,
          startS,
          endS,
          lengthM: Math.max(1, endS - startS),
          fromIntersection: k === 0 ? -1 : (order[k - 1] as number),
          toIntersection: k < order.length ? (order[k] as number) : -1,
          speedLimitMps: limit,
          lanes: corridor.lanesPerDirection,
          midX: xy[0] as number,
          midY: xy[1] as number,
        };
        segments.push(seg);
        dir.segments.push(seg.index);
      }
      directions.push(dir);
    }
    corridors.push({
      index: corridorIndex,
      corridor,
      line,
      speedLimitMps: limit,
      truckShare: corridor.role === 'freight' ? 0.14 : 0.04,
      directions: dirIndices,
    });
  });

  return {
    projection,
    corridors,
    directions,
    segments,
    intersections,
    segmentById: new Map(segments.map((s) => [s.id, s.index])),
    intersectionById: new Map(intersections.map((i) => [i.id, i.index])),
  };
}

/** Segment index of position `s` along a direction. */
export function segmentAtS(dir: DirectionGeom, s: number): number {
  return dir.segments[legAtS(dir, s)] as number;
}

/** The leg (a direction's `k`-th segment) of position `s`: every leg before it ends at or before `s`. */
export function legAtS(dir: DirectionGeom, s: number): number {
  let k = 0;
  while (k < dir.stopS.length && s >= (dir.stopS[k] as number)) k++;
  return k;
}

/** Planar position and heading of position `s` along a direction, written to `out` as [x, y, headingDeg]. */
export function placeOnDirection(network: Network, dir: DirectionGeom, s: number, out: Float64Array | number[]): void {
  const corridor = network.corridors[dir.corridorIndex] as CorridorGeom;
  const chainage = dir.forward ? s : corridor.line.length - s;
  const piece = pointAt(corridor.line, chainage, out);
  const bearing = pieceBearingDeg(corridor.line, piece);
  out[2] = dir.forward ? bearing : (bearing + 180) % 360;
}
