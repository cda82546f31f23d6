import { testCity } from '@sandbox/shared/sim/fixtures/test-city';
import { describe, expect, it } from 'vitest';
import { inventoryCounts, stationFeatures } from './city-overlays';
import { cityStyle, INTERACTIVE_LAYERS } from './city-style';

const basemap = { type: 'FeatureCollection' as const, features: [] };

describe('cityStyle', () => {
  it('adds corridors, intersections and stations above the basemap', () => {
    const style = cityStyle(testCity, basemap, 'maplibre');
    const ids = style.layers.map((layer) => layer.id);
    expect(ids.indexOf('station')).toBeGreaterThan(ids.indexOf('corridor'));
    expect(ids.indexOf('corridor')).toBeGreaterThan(ids.indexOf('interstate'));
    for (const id of INTERACTIVE_LAYERS) expect(ids).toContain(id);
  });

  it('shapes one point per station with its site type', () => {
    const features = stationFeatures(testCity).features;
    expect(features.map((f) => f.properties.siteType)).toEqual(['park', 'roadside', 'school']);
    expect(features[0]?.geometry.coordinates).toEqual(testCity.stations[0]?.location);
  });

  it('counts the inventory for the legend', () => {
    expect(inventoryCounts(testCity)).toEqual({ stations: 3, corridors: 2, intersections: 3, districts: 2 });
  });
});
