/**
 * The default, offline map engine: MapLibre GL through react-map-gl. This module and maplibre-gl
 * form their own lazy chunk (see lazy-map.tsx), so the shell loads without them.
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import { setWorkerUrl } from 'maplibre-gl';
// maplibre-gl 6 looks for its worker next to its own module; a bundle moves both, so point it at
// the worker file Vite emits (self-contained, same origin: no CSP or network surprises).
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { useMemo, useState } from 'react';
import MapGL, { NavigationControl, ScaleControl } from 'react-map-gl/maplibre';
import { cityStyle, INTERACTIVE_LAYERS } from './city-style';
import { HoverCard, hoverTargetFrom } from './hover-card';
import type { HoverTarget, MapViewProps } from './map-view-props';

setWorkerUrl(workerUrl);

export default function MaplibreMapView({ city, basemap, onReady }: MapViewProps) {
  const style = useMemo(() => cityStyle(city, basemap, 'maplibre'), [city, basemap]);
  const [hover, setHover] = useState<HoverTarget | null>(null);
  return (
    <MapGL
      initialViewState={{ bounds: city.bounds, fitBoundsOptions: { padding: 24 } }}
      mapStyle={style}
      style={{ width: '100%', height: '100%' }}
      attributionControl={{ compact: true, customAttribution: 'Schematic basemap drawn from approximate coordinates' }}
      interactiveLayerIds={INTERACTIVE_LAYERS}
      cursor={hover ? 'pointer' : 'grab'}
      onMouseMove={(event) => setHover(hoverTargetFrom(event))}
      onMouseLeave={() => setHover(null)}
      onIdle={onReady}
      dragRotate={false}
      touchPitch={false}
    >
      <NavigationControl position="top-right" showCompass={false} />
      <ScaleControl position="bottom-left" unit="imperial" />
      <HoverCard target={hover} />
    </MapGL>
  );
}
