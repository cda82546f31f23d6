/**
 * Builds the map style from the city's own basemap GeoJSON, so the map needs no tile server.
 * Labels: MapLibre (≥ 5.11) draws text with a CSS font when a style names no `glyphs` URL, so the
 * bundled Noto Sans web font labels the offline map and nothing is fetched from another origin.
 * Mapbox GL (used only with a token, hence online) still needs its hosted glyphs.
 * Spec: https://maplibre.org/maplibre-style-spec/
 */
import type { Basemap } from '@sandbox/shared/city/basemap-schemas';
import type {
  ExpressionSpecification,
  FilterSpecification,
  LineLayerSpecification,
  StyleSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl';
import type { MapEngine } from '../config/env';
import type { Language } from '../i18n/i18n';
import { basemapColours as c } from './palette';

/** The CSS font family that labels the offline map (bundled with @fontsource/noto-sans). */
export const MAP_FONT_FAMILY = 'Noto Sans';
/** Hangul comes from the bundled Noto Sans KR; the canvas falls back to it glyph by glyph. */
export const MAP_FONT_FAMILY_KO = 'Noto Sans KR';
export const MAP_FONT_STACK = [MAP_FONT_FAMILY, MAP_FONT_FAMILY_KO];
/**
 * The engines draw CJK glyphs (Hangul among them) of text with no font of its own in their
 * `localIdeographFontFamily`, "sans-serif" by default: the machine's font, and on one without Korean
 * fonts nothing. Both engines get the bundled Noto Sans KR instead (Mapbox draws Hangul this way
 * even with its hosted glyphs).
 */
export const MAP_IDEOGRAPH_FONT_FAMILY = `"${MAP_FONT_FAMILY_KO}", sans-serif`;
const MAPBOX_FONT_STACK = ['Open Sans Regular', 'Arial Unicode MS Regular'];

export function labelFont(engine: MapEngine): string[] {
  return engine === 'mapbox' ? MAPBOX_FONT_STACK : MAP_FONT_STACK;
}

/** The label text in the UI language: the Korean name where a feature has one, else its name. */
export function labelText(language: Language): ExpressionSpecification {
  return language === 'ko' ? ['coalesce', ['get', 'nameKo'], ['get', 'name']] : ['get', 'name'];
}

const kind = (...kinds: string[]): FilterSpecification => ['match', ['get', 'kind'], kinds, true, false];

/** A width that grows with the zoom, from zoom 9 to zoom 14. */
const byZoom = (at9: ExpressionSpecification | number, at14: ExpressionSpecification | number): ExpressionSpecification => [
  'interpolate',
  ['linear'],
  ['zoom'],
  9,
  at9,
  14,
  at14,
];

/** Water and roads (each road over its casing): the basemap's lines of these kinds, round-ended. */
function roundLine(id: string, kinds: string[], colour: string, width: ExpressionSpecification): LineLayerSpecification {
  return {
    id,
    type: 'line',
    source: 'basemap',
    filter: kind(...kinds),
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: { 'line-color': colour, 'line-width': width },
  };
}

type SymbolLayout = NonNullable<SymbolLayerSpecification['layout']>;
type SymbolPaint = NonNullable<SymbolLayerSpecification['paint']>;

export function basemapStyle(basemap: Basemap, engine: MapEngine, language: Language = 'en'): StyleSpecification {
  const font = labelFont(engine);
  const text = labelText(language);
  // Latin labels are tracked out a little; Hangul syllables are already blocks and read worse spaced.
  const tracking = (em: number) => (language === 'ko' ? 0 : em);
  const labelPaint = { 'text-color': c.label, 'text-halo-color': c.halo, 'text-halo-width': 1.4 };
  /** The names of the basemap's features of these kinds, in the UI language and the map's font. */
  const label = (id: string, kinds: string[], layout: SymbolLayout, paint: SymbolPaint, minzoom?: number): SymbolLayerSpecification => ({
    id,
    type: 'symbol',
    source: 'basemap',
    filter: kind(...kinds),
    ...(minzoom === undefined ? {} : { minzoom }),
    layout: { 'text-field': text, 'text-font': font, ...layout },
    paint,
  });
  return {
    version: 8,
    name: 'Sandbox schematic basemap',
    ...(engine === 'mapbox' ? { glyphs: 'mapbox://fonts/mapbox/{fontstack}/{range}.pbf' } : {}),
    sources: { basemap: { type: 'geojson', data: basemap } },
    layers: [
      { id: 'land', type: 'background', paint: { 'background-color': c.land } },
      {
        id: 'district-fill',
        type: 'fill',
        source: 'basemap',
        filter: kind('district'),
        paint: { 'fill-color': c.district, 'fill-opacity': 0.55 },
      },
      { id: 'park', type: 'fill', source: 'basemap', filter: kind('park'), paint: { 'fill-color': c.park } },
      {
        id: 'district-outline',
        type: 'line',
        source: 'basemap',
        filter: kind('district'),
        paint: { 'line-color': c.districtOutline, 'line-width': 1.2, 'line-dasharray': [3, 2] },
      },
      roundLine(
        'water',
        ['river', 'creek'],
        c.water,
        byZoom(['match', ['get', 'kind'], 'river', 3, 1.5], ['match', ['get', 'kind'], 'river', 12, 5]),
      ),
      roundLine('street-casing', ['street'], c.streetCasing, byZoom(1.5, 8)),
      roundLine('street', ['street'], c.street, byZoom(0.8, 6)),
      roundLine('interstate-casing', ['interstate'], c.interstateCasing, byZoom(3.5, 14)),
      roundLine('interstate', ['interstate'], c.interstate, byZoom(2, 11)),
      label(
        'water-label',
        ['river', 'creek'],
        { 'symbol-placement': 'line', 'text-size': 12, 'text-letter-spacing': tracking(0.05) },
        { ...labelPaint, 'text-color': c.waterLabel },
      ),
      label('street-label', ['street'], { 'symbol-placement': 'line', 'text-size': 11 }, labelPaint, 12),
      label(
        'interstate-label',
        ['interstate'],
        {
          'symbol-placement': 'line',
          'symbol-spacing': 280,
          'text-field': ['coalesce', ['get', 'ref'], text],
          'text-size': 11,
          'text-rotation-alignment': 'viewport',
        },
        { 'text-color': '#5b3a00', 'text-halo-color': c.interstate, 'text-halo-width': 3 },
      ),
      label(
        'district-label',
        ['district'],
        {
          'text-size': 13,
          'text-transform': 'uppercase',
          'text-letter-spacing': tracking(0.08),
          // Off its centre when a station or a corridor is there (see the keep-outs in layers.ts).
          'text-variable-anchor': ['center', 'bottom', 'top', 'left', 'right', 'bottom-left', 'bottom-right', 'top-left', 'top-right'],
          'text-radial-offset': 0.9,
          'text-max-width': 8,
        },
        { ...labelPaint, 'text-color': c.districtLabel },
      ),
      label('park-label', ['park'], { 'text-size': 11 }, { ...labelPaint, 'text-color': '#2f6b2a' }, 12),
    ],
  };
}
