/** Boxes a map can fit: around some points, or around where a city's data is drawn. */
import type { City } from '@sandbox/shared/city/schemas';
import type { LngLat } from '@sandbox/shared/common/schemas';

export function boundsOf(points: readonly LngLat[], marginDeg: number): City['bounds'] | null {
  if (points.length === 0) return null;
  const lngs = points.map(([lng]) => lng);
  const lats = points.map(([, lat]) => lat);
  return [
    [Math.min(...lngs) - marginDeg, Math.min(...lats) - marginDeg],
    [Math.max(...lngs) + marginDeg, Math.max(...lats) + marginDeg],
  ];
}

/**
 * The districts, stations and corridors with a margin: tighter than the city's bounds (which hold the
 * whole basemap), so a small map (one of the Lab's pair) spends its pixels on what is coloured.
 */
export function dataBounds(city: City, marginDeg: number): City['bounds'] {
  const points = [
    ...city.districts.flatMap((d) => d.polygon),
    ...city.stations.map((s) => s.location),
    ...city.corridors.flatMap((c) => c.path),
  ];
  return boundsOf(points, marginDeg) ?? city.bounds;
}
