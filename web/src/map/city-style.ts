/**
 * The full map style for a city: the schematic basemap with the city's sensor inventory on top
 * (corridors, signalized intersections, air stations). Pure, so it is unit-tested and memoized.
 */
import type { Basemap } from '@sandbox/shared/city/basemap-schemas';
import type { City } from '@sandbox/shared/city/schemas';
import type { StyleSpecification } from 'maplibre-gl';
import type { MapEngine } from '../config/env';
import type { Language } from '../i18n/i18n';
import { basemapStyle, labelFont, labelText } from './basemap-style';
import { corridorFeatures, intersectionFeatures, stationFeatures } from './city-overlays';
import { corridorKeepoutFeatures } from './corridor-keepout';
import { dataSources, lowerDataLayers, upperDataLayers } from './data-layers';
import {
  corridorCasingLayer,
  corridorKeepoutLayer,
  corridorLabelLayer,
  corridorLayer,
  intersectionLayer,
  stationKeepoutLayer,
  stationLabelLayer,
  stationLayer,
} from './layers';

/** Layers that respond to the pointer (hover card, clicks); vehicles answer from their overlay canvas. */
export const INTERACTIVE_LAYERS = ['station', 'corridor', 'intersection', 'dyn-signal', 'dyn-event'];

export function cityStyle(city: City, basemap: Basemap, engine: MapEngine, language: Language = 'en'): StyleSpecification {
  const base = basemapStyle(basemap, engine, language);
  const font = labelFont(engine);
  const text = labelText(language);
  return {
    ...base,
    sources: {
      ...base.sources,
      corridors: { type: 'geojson', data: corridorFeatures(city) },
      intersections: { type: 'geojson', data: intersectionFeatures(city) },
      stations: { type: 'geojson', data: stationFeatures(city), promoteId: 'id' },
      'corridor-keepout': { type: 'geojson', data: corridorKeepoutFeatures(city) },
      ...dataSources(city),
    },
    layers: [
      ...base.layers,
      // Above the basemap's labels, so those are placed around them (see layers.ts).
      { ...stationKeepoutLayer(font), source: 'stations' },
      { ...corridorKeepoutLayer(font), source: 'corridor-keepout' },
      ...lowerDataLayers(city),
      { ...corridorCasingLayer, source: 'corridors' },
      { ...corridorLayer, source: 'corridors' },
      { ...corridorLabelLayer(font, text), source: 'corridors' },
      { ...intersectionLayer, source: 'intersections' },
      ...upperDataLayers,
      { ...stationLayer, source: 'stations' },
      { ...stationLabelLayer(font, text), source: 'stations' },
    ],
  };
}
