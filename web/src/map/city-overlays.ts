/** Shapes the city inventory into GeoJSON for the map's data layers (pure, tested). */
import type { City } from '@sandbox/shared/schemas/city';
import type { FeatureCollection, LineString, Point } from 'geojson';

export interface StationProps {
  id: string;
  name: string;
  siteType: City['stations'][number]['siteType'];
}
export interface CorridorProps {
  id: string;
  name: string;
  role: City['corridors'][number]['role'];
}
export interface IntersectionProps {
  id: string;
  name: string;
  corridorId: string;
}

export function stationFeatures(city: City): FeatureCollection<Point, StationProps> {
  return {
    type: 'FeatureCollection',
    features: city.stations.map((station) => ({
      type: 'Feature',
      id: station.id,
      properties: { id: station.id, name: station.name, siteType: station.siteType },
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
      properties: { id: corridor.id, name: corridor.name, role: corridor.role },
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
        properties: { id: intersection.id, name: intersection.name, corridorId: corridor.id },
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
    intersections: city.corridors.reduce((sum, corridor) => sum + corridor.intersections.length, 0),
    districts: city.districts.length,
  };
}
