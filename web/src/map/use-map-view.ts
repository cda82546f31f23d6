/**
 * What both map engines share: the memoized style, the initial view and the hover card state, so
 * the two engine components differ only in the package they import.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapEngine } from '../config/env';
import { isLanguage } from '../i18n/i18n';
import { koreanLabelText } from './city-overlays';
import { cityStyle, INTERACTIVE_LAYERS } from './city-style';
import { hoverTargetFrom } from './hover-card';
import type { HoverTarget, MapViewProps } from './map-view-props';
import { useLabelLanguage } from './use-label-language';

export function useMapView({ city, basemap, onReady }: MapViewProps, engine: MapEngine) {
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'en';
  const labelChars = useMemo(() => koreanLabelText(city, basemap), [city, basemap]);
  // Labels follow the UI language once the glyphs for it are loaded (use-label-language.ts).
  const labelLanguage = useLabelLanguage(language, labelChars);
  const style = useMemo(() => cityStyle(city, basemap, engine, labelLanguage ?? 'en'), [city, basemap, engine, labelLanguage]);
  const [hover, setHover] = useState<HoverTarget | null>(null);
  return {
    style,
    labelsReady: labelLanguage !== null,
    labelLanguage: labelLanguage ?? 'en',
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
