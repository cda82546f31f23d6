/**
 * The Mapbox GL engine, used only when a Mapbox token is configured (mapbox-gl v2+ draws nothing
 * without one). Same style, same layers; its own lazy chunk, never loaded offline.
 */
import 'mapbox-gl/dist/mapbox-gl.css';
import type { StyleSpecification as MapboxStyle } from 'mapbox-gl';
import { useMemo, useState } from 'react';
import MapGL, { NavigationControl, ScaleControl } from 'react-map-gl/mapbox';
import { env } from '../config/env';
import { cityStyle, INTERACTIVE_LAYERS } from './city-style';
import { HoverCard, hoverTargetFrom } from './hover-card';
import type { HoverTarget, MapViewProps } from './map-view-props';

export default function MapboxMapView({ city, basemap, onReady }: MapViewProps) {
  // The style objects of both engines follow the same spec; the cast bridges their type packages.
  const style = useMemo(() => cityStyle(city, basemap, 'mapbox') as unknown as MapboxStyle, [city, basemap]);
  const [hover, setHover] = useState<HoverTarget | null>(null);
  return (
    <MapGL
      mapboxAccessToken={env.mapboxToken}
      initialViewState={{ bounds: city.bounds, fitBoundsOptions: { padding: 24 } }}
      mapStyle={style}
      style={{ width: '100%', height: '100%' }}
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
