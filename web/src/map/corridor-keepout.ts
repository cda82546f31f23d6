/**
 * Points along every corridor for the corridor keep-out (layers.ts). A line-placed symbol would
 * be simpler, but MapLibre spaces line symbols by their own length and tile scale, leaving gaps
 * wide enough for a district or creek name to sit on the corridor; points sampled closer than a
 * keep-out is wide at the largest zoom leave none.
 */
import type { City } from '@sandbox/shared/city/schemas';
import { pointAt, polylineOf, projectionAt, toLngLat } from '@sandbox/shared/common/geo';
import type { FeatureCollection, Point } from 'geojson';

/** Sample spacing, m: about 16 px at zoom 14 in mid latitudes, under the keep-out's size there. */
export const KEEPOUT_STEP_M = 60;

export function corridorKeepoutFeatures(city: City, stepM = KEEPOUT_STEP_M): FeatureCollection<Point> {
  const features: FeatureCollection<Point>['features'] = [];
  const xy = [0, 0];
  for (const corridor of city.corridors) {
    const projection = projectionAt(corridor.path[0] ?? city.center);
    const line = polylineOf(projection, corridor.path);
    const count = Math.max(1, Math.ceil(line.length / stepM));
    // Both ends and evenly spaced points between them, no wider apart than the step.
    for (let i = 0; i <= count; i += 1) {
      pointAt(line, (line.length * i) / count, xy);
      features.push({
        type: 'Feature',
        properties: { corridorId: corridor.id },
        geometry: { type: 'Point', coordinates: toLngLat(projection, xy[0] ?? 0, xy[1] ?? 0) },
      });
    }
  }
  return { type: 'FeatureCollection', features };
}
