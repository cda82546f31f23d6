import './map-frame.css';
import { type ReactNode, type RefObject, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../i18n/i18n';
import { MapPlaceholder } from './lazy-map';

/** The engine's own control buttons (MapLibre's or Mapbox's class prefix) and their catalog keys. */
const CONTROL_LABELS = [
  ['.maplibregl-ctrl-zoom-in, .mapboxgl-ctrl-zoom-in', 'map.controls.zoomIn'],
  ['.maplibregl-ctrl-zoom-out, .mapboxgl-ctrl-zoom-out', 'map.controls.zoomOut'],
  ['.maplibregl-ctrl-attrib-button, .mapboxgl-ctrl-attrib-button', 'map.controls.attribution'],
  ['.maplibregl-canvas, .mapboxgl-canvas', 'map.controls.map'],
] as const;

/**
 * Names the engine's controls in the UI language. The engines take their UI strings once, when the
 * map is created; setting the labels here follows a language switch without rebuilding the map.
 */
function useControlLabels(frame: RefObject<HTMLDivElement | null>, ready: boolean) {
  // `t` changes with the language: the labels follow a switch.
  const { t } = useTranslation();
  useEffect(() => {
    if (!ready) return;
    const apply = () => {
      for (const [selector, key] of CONTROL_LABELS) {
        for (const element of frame.current?.querySelectorAll(selector) ?? []) {
          element.setAttribute('aria-label', t(key));
          element.setAttribute('title', t(key));
        }
      }
    };
    apply();
    // The controls mount a moment after the frame: label them as they appear.
    const observer = new MutationObserver(apply);
    if (frame.current) observer.observe(frame.current, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [frame, ready, t]);
}

/**
 * Holds the map back until its label font is loaded (Korean glyphs), then wraps it with the label
 * language as a data attribute, which the end-to-end suite reads.
 */
export function MapFrame({ labelsReady, labelLanguage, children }: { labelsReady: boolean; labelLanguage: Language; children: ReactNode }) {
  const { t } = useTranslation();
  const frame = useRef<HTMLDivElement>(null);
  useControlLabels(frame, labelsReady);
  if (!labelsReady) return <MapPlaceholder>{t('map.loading')}</MapPlaceholder>;
  return (
    <div ref={frame} className="map-frame" data-label-language={labelLanguage}>
      {children}
    </div>
  );
}
