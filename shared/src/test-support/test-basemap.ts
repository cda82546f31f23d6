/** A one-river basemap for the test city: enough for the basemap schema and the map style. */
import type { Basemap } from '../city/basemap-schemas';

export const testBasemap: Basemap = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { kind: 'river', name: 'Test River' },
      geometry: {
        type: 'LineString',
        coordinates: [
          [-83.04, 40.08],
          [-83.03, 39.92],
        ],
      },
    },
  ],
};
