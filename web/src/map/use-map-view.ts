/**
 * What both map engines share: the memoized style, the initial view and the hover card state, so
 * the two engine components differ only in the package they import.
 */
import { useMemo, useState } from 'react';
import type { MapEngine } from '../config/env';
import { cityStyle, INTERACTIVE_LAYERS } from './city-style';
import { hoverTargetFrom } from './hover-card';
import type { HoverTarget, MapViewProps } from './map-view-props';

export function useMapView({ city, basemap, onReady }: MapViewProps, engine: MapEngine) {
  const style = useMemo(() => cityStyle(city, basemap, engine), [city, basemap, engine]);
  const [hover, setHover] = useState<HoverTarget | null>(null);
  return {
    style,
    hover,
    mapProps: {
      initialViewState: { bounds: city.bounds, fitBoundsOptions: { padding: 24 } },
      style: { width: '100%', height: '100%' },
      interactiveLayerIds: INTERACTIVE_LAYERS,
      cursor: hover ? 'pointer' : 'grab',
      onMouseMove: (event: Parameters<typeof hoverTargetFrom>[0]) => setHover(hoverTargetFrom(event)),
      onMouseLeave: () => setHover(null),
      onIdle: onReady,
      dragRotate: false,
      touchPitch: false,
    },
  };
}
