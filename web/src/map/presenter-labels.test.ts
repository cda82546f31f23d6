import type { StyleSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { scaledTextSize, withLabelScale } from './presenter-labels';

const STYLE: StyleSpecification = {
  version: 8,
  sources: {},
  layers: [
    { id: 'street-label', type: 'symbol', source: 's', layout: { 'text-size': 11 } },
    {
      id: 'district-label',
      type: 'symbol',
      source: 's',
      layout: { 'text-size': ['interpolate', ['linear'], ['zoom'], 9, 12, 14, 20] },
    },
    { id: 'station-keepout', type: 'symbol', source: 's', layout: { 'text-size': 12 } },
    { id: 'road', type: 'line', source: 's' },
  ],
};

describe('map labels in presenter mode', () => {
  it('grow by the scale, numbers and zoom interpolations alike; keep-outs and other layers stay', () => {
    const layers = withLabelScale(STYLE, 1.5).layers;
    expect(layers.map((l) => (l.type === 'symbol' ? l.layout?.['text-size'] : null))).toEqual([
      16.5,
      ['interpolate', ['linear'], ['zoom'], 9, 18, 14, 30],
      12,
      null,
    ]);
  });

  it('leave the style as it is outside presenter mode', () => {
    expect(withLabelScale(STYLE, 1)).toBe(STYLE);
    expect(scaledTextSize(['get', 'size'], 2)).toEqual(['get', 'size']);
  });
});
