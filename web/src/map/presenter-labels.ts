/**
 * The map's labels in presenter mode: the page's text grows about half again for the back of the
 * room (styles/presenter.css), and the names the map engine draws on its canvas (districts,
 * streets, rivers, corridors, stations) grow with it, through the style rather than CSS. Collision
 * detection then drops the labels that no longer fit instead of overlapping them. The keep-outs
 * (invisible symbols that clear room around stations and corridors) keep their size.
 */
import type { StyleSpecification } from 'maplibre-gl';

export const PRESENTER_LABEL_SCALE = 1.5;

type Size = unknown;

/** `size` times `scale`: a number, or the outputs of a zoom interpolation (zoom may only sit at its top level). */
export function scaledTextSize(size: Size, scale: number): Size {
  if (typeof size === 'number') return Math.round(size * scale * 10) / 10;
  if (Array.isArray(size) && size[0] === 'interpolate') {
    const [op, interpolation, input, ...stops] = size;
    return [op, interpolation, input, ...stops.map((value, i) => (i % 2 === 1 ? scaledTextSize(value, scale) : value))];
  }
  return size;
}

/** The style with every visible label's text size times `scale` (the same style when 1). */
export function withLabelScale(style: StyleSpecification, scale: number): StyleSpecification {
  if (scale === 1) return style;
  return {
    ...style,
    layers: style.layers.map((layer) => {
      if (layer.type !== 'symbol' || layer.id.endsWith('-keepout') || layer.layout?.['text-size'] === undefined) return layer;
      return { ...layer, layout: { ...layer.layout, 'text-size': scaledTextSize(layer.layout['text-size'], scale) } } as typeof layer;
    }),
  };
}
