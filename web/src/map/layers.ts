/** Data-layer styles over the basemap, as typed constants (react-map-gl `<Layer>` props). */
import type {
  CircleLayerSpecification,
  DataDrivenPropertyValueSpecification,
  ExpressionSpecification,
  LineLayerSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl';
import { corridorColour, siteTypeColours } from './palette';

type Without<T> = Omit<T, 'source'>;

export const corridorCasingLayer: Without<LineLayerSpecification> = {
  id: 'corridor-casing',
  type: 'line',
  layout: { 'line-cap': 'round', 'line-join': 'round' },
  paint: { 'line-color': '#ffffff', 'line-width': ['interpolate', ['linear'], ['zoom'], 9, 5, 14, 14] },
};

export const corridorLayer: Without<LineLayerSpecification> = {
  id: 'corridor',
  type: 'line',
  layout: { 'line-cap': 'round', 'line-join': 'round' },
  paint: {
    'line-color': corridorColour,
    'line-width': ['interpolate', ['linear'], ['zoom'], 9, 3, 14, 9],
    'line-dasharray': ['match', ['get', 'role'], 'freight', ['literal', [2, 1]], ['literal', [1, 0]]],
  },
};

export const intersectionLayer: Without<CircleLayerSpecification> = {
  id: 'intersection',
  type: 'circle',
  paint: {
    'circle-radius': ['interpolate', ['linear'], ['zoom'], 9, 2.2, 14, 6],
    'circle-color': '#ffffff',
    'circle-stroke-color': corridorColour,
    'circle-stroke-width': ['interpolate', ['linear'], ['zoom'], 9, 1.2, 14, 2.5],
  },
};

export const stationLayer: Without<CircleLayerSpecification> = {
  id: 'station',
  type: 'circle',
  paint: {
    'circle-radius': ['interpolate', ['linear'], ['zoom'], 9, 6, 14, 12],
    // The official AQI colour once live data arrives (feature state); the site type before that.
    'circle-color': [
      'coalesce',
      ['feature-state', 'color'],
      ['match', ['get', 'siteType'], 'park', siteTypeColours.park, 'school', siteTypeColours.school, siteTypeColours.roadside],
    ],
    'circle-stroke-color': ['case', ['boolean', ['feature-state', 'selected'], false], '#1b2430', '#ffffff'],
    'circle-stroke-width': ['case', ['boolean', ['feature-state', 'selected'], false], 3.5, 2],
  },
};

type LabelText = DataDrivenPropertyValueSpecification<string>;

export function stationLabelLayer(font: string[], text: LabelText = ['get', 'name']): Without<SymbolLayerSpecification> {
  return {
    id: 'station-label',
    type: 'symbol',
    minzoom: 11.5,
    layout: {
      'text-field': text,
      'text-font': font,
      'text-size': 12,
      'text-anchor': 'left',
      'text-offset': [1.1, 0],
      'text-optional': true,
    },
    paint: { 'text-color': '#1b2430', 'text-halo-color': '#ffffff', 'text-halo-width': 1.6 },
  };
}

export const corridorLabelLayer = (font: string[], text: LabelText = ['get', 'name']): Without<SymbolLayerSpecification> => ({
  id: 'corridor-label',
  type: 'symbol',
  layout: { 'symbol-placement': 'line', 'text-field': text, 'text-font': font, 'text-size': 12, 'symbol-spacing': 400 },
  paint: { 'text-color': corridorColour, 'text-halo-color': '#ffffff', 'text-halo-width': 2 },
});

/*
 * Keep-outs: invisible symbols over the stations and along the corridors. Circles and lines take
 * no part in label placement, so without them a district or river name is drawn under a station
 * dot or a stream of vehicles; symbols do, and these are placed before the basemap's labels (they
 * sit above them in the style), so those labels move aside or give way. Never drawn (opacity 0).
 * The glyph is a Latin capital because every label font has one (the bundled Noto Sans, Mapbox's
 * Open Sans): a glyph the font lacks is shaped with no width, and its box keeps nothing out.
 */
const KEEPOUT_GLYPH = 'M';

const keepoutLayer = (id: string, font: string[], size: ExpressionSpecification): Without<SymbolLayerSpecification> => ({
  id,
  type: 'symbol',
  layout: {
    'text-field': KEEPOUT_GLYPH,
    'text-font': font,
    'text-size': size,
    'text-padding': 3,
    'text-allow-overlap': true,
  },
  paint: { 'text-opacity': 0 },
});

/** About the station dot with its ring, at every zoom. */
export const stationKeepoutLayer = (font: string[]) =>
  keepoutLayer('station-keepout', font, ['interpolate', ['linear'], ['zoom'], 9, 12, 14, 24]);

/** About the corridor with the vehicles on it; on points sampled along it (corridor-keepout.ts). */
export const corridorKeepoutLayer = (font: string[]) =>
  keepoutLayer('corridor-keepout', font, ['interpolate', ['linear'], ['zoom'], 9, 8, 14, 18]);
