/**
 * What both map engines share: the memoized style, the initial view, the hover card, clicks, and
 * the live data fed into the style (use-map-data.ts), so the two engine components differ only in
 * the package they import.
 */
import { useMemo, useState } from 'react';
import type { MapEngine } from '../config/env';
import { cityStyle, INTERACTIVE_LAYERS } from './city-style';
import { hoverTargetFrom } from './hover-card';
import { LAYER_GROUPS, type LayerGroup } from './map-data';
import type { HoverTarget, MapViewProps } from './map-view-props';
import { type MapLike, useMapData } from './use-map-data';

const ALL_GROUPS: ReadonlySet<LayerGroup> = new Set(LAYER_GROUPS);
type PointerEvent = Parameters<typeof hoverTargetFrom>[0];

export function useMapView({ city, basemap, data, visible, onSelect, onReady }: MapViewProps, engine: MapEngine) {
  const style = useMemo(() => cityStyle(city, basemap, engine), [city, basemap, engine]);
  const [hover, setHover] = useState<HoverTarget | null>(null);
  const [map, setMap] = useState<MapLike | null>(null);
  useMapData(map, data ?? {}, visible ?? ALL_GROUPS);
  return {
    style,
    hover,
    mapProps: {
      initialViewState: { bounds: city.bounds, fitBoundsOptions: { padding: 24 } },
      style: { width: '100%', height: '100%' },
      interactiveLayerIds: INTERACTIVE_LAYERS,
      cursor: hover ? 'pointer' : 'grab',
      onMouseMove: (event: PointerEvent) => setHover(hoverTargetFrom(event)),
      onMouseLeave: () => setHover(null),
      onClick: (event: PointerEvent) => {
        const target = hoverTargetFrom(event);
        if (target) onSelect?.(target);
      },
      onLoad: (event: { target: unknown }) => setMap(event.target as MapLike),
      onIdle: onReady,
      dragRotate: false,
      touchPitch: false,
    },
  };
}
