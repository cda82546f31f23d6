/**
 * The default, offline map engine: MapLibre GL through react-map-gl. This module and maplibre-gl
 * form their own lazy chunk (see lazy-map.tsx), so the shell loads without them.
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import { setWorkerUrl } from 'maplibre-gl';
// maplibre-gl 6 looks for its worker next to its own module; a bundle moves both, so point it at
// the worker file Vite emits (self-contained, same origin: no CSP or network surprises).
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { useTranslation } from 'react-i18next';
import MapGL, { AttributionControl, NavigationControl, ScaleControl } from 'react-map-gl/maplibre';
import { MAP_IDEOGRAPH_FONT_FAMILY } from './basemap-style';
import { HoverCard } from './hover-card';
import { MapFrame } from './map-frame';
import type { MapViewProps } from './map-view-props';
import { useMapView } from './use-map-view';

setWorkerUrl(workerUrl);

export default function MaplibreMapView(props: MapViewProps) {
  const { t, i18n } = useTranslation();
  const { style, hover, mapProps, labelsReady, labelLanguage } = useMapView(props, 'maplibre');
  return (
    <MapFrame labelsReady={labelsReady} labelLanguage={labelLanguage}>
      <MapGL {...mapProps} localIdeographFontFamily={MAP_IDEOGRAPH_FONT_FAMILY} mapStyle={style} attributionControl={false}>
        {/* A control takes its text when it is added: keyed by language, a switch adds it anew in the new one. */}
        <AttributionControl key={i18n.language} compact customAttribution={t('map.attribution')} />
        <NavigationControl position="top-right" showCompass={false} />
        <ScaleControl position="bottom-left" unit="imperial" />
        <HoverCard target={hover} timeZone={props.city.timezone} />
      </MapGL>
    </MapFrame>
  );
}
