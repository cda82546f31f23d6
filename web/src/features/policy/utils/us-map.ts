/**
 * The finalists map is plain SVG: an Albers equal-area conic projection (the USGS parameters for the
 * contiguous US: standard parallels 29.5° and 45.5°, origin 37.5° N 96° W), fitted to a viewBox.
 * Pure functions, so the geometry is tested without a browser.
 * Formulas: Snyder, Map Projections — A Working Manual (USGS PP 1395, 1987), p. 98–100.
 */

import type { UsOutline } from '@sandbox/shared/common/geo-schemas';
import type { LngLat } from '@sandbox/shared/common/schemas';

const RAD = Math.PI / 180;
const PHI1 = 29.5 * RAD;
const PHI2 = 45.5 * RAD;
const PHI0 = 37.5 * RAD;
const LAMBDA0 = -96 * RAD;
const N = (Math.sin(PHI1) + Math.sin(PHI2)) / 2;
const C = Math.cos(PHI1) ** 2 + 2 * N * Math.sin(PHI1);
const RHO0 = Math.sqrt(C - 2 * N * Math.sin(PHI0)) / N;

/** Projected position on a unit sphere, y pointing up. */
export function albers([lng, lat]: LngLat): [number, number] {
  const rho = Math.sqrt(C - 2 * N * Math.sin(lat * RAD)) / N;
  const theta = N * (lng * RAD - LAMBDA0);
  return [rho * Math.sin(theta), RHO0 - rho * Math.cos(theta)];
}

export interface FittedProjection {
  width: number;
  height: number;
  /** SVG coordinates (y down) of a position. */
  point: (position: LngLat) => [number, number];
}

/** Scales the projection so `outline` fills `width` with `padding` around it; the height follows. */
export function fitProjection(outline: UsOutline, width: number, padding: number): FittedProjection {
  let minX = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (const line of outlineLines(outline)) {
    for (const position of line) {
      const [x, y] = albers(position);
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
    }
  }
  const scale = (width - 2 * padding) / (maxX - minX);
  const height = Math.round((maxY - minY) * scale + 2 * padding);
  return {
    width,
    height,
    point: (position) => {
      const [x, y] = albers(position);
      return [round((x - minX) * scale + padding), round((maxY - y) * scale + padding)];
    },
  };
}

const round = (n: number) => Math.round(n * 10) / 10;

function outlineLines(outline: UsOutline): LngLat[][] {
  return outline.features.flatMap((feature) =>
    feature.geometry.type === 'MultiPolygon' ? feature.geometry.coordinates.flat(1) : feature.geometry.coordinates,
  );
}

/** An SVG path for the outline features of one kind (`nation` closes its rings, borders stay open). */
export function outlinePath(outline: UsOutline, kind: 'nation' | 'state-border', projection: FittedProjection): string {
  return outline.features
    .filter((feature) => feature.properties.kind === kind)
    .flatMap((feature) =>
      feature.geometry.type === 'MultiPolygon'
        ? feature.geometry.coordinates.flat(1).map((ring) => `${linePath(ring, projection)}Z`)
        : feature.geometry.coordinates.map((line) => linePath(line, projection)),
    )
    .join('');
}

function linePath(line: LngLat[], projection: FittedProjection): string {
  return line.map((position, index) => `${index === 0 ? 'M' : 'L'}${projection.point(position).join(',')}`).join('');
}
