import { describe, expect, it } from 'vitest';
import { basemapStyle, MAP_FONT_STACK } from './basemap-style';

const basemap = { type: 'FeatureCollection' as const, features: [] };

describe('basemapStyle', () => {
  it('needs no glyph server offline: labels use the bundled CSS font', () => {
    const style = basemapStyle(basemap, 'maplibre');
    expect(style.glyphs).toBeUndefined();
    const fonts = style.layers.flatMap((layer) => (layer.type === 'symbol' ? [layer.layout?.['text-font']] : []));
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font).toEqual(['Noto Sans', 'Noto Sans KR']);
    expect(MAP_FONT_STACK).toEqual(['Noto Sans', 'Noto Sans KR']);
  });

  it('labels in Korean where a feature has a Korean name, keeping route numbers', () => {
    const korean = basemapStyle(basemap, 'maplibre', 'ko');
    const fields = Object.fromEntries(korean.layers.flatMap((l) => (l.type === 'symbol' ? [[l.id, l.layout?.['text-field']]] : [])));
    expect(fields['water-label']).toEqual(['coalesce', ['get', 'nameKo'], ['get', 'name']]);
    expect(fields['interstate-label']).toEqual(['coalesce', ['get', 'ref'], ['coalesce', ['get', 'nameKo'], ['get', 'name']]]);
    const english = basemapStyle(basemap, 'maplibre', 'en');
    expect(english.layers.find((l) => l.id === 'water-label')?.layout).toMatchObject({ 'text-field': ['get', 'name'] });
  });

  it('uses Mapbox-hosted glyphs only for the Mapbox engine', () => {
    expect(basemapStyle(basemap, 'mapbox').glyphs).toMatch(/^mapbox:\/\//);
  });

  it('references only its own source and draws water, streets, interstates and districts', () => {
    const style = basemapStyle(basemap, 'maplibre');
    expect(Object.keys(style.sources)).toEqual(['basemap']);
    const ids = style.layers.map((layer) => layer.id);
    expect(ids).toEqual(expect.arrayContaining(['land', 'water', 'street', 'interstate', 'district-outline', 'park']));
    expect(new Set(ids).size).toBe(ids.length);
  });
});
