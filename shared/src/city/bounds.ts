/**
 * The one rule for "inside the city's box", used by the importer (on its input files) and by
 * `CitySchema` (on a city.json the server loads, maybe edited by hand): a feature outside the box
 * falls off the map the web app keeps to, so both refuse it with the same words.
 */
import type { Bounds, LngLat } from '../common/schemas';

export function insideBounds([[west, south], [east, north]]: Bounds, [lng, lat]: LngLat): boolean {
  return lng >= west && lng <= east && lat >= south && lat <= north;
}

/** The problem's wording; `boundsField` names where the box was set (settings.json or city.json). */
export function outsideBoundsMessage(position: LngLat, bounds: Bounds, boundsField: string): string {
  return `[${position.join(', ')}] lies outside the city bounds ${JSON.stringify(bounds)} (${boundsField})`;
}

type PathKey = string | number;

interface PlacedCity {
  bounds: Bounds;
  center: LngLat;
  stations: ReadonlyArray<{ location: LngLat }>;
  corridors: ReadonlyArray<{ path: readonly LngLat[]; intersections: ReadonlyArray<{ location: LngLat }> }>;
  roads: ReadonlyArray<{ path: readonly LngLat[] }>;
}

/** Every position of a city that its bounds must hold, with its field path in the city file. */
export function* placedPositions(city: PlacedCity): Generator<{ path: PathKey[]; position: LngLat }> {
  yield { path: ['center'], position: city.center };
  for (const [s, station] of city.stations.entries()) yield { path: ['stations', s, 'location'], position: station.location };
  for (const [c, corridor] of city.corridors.entries()) {
    for (const [k, position] of corridor.path.entries()) yield { path: ['corridors', c, 'path', k], position };
    for (const [i, intersection] of corridor.intersections.entries()) {
      yield { path: ['corridors', c, 'intersections', i, 'location'], position: intersection.location };
    }
  }
  for (const [r, road] of city.roads.entries()) {
    for (const [k, position] of road.path.entries()) yield { path: ['roads', r, 'path', k], position };
  }
}
