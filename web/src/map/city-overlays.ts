/** Shapes the city inventory into GeoJSON for the map's data layers (pure, tested). */
import type { Basemap } from '@sandbox/shared/city/basemap-schemas';
import type { City } from '@sandbox/shared/city/schemas';
import type { FeatureCollection, Geometry, LineString, Point } from 'geojson';

export interface StationProps {
  id: string;
  name: string;
  nameKo?: string;
  siteType: City['stations'][number]['siteType'];
}
export interface CorridorProps {
  id: string;
  name: string;
  nameKo?: string;
  role: City['corridors'][number]['role'];
}
export interface IntersectionProps {
  id: string;
  name: string;
  nameKo?: string;
  corridorId: string;
}

/** Korean names travel with the features so labels can switch language without new data. */
const ko = (nameKo: string | undefined) => (nameKo ? { nameKo } : {});

/** Every Korean label text of a city and its basemap: the characters the map font must have. */
export function koreanLabelText(city: City, basemap: Basemap): string {
  const names = [
    ...city.districts.map((d) => d.nameKo),
    ...city.stations.map((s) => s.nameKo),
    ...city.corridors.map((c) => c.nameKo),
    ...basemap.features.map((f) => f.properties.nameKo),
  ];
  return [...new Set(names.join(''))].join('');
}

type Named = { id: string; name: string; nameKo?: string | undefined };

/** One feature per named thing: its id, names (Korean where it has one), what else the map styles it by, its geometry. */
function namedFeatures<T extends Named, G extends Geometry, P>(
  items: readonly T[],
  geometry: (item: T) => G,
  more: (item: T) => P,
): FeatureCollection<G, { id: string; name: string; nameKo?: string } & P> {
  return {
    type: 'FeatureCollection',
    features: items.map((item) => ({
      type: 'Feature',
      id: item.id,
      properties: { id: item.id, name: item.name, ...ko(item.nameKo), ...more(item) },
      geometry: geometry(item),
    })),
  };
}

export function stationFeatures(city: City): FeatureCollection<Point, StationProps> {
  return namedFeatures(
    city.stations,
    (station): Point => ({ type: 'Point', coordinates: station.location }),
    (station) => ({ siteType: station.siteType }),
  );
}

export function corridorFeatures(city: City): FeatureCollection<LineString, CorridorProps> {
  return namedFeatures(
    city.corridors,
    (corridor): LineString => ({ type: 'LineString', coordinates: corridor.path }),
    (corridor) => ({ role: corridor.role }),
  );
}

export function intersectionFeatures(city: City): FeatureCollection<Point, IntersectionProps> {
  const intersections = city.corridors.flatMap((corridor) => corridor.intersections.map((i) => ({ ...i, corridorId: corridor.id })));
  return namedFeatures(
    intersections,
    (intersection): Point => ({ type: 'Point', coordinates: intersection.location }),
    (intersection) => ({ corridorId: intersection.corridorId }),
  );
}

/** Counts shown in the map legend. */
export function inventoryCounts(city: City) {
  return {
    stations: city.stations.length,
    corridors: city.corridors.length,
    intersections: city.corridors.reduce((sum, corridor) => sum + corridor.intersections.length, 0),
    districts: city.districts.length,
  };
}
