import type { Basemap } from './basemap-schemas';
import type { City } from './schemas';

/** District outlines live once, in city.json; the served basemap includes them as `district` features. */
export function basemapWithDistricts(city: City, basemap: Basemap): Basemap {
  const districts = city.districts.map((district) => ({
    type: 'Feature' as const,
    properties: { kind: 'district' as const, name: district.name, ...(district.nameKo ? { nameKo: district.nameKo } : {}) },
    geometry: { type: 'Polygon' as const, coordinates: [district.polygon] },
  }));
  return { type: 'FeatureCollection', features: [...districts, ...basemap.features] };
}
