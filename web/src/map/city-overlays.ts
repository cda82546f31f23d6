/** Shapes the city inventory into GeoJSON for the map's data layers (pure, tested). */
import type { Basemap } from '@sandbox/shared/city/basemap-schemas';
import type { City } from '@sandbox/shared/city/schemas';
import { signalizedJunctionCount } from '@sandbox/shared/mobility/junctions';
import type { FeatureCollection, LineString, Point } from 'geojson';

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

export function stationFeatures(city: City): FeatureCollection<Point, StationProps> {
  return {
    type: 'FeatureCollection',
    features: city.stations.map((station) => ({
      type: 'Feature',
      id: station.id,
      properties: { id: station.id, name: station.name, ...ko(station.nameKo), siteType: station.siteType },
      geometry: { type: 'Point', coordinates: station.location },
    })),
  };
}

export function corridorFeatures(city: City): FeatureCollection<LineString, CorridorProps> {
  return {
    type: 'FeatureCollection',
    features: city.corridors.map((corridor) => ({
      type: 'Feature',
      id: corridor.id,
      properties: { id: corridor.id, name: corridor.name, ...ko(corridor.nameKo), role: corridor.role },
      geometry: { type: 'LineString', coordinates: corridor.path },
    })),
  };
}

export function intersectionFeatures(city: City): FeatureCollection<Point, IntersectionProps> {
  return {
    type: 'FeatureCollection',
    features: city.corridors.flatMap((corridor) =>
      corridor.intersections.map((intersection) => ({
        type: 'Feature' as const,
        id: intersection.id,
        properties: { id: intersection.id, name: intersection.name, ...ko(intersection.nameKo), corridorId: corridor.id },
        geometry: { type: 'Point' as const, coordinates: intersection.location },
      })),
    ),
  };
}

/** Counts shown in the map legend. */
export function inventoryCounts(city: City) {
  return {
    stations: city.stations.length,
    corridors: city.corridors.length,
    intersections: signalizedJunctionCount(city.corridors),
    districts: city.districts.length,
  };
}
