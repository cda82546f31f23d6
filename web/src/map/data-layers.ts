/**
 * Sources and layers for the live data, added to the style once and then fed by feature state
 * (colours that change every frame without re-tiling) or setData (events); vehicles have their own
 * canvas (vehicle-overlay.ts). Colours:
 * official AQI colours for stations; colour-blind-safe ramps (blue → orange → vermillion) for
 * speeds and a sequential blue for load; Okabe–Ito for vehicles and events.
 */
import type { City } from '@sandbox/shared/city/schemas';
import { PARAMS } from '@sandbox/shared/energy/meter-classes';
import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { LayerGroup } from './map-data';
import { okabeIto } from './palette';

export const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

/** Speed as a share of the limit → colour (slow is vermillion, free flow is blue). */
export const SPEED_STOPS: [number, string][] = [
  [0.25, okabeIto.vermillion],
  [0.5, okabeIto.orange],
  [0.75, okabeIto.skyBlue],
  [0.95, okabeIto.blue],
];

/** Vehicle dots: buses and trucks by kind, cars by whether they send BSMs. */
export const VEHICLE_COLOURS = { connected: '#1b2430', other: '#8d96a3', bus: okabeIto.purple, truck: '#7a4f01' } as const;

/** Signal heads (main-street movement), in the colours drivers see. */
export const SIGNAL_COLOURS = { green: '#1a9850', yellow: '#fee08b', red: '#d73027' } as const;

/** Safety-event rings. */
export const EVENT_COLOURS = { 'hard-braking': okabeIto.vermillion, 'red-light-violation-warning': okabeIto.purple } as const;

/**
 * District load → sequential blues (light = low). Each stop is a multiple of the base load of the
 * city's largest district (its meters times their class's mean non-HVAC kW): in Columbus, Northland's
 * 30,540 meters have a 59.9 MW base and draw about 15 MW on a July night to 145 MW at the evening
 * peak, which these multiples place at 15, 40, 75 and 120 MW.
 */
const LOAD_STOP_MULTIPLES: [number, string][] = [
  [0, '#f1f5fb'],
  [0.25, '#c6dbef'],
  [0.667, '#6baed6'],
  [1.25, '#2171b5'],
  [2, '#08306b'],
];

/** Mean non-HVAC load of a city's largest district, kW. */
function largestDistrictBaseKw(city: Pick<City, 'meters'>): number {
  const byDistrict = new Map<string, number>();
  for (const group of city.meters)
    byDistrict.set(group.districtId, (byDistrict.get(group.districtId) ?? 0) + group.count * PARAMS[group.meterClass].baseKw);
  return Math.max(0, ...byDistrict.values());
}

/** Two significant figures: a legend says "38,000 kW", not "38,412 kW". */
const roundStop = (kw: number) => {
  const step = 10 ** Math.max(0, Math.floor(Math.log10(kw)) - 1);
  return Math.round(kw / step) * step;
};

/** Northland's base load (see LOAD_STOP_MULTIPLES): the scale while the city has not arrived. */
const PROGRAM_BASE_KW = 59_940;
/** The smallest base the scale takes, so its rounded stops stay distinct and ascending. */
const MIN_BASE_KW = 100;

/**
 * The load colours on the city's own scale, so a city with a twentieth of Columbus's meters does not
 * draw every district in the palest blue; the legend prints the city's own numbers.
 */
export function loadStops(city: Pick<City, 'meters'> | undefined): [number, string][] {
  const largest = city ? largestDistrictBaseKw(city) : 0;
  const base = largest > 0 ? Math.max(MIN_BASE_KW, largest) : PROGRAM_BASE_KW;
  return LOAD_STOP_MULTIPLES.map(([multiple, colour]) => [multiple === 0 ? 0 : roundStop(multiple * base), colour]);
}

function interpolate(property: ExpressionSpecification, stops: [number, string][], fallback: string): ExpressionSpecification {
  return [
    'case',
    ['==', property, null],
    fallback,
    ['interpolate', ['linear'], property, ...stops.flat()],
  ] as unknown as ExpressionSpecification;
}

export function dataSources(city: City): Record<string, SourceSpecification> {
  return {
    'dyn-districts': {
      type: 'geojson',
      promoteId: 'id',
      data: {
        type: 'FeatureCollection',
        features: city.districts.map((d) => ({
          type: 'Feature',
          properties: { id: d.id, name: d.name, ...(d.nameKo ? { nameKo: d.nameKo } : {}) },
          geometry: { type: 'Polygon', coordinates: [d.polygon] },
        })),
      },
    },
    'dyn-segments': { type: 'geojson', promoteId: 'id', data: EMPTY },
    'dyn-signals': {
      type: 'geojson',
      promoteId: 'id',
      data: {
        type: 'FeatureCollection',
        features: city.corridors.flatMap((c) =>
          c.intersections.map((i) => ({
            type: 'Feature' as const,
            properties: { id: i.id, name: i.name, ...(i.nameKo ? { nameKo: i.nameKo } : {}) },
            geometry: { type: 'Point' as const, coordinates: i.location },
          })),
        ),
      },
    },
    'dyn-events': { type: 'geojson', data: EMPTY },
  };
}

/** Layers below the station and label layers; the load colours on the city's own scale (loadStops). */
export const lowerDataLayers = (city: Pick<City, 'meters'>): LayerSpecification[] => [
  {
    id: 'dyn-district-load',
    type: 'fill',
    source: 'dyn-districts',
    paint: {
      'fill-color': interpolate(['feature-state', 'loadKw'] as ExpressionSpecification, loadStops(city), 'rgba(0,0,0,0)'),
      'fill-opacity': ['case', ['==', ['feature-state', 'loadKw'], null], 0, 0.5],
    },
  },
  {
    id: 'dyn-district-selected',
    type: 'line',
    source: 'dyn-districts',
    layout: { 'line-join': 'round' },
    paint: {
      'line-color': '#1b2430',
      'line-width': ['case', ['boolean', ['feature-state', 'selected'], false], 4, 0],
    },
  },
];

/** Layers above the corridors. */
export const upperDataLayers: LayerSpecification[] = [
  {
    id: 'dyn-segment-speed',
    type: 'line',
    source: 'dyn-segments',
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: {
      'line-color': interpolate(['feature-state', 'ratio'] as ExpressionSpecification, SPEED_STOPS, '#9aa3b0'),
      'line-width': ['interpolate', ['linear'], ['zoom'], 10, 3, 14, 7],
      // Right-hand traffic: each direction drawn on its own side of the centre line.
      'line-offset': ['interpolate', ['linear'], ['zoom'], 10, 2, 14, 5],
    },
  },
  {
    id: 'dyn-signal',
    type: 'circle',
    source: 'dyn-signals',
    minzoom: 11.5,
    paint: {
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 11.5, 3, 15, 7],
      'circle-color': [
        'match',
        ['feature-state', 'color'],
        'green',
        SIGNAL_COLOURS.green,
        'yellow',
        SIGNAL_COLOURS.yellow,
        'red',
        SIGNAL_COLOURS.red,
        '#ffffff',
      ],
      'circle-stroke-color': '#1b2430',
      'circle-stroke-width': 1.2,
    },
  },
  {
    id: 'dyn-event',
    type: 'circle',
    source: 'dyn-events',
    paint: {
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 10, 5, 14, 10],
      'circle-color': 'rgba(0,0,0,0)',
      'circle-stroke-color': [
        'match',
        ['get', 'kind'],
        'hard-braking',
        EVENT_COLOURS['hard-braking'],
        EVENT_COLOURS['red-light-violation-warning'],
      ],
      'circle-stroke-width': 2.5,
    },
  },
];

/** Which style layers each toggleable group switches. */
export const GROUP_LAYERS: Record<LayerGroup, string[]> = {
  stations: ['station', 'station-label', 'station-keepout'],
  districts: ['dyn-district-load', 'dyn-district-selected'],
  corridors: ['corridor-casing', 'corridor', 'corridor-label', 'intersection', 'corridor-keepout'],
  speeds: ['dyn-segment-speed', 'corridor-keepout'],
  signals: ['dyn-signal'],
  // Vehicles are drawn on a canvas over the map (vehicle-overlay.ts), not by a style layer; they
  // drive on the corridors, so basemap labels keep off those while vehicles show.
  vehicles: ['corridor-keepout'],
  events: ['dyn-event'],
};
