/**
 * Where the Mobility map looks: the chosen corridor, or the chosen intersection up close, leaving
 * room on the left for the legend drawn over the map. A new choice flies the map there.
 */
import type { City } from '@sandbox/shared/city/schemas';
import { boundsOf } from '../../../map/bounds';
import type { MapFocus } from '../../../map/map-view-props';
import type { MobilityView } from './view-params';

/** Kept in map/ (the Lab fits its map pair with it too); said here as before. */
export { boundsOf };

/** Room for the legend (320 px wide at 12 px from the edge) on the left of the map. */
export const LEGEND_PADDING = { top: 40, right: 56, bottom: 32, left: 350 } as const;

export function mapFocus(city: City, view: Pick<MobilityView, 'corridorId' | 'intersectionId'>): MapFocus {
  const corridor = city.corridors.find((c) => c.id === view.corridorId);
  const intersection = corridor?.intersections.find((i) => i.id === view.intersectionId);
  if (intersection) {
    return {
      key: `intersection:${intersection.id}`,
      bounds: boundsOf([intersection.location], 0.004) ?? city.bounds,
      padding: LEGEND_PADDING,
      maxZoom: 15,
    };
  }
  return {
    key: `corridor:${corridor?.id ?? ''}`,
    bounds: (corridor && boundsOf(corridor.path, 0.006)) || city.bounds,
    padding: LEGEND_PADDING,
  };
}
