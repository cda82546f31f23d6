import { testCity } from '@sandbox/shared/test-support/test-city';
import { describe, expect, it } from 'vitest';
import { inventoryCounts, koreanLabelText, stationFeatures } from './city-overlays';
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

  it('carries Korean names on the features and switches station and corridor labels to them', () => {
    const city = { ...testCity, stations: testCity.stations.map((s, i) => (i === 0 ? { ...s, nameKo: '린든 공원 벤치' } : s)) };
    expect(stationFeatures(city).features[0]?.properties.nameKo).toBe('린든 공원 벤치');
    expect(stationFeatures(city).features[1]?.properties).not.toHaveProperty('nameKo');
    const style = cityStyle(city, basemap, 'maplibre', 'ko');
    const label = style.layers.find((l) => l.id === 'station-label');
    expect(label?.type === 'symbol' ? label.layout?.['text-field'] : null).toEqual(['coalesce', ['get', 'nameKo'], ['get', 'name']]);
  });

  it('keeps basemap labels off stations and corridors with keep-outs placed before them and never drawn', () => {
    const style = cityStyle(testCity, basemap, 'maplibre');
    const ids = style.layers.map((layer) => layer.id);
    const basemapLabels = style.layers.filter(
      (l) => l.type === 'symbol' && l.id.endsWith('-label') && ids.indexOf(l.id) < ids.indexOf('corridor'),
    );
    expect(basemapLabels.length).toBeGreaterThan(0);
    for (const id of ['station-keepout', 'corridor-keepout']) {
      const layer = style.layers.find((l) => l.id === id);
      // Symbols higher in the style are placed first, so the basemap's labels give way to them.
      for (const label of basemapLabels) expect(ids.indexOf(id), label.id).toBeGreaterThan(ids.indexOf(label.id));
      expect(layer?.type === 'symbol' ? layer.paint?.['text-opacity'] : null).toBe(0);
      expect(layer?.type === 'symbol' ? layer.layout?.['text-allow-overlap'] : null).toBe(true);
    }
  });

  it('lists each Hangul character of the labels once, for loading the font subsets', () => {
    const city = { ...testCity, districts: testCity.districts.map((d) => ({ ...d, nameKo: '린든 린든' })) };
    expect(koreanLabelText(city, basemap)).toBe('린든 ');
  });

  it('counts the inventory for the legend', () => {
    expect(inventoryCounts(testCity)).toEqual({ stations: 3, corridors: 2, intersections: 3, districts: 2 });
  });
});
