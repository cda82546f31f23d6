/**
 * What both map engines share: the memoized style, the initial view, the hover card, clicks, and
 * the live data fed into the style (use-map-data.ts), so the two engine components differ only in
 * the package they import.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapEngine } from '../config/env';
import { isLanguage } from '../i18n/i18n';
import { isPresenting } from '../state/presenter-url';
import { useUrlParams } from '../state/url/use-url-params';
import { koreanLabelText } from './city-overlays';
import { cityStyle, INTERACTIVE_LAYERS } from './city-style';
import { hoverTargetFrom, vehicleHoverTarget } from './hover-card';
import { LAYER_GROUPS, type LayerGroup } from './map-data';
import { useMapSync } from './map-sync';
import type { HoverTarget, MapFocus, MapViewProps } from './map-view-props';
import { BASE_PADDING } from './overlay-padding';
import { PRESENTER_LABEL_SCALE, withLabelScale } from './presenter-labels';
import { useFitToOverlays } from './use-fit-to-overlays';
import { useLabelLanguage } from './use-label-language';
import { type MapLike, useMapData } from './use-map-data';

const ALL_GROUPS: ReadonlySet<LayerGroup> = new Set(LAYER_GROUPS);
type PointerEvent = Parameters<typeof hoverTargetFrom>[0];

/** Flies to a page's focus when its key changes (not on the first render, which starts there). */
function useFocus(map: MapLike | null, focus: MapFocus | undefined, roomFor: (bounds: MapFocus['bounds'], maxZoom?: number) => unknown) {
  const shown = useRef(focus?.key);
  useEffect(() => {
    if (!map?.fitBounds || !focus || focus.key === shown.current) return;
    shown.current = focus.key;
    const reduced = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
    // MapLibre reads an explicit `maxZoom: undefined` as NaN: leave the key out unless it is set.
    map.fitBounds(focus.bounds, {
      padding: focus.padding ?? roomFor(focus.bounds, focus.maxZoom) ?? BASE_PADDING,
      duration: reduced ? 0 : 800,
      ...(focus.maxZoom ? { maxZoom: focus.maxZoom } : {}),
    });
  }, [map, focus, roomFor]);
}

const WITH_DISTRICTS = [...INTERACTIVE_LAYERS, 'dyn-district-load'];

export function useMapView(
  { city, basemap, data, visible, onSelect, onReady, focus, selectDistricts, sync }: MapViewProps,
  engine: MapEngine,
) {
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'en';
  const labelChars = useMemo(() => koreanLabelText(city, basemap), [city, basemap]);
  // Labels follow the UI language once the glyphs for it are loaded (use-label-language.ts).
  const labelLanguage = useLabelLanguage(language, labelChars);
  const labelScale = isPresenting(useUrlParams()[0]) ? PRESENTER_LABEL_SCALE : 1;
  const style = useMemo(
    () => withLabelScale(cityStyle(city, basemap, engine, labelLanguage ?? 'en'), labelScale),
    [city, basemap, engine, labelLanguage, labelScale],
  );
  const [hover, setHover] = useState<HoverTarget | null>(null);
  const [map, setMap] = useState<MapLike | null>(null);
  const vehicleAt = useMapData(map, data ?? {}, visible ?? ALL_GROUPS);
  // Without a page's own padding, the area is fitted clear of the legend and the other overlays.
  const roomFor = useFitToOverlays(map, focus?.bounds ?? city.bounds, focus?.maxZoom, !focus?.padding, focus?.centred);
  useFocus(map, focus, roomFor);
  useMapSync(map, sync);
  return {
    style,
    labelsReady: labelLanguage !== null,
    labelLanguage: labelLanguage ?? 'en',
    hover,
    mapProps: {
      initialViewState: {
        bounds: focus?.bounds ?? city.bounds,
        fitBoundsOptions: { padding: focus?.padding ?? BASE_PADDING, ...(focus?.maxZoom ? { maxZoom: focus.maxZoom } : {}) },
      },
      style: { width: '100%', height: '100%' },
      interactiveLayerIds: selectDistricts ? WITH_DISTRICTS : INTERACTIVE_LAYERS,
      cursor: hover ? 'pointer' : 'grab',
      onMouseMove: (event: PointerEvent) => {
        // Points (stations, signals, events) win over a vehicle dot, a vehicle over the corridor line it drives on.
        const feature = hoverTargetFrom(event);
        const vehicle =
          feature && feature.layer !== 'corridor' ? null : vehicleHoverTarget(event.point, vehicleAt(event.point.x, event.point.y));
        setHover(vehicle ?? feature);
      },
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
