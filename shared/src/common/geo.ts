/**
 * Small planar geometry for a city: an equirectangular projection around the city centre (metres,
 * x east, y north) that is accurate to well under 0.1% across a city, plus polyline helpers.
 */
import type { LngLat } from './schemas';

const METRES_PER_DEG_LAT = 110_540;
const METRES_PER_DEG_LNG_EQUATOR = 111_320;

/** A projection between `[lng, lat]` and local metres around an origin. */
export interface Projection {
  origin: LngLat;
  metresPerDegLng: number;
  metresPerDegLat: number;
}

export function projectionAt(origin: LngLat): Projection {
  return {
    origin,
    metresPerDegLng: METRES_PER_DEG_LNG_EQUATOR * Math.cos((origin[1] * Math.PI) / 180),
    metresPerDegLat: METRES_PER_DEG_LAT,
  };
}

export function toXY(p: Projection, point: LngLat): [number, number] {
  return [(point[0] - p.origin[0]) * p.metresPerDegLng, (point[1] - p.origin[1]) * p.metresPerDegLat];
}

export function toLngLat(p: Projection, x: number, y: number): LngLat {
  return [p.origin[0] + x / p.metresPerDegLng, p.origin[1] + y / p.metresPerDegLat];
}

/** Compass bearing of the vector (dx, dy), degrees clockwise from north in [0, 360). */
export function bearingDeg(dx: number, dy: number): number {
  const deg = (Math.atan2(dx, dy) * 180) / Math.PI;
  return deg < 0 ? deg + 360 : deg;
}

/** A polyline in local metres with cumulative length at each vertex. */
export interface Polyline {
  xs: Float64Array;
  ys: Float64Array;
  /** Distance along the line at each vertex, m (cum[0] = 0). */
  cum: Float64Array;
  length: number;
  /** Bearing of each piece (vertex i → i + 1), degrees. */
  bearings: Float64Array;
}

export function polylineOf(p: Projection, path: readonly LngLat[]): Polyline {
  const n = path.length;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  const cum = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const [x, y] = toXY(p, path[i] as LngLat);
    xs[i] = x;
    ys[i] = y;
    if (i > 0) cum[i] = (cum[i - 1] as number) + Math.hypot(x - (xs[i - 1] as number), y - (ys[i - 1] as number));
  }
  const bearings = new Float64Array(Math.max(0, n - 1));
  for (let i = 0; i < n - 1; i++)
    bearings[i] = bearingDeg((xs[i + 1] as number) - (xs[i] as number), (ys[i + 1] as number) - (ys[i] as number));
  return { xs, ys, cum, length: cum[n - 1] as number, bearings };
}

/** Index of the polyline piece that holds chainage `c` (binary search). */
export function pieceAt(line: Polyline, c: number): number {
  let lo = 0;
  let hi = line.cum.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((line.cum[mid] as number) <= c) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Point at chainage `c` (clamped to the line), written to `out` as [x, y]; returns the piece index. */
export function pointAt(line: Polyline, c: number, out: Float64Array | number[]): number {
  const clamped = c < 0 ? 0 : Math.min(c, line.length);
  const i = pieceAt(line, clamped);
  const c0 = line.cum[i] as number;
  const span = (line.cum[i + 1] as number) - c0 || 1;
  const f = (clamped - c0) / span;
  const x0 = line.xs[i] as number;
  const y0 = line.ys[i] as number;
  out[0] = x0 + ((line.xs[i + 1] as number) - x0) * f;
  out[1] = y0 + ((line.ys[i + 1] as number) - y0) * f;
  return i;
}

/** Bearing of polyline piece `i` in the forward direction, degrees. */
export function pieceBearingDeg(line: Polyline, i: number): number {
  return line.bearings[i] as number;
}

/** Nearest point on the polyline to (x, y): its chainage and distance. */
export function project(line: Polyline, x: number, y: number): { chainage: number; distance: number } {
  let best = { chainage: 0, distance: Number.POSITIVE_INFINITY };
  for (let i = 0; i < line.xs.length - 1; i++) {
    const ax = line.xs[i] as number;
    const ay = line.ys[i] as number;
    const dx = (line.xs[i + 1] as number) - ax;
    const dy = (line.ys[i + 1] as number) - ay;
    const len2 = dx * dx + dy * dy || 1;
    const f = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len2));
    const px = ax + dx * f;
    const py = ay + dy * f;
    const distance = Math.hypot(x - px, y - py);
    if (distance < best.distance) best = { chainage: (line.cum[i] as number) + f * Math.sqrt(len2), distance };
  }
  return best;
}

/** The sub-line between two chainages as `[lng, lat]` points (reversed when `from > to`). */
export function subPath(p: Projection, line: Polyline, from: number, to: number): LngLat[] {
  const lo = Math.min(from, to);
  const hi = Math.max(from, to);
  const xy = [0, 0];
  pointAt(line, lo, xy);
  const points: LngLat[] = [toLngLat(p, xy[0] as number, xy[1] as number)];
  for (let i = 0; i < line.cum.length; i++) {
    const c = line.cum[i] as number;
    if (c > lo && c < hi) points.push(toLngLat(p, line.xs[i] as number, line.ys[i] as number));
  }
  pointAt(line, hi, xy);
  points.push(toLngLat(p, xy[0] as number, xy[1] as number));
  return from > to ? points.reverse() : points;
}
