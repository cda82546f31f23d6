/**
 * The Mapbox GL engine, used only when a Mapbox token is configured (mapbox-gl v2+ draws nothing
 * without one). Same style, same layers; its own lazy chunk, never loaded offline.
 */
import 'mapbox-gl/dist/mapbox-gl.css';
import type { StyleSpecification as MapboxStyle } from 'mapbox-gl';
import MapGL, { NavigationControl, ScaleControl } from 'react-map-gl/mapbox';
import { env } from '../config/env';
import { MAP_IDEOGRAPH_FONT_FAMILY } from './basemap-style';
import { HoverCard } from './hover-card';
import { MapFrame } from './map-frame';
import type { MapViewProps } from './map-view-props';
import { useMapView } from './use-map-view';

export default function MapboxMapView(props: MapViewProps) {
  const { style, hover, mapProps, labelsReady, labelLanguage } = useMapView(props, 'mapbox');
  // Both engines follow the same style spec; the cast bridges their separate type packages.
  return (
    <MapFrame labelsReady={labelsReady} labelLanguage={labelLanguage}>
      <MapGL
        {...mapProps}
        localIdeographFontFamily={MAP_IDEOGRAPH_FONT_FAMILY}
        mapStyle={style as unknown as MapboxStyle}
        mapboxAccessToken={env.mapboxToken}
      >
        <NavigationControl position="top-right" showCompass={false} />
        <ScaleControl position="bottom-left" unit="imperial" />
        <HoverCard target={hover} timeZone={props.city.timezone} />
      </MapGL>
    </MapFrame>
  );
}
