/**
 * Wildfire smoke as a plume that crosses the city. The scenario's window is when the plume's front
 * is over the city's upwind edge; the front travels with the transport wind (the surface wind at
 * the episode start, scaled to plume height), so downwind benches get the smoke later and keep it
 * longer. Across the city the plume thins: along its path (the Camp Fire readings fell by about a
 * sixth over the 70 km from San Francisco to San Jose, FACTS.md I.2: an e-folding length of about
 * 380 km) and across it (the city sits on a flank of the plume's ridge). Inside it there is
 * structure about ten kilometres across (PM2.5 is homogeneous to about 10 km, FACTS.md I.2) that
 * stays in place while the air flows through it, as the field of a steady plume does, and changes
 * over hours. So benches differ in level and in timing as smoke-day networks do.
 *
 * The shape is a product of factors in [0, 1], so smoke is never negative and never exceeds the
 * lever's intensity × `SMOKE_PEAK_UGM3` (the plume's core at full intensity).
 */

import type { City } from '../city/schemas';
import type { Projection } from '../common/geo';
import { toXY } from '../common/geo';
import { streamKey, uniform } from '../common/rng';
import { HOUR_MS } from '../common/time';
import { type EpisodeWindow, episodeWeight, W_WDIR, W_WIND, type WeatherCache } from '../weather/engine';

/** PM2.5 of the plume's core at full intensity, µg/m³ (New York City averaged 117 µg/m³ on 7 June 2023, FACTS.md I.2). */
export const SMOKE_PEAK_UGM3 = 150;
/** Wind at plume height over the 10 m wind: the neutral 1/7 power law from 10 m to about 1 km. */
const TRANSPORT_OVER_SURFACE = 1.93;
/** Along-plume thinning length, m (Camp Fire, Bay Area: 162 → 135 µg/m³ over about 70 km). */
const THINNING_M = 380_000;
/** Size and life of the plume's structure: lattice spacing, m, and the time over which it changes, ms [assumption]. */
const TEXTURE_M = 12_000;
const TEXTURE_MS = 8 * HOUR_MS;
/** How far the thin parts of the structure fall below the core (share of the plume). */
const TEXTURE_DEPTH = 0.5;
/**
 * Across its path the plume is a ridge, Gaussian with a standard deviation of `PLUME_WIDTH_M`. Its
 * crest passes `CREST_MIN_M` to `CREST_MAX_M` to one side of the city centre (seeded): a city sits
 * on a flank, so the smoke thins across it [assumption: no intra-city smoke gradient was found; the
 * Bay Area's four cities under the Camp Fire plume spanned 20 AQI points, FACTS.md I.2].
 */
const PLUME_WIDTH_M = 45_000;
const CREST_MIN_M = 15_000;
const CREST_MAX_M = 35_000;

/** The plume's frame for one scenario: which way it travels, how fast, and where the city begins. */
export interface PlumeFrame {
  episode: EpisodeWindow;
  /** Unit vector the plume travels toward (x east, y north). */
  ux: number;
  uy: number;
  speedMps: number;
  /** Along-plume coordinate of the city's upwind edge, m. */
  edgeM: number;
  /** Across-plume coordinate of the plume's crest (x·uy − y·ux), m. */
  crestM: number;
  key: number;
}

/** The plume frame of a scenario's smoke episode, or `null` without one. */
export function plumeFrame(
  city: Pick<City, 'bounds'>,
  projection: Projection,
  weather: WeatherCache,
  episode: EpisodeWindow | undefined,
  seed: number,
): PlumeFrame | null {
  if (!episode || episode.magnitude <= 0) return null;
  const hour = Math.floor(episode.fromMs / HOUR_MS);
  const towardRad = (((weather.hourField(hour, W_WDIR) + 180) % 360) * Math.PI) / 180;
  const ux = Math.sin(towardRad);
  const uy = Math.cos(towardRad);
  const speedMps = Math.min(12, Math.max(3, TRANSPORT_OVER_SURFACE * weather.hourField(hour, W_WIND)));
  const [[west, south], [east, north]] = city.bounds;
  const corners = [
    [west, south],
    [west, north],
    [east, south],
    [east, north],
  ] as const;
  const edgeM = Math.min(
    ...corners.map(([lng, lat]) => {
      const [x, y] = toXY(projection, [lng, lat]);
      return x * ux + y * uy;
    }),
  );
  const key = streamKey(seed, 'air-smoke-plume');
  const side = uniform(key, -2) < 0.5 ? -1 : 1;
  const crestM = side * (CREST_MIN_M + (CREST_MAX_M - CREST_MIN_M) * uniform(key, -1));
  return { episode, ux, uy, speedMps, edgeM, crestM, key };
}

/** Smooth 3-D value noise in [-1, 1] on a unit lattice (quintic fade), from one key. */
export function valueNoise3(key: number, x: number, y: number, z: number): number {
  const ix = Math.floor(x);
  const iy = Math.floor(y);
  const iz = Math.floor(z);
  const fade = (f: number) => f * f * f * (f * (f * 6 - 15) + 10);
  const fx = fade(x - ix);
  const fy = fade(y - iy);
  const fz = fade(z - iz);
  // One lattice value per corner: a hash of the three integer coordinates (wrapped to 20 bits each).
  const at = (dx: number, dy: number, dz: number) =>
    uniform(key, (((ix + dx) & 0xfffff) * 1_048_576 + ((iy + dy) & 0xfffff)) * 4096 + ((iz + dz) & 0xfff)) * 2 - 1;
  const lerp = (a: number, b: number, f: number) => a + (b - a) * f;
  const plane = (dz: number) => lerp(lerp(at(0, 0, dz), at(1, 0, dz), fx), lerp(at(0, 1, dz), at(1, 1, dz), fx), fy);
  return lerp(plane(0), plane(1), fz);
}

/**
 * The plume's share of its peak at local metres `(x, y)` and `utcMs`, in [0, 1]: the episode's ramp
 * delayed by the travel time from the upwind edge, the thinning along the way, the ridge across
 * the plume and the structure inside it. Pure: the same place and time give the same value, whatever window asks.
 */
export function plumeShape(frame: PlumeFrame, x: number, y: number, utcMs: number): number {
  const alongM = Math.max(0, x * frame.ux + y * frame.uy - frame.edgeM);
  const delayMs = (alongM / frame.speedMps) * 1000;
  const ramp = episodeWeight(frame.episode, utcMs - delayMs);
  if (ramp <= 0) return 0;
  const n = valueNoise3(frame.key, x / TEXTURE_M, y / TEXTURE_M, (utcMs - frame.episode.fromMs) / TEXTURE_MS);
  const structure = 1 - (TEXTURE_DEPTH * (1 - n)) / 2;
  const acrossM = x * frame.uy - y * frame.ux - frame.crestM;
  const ridge = Math.exp(-(acrossM * acrossM) / (2 * PLUME_WIDTH_M * PLUME_WIDTH_M));
  return ramp * Math.exp(-alongM / THINNING_M) * ridge * structure;
}

/** Smoke PM2.5 at local metres `(x, y)` and `utcMs`, µg/m³: in [0, intensity × `SMOKE_PEAK_UGM3`]. */
export function smokeUgM3(frame: PlumeFrame | null, x: number, y: number, utcMs: number): number {
  return frame ? frame.episode.magnitude * SMOKE_PEAK_UGM3 * plumeShape(frame, x, y, utcMs) : 0;
}
