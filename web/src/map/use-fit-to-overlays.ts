/**
 * Fits the map's area (the city, or a page's focus) into the part of the map that the page's
 * overlays leave free: the legend and any `[data-map-overlay]` drawn over the map in the same
 * section, and the engine's own controls. Refits when the map or an overlay changes size (a
 * window resize, the legend folded) until the user pans or zooms; from then on the view is theirs.
 */

import type { City } from '@sandbox/shared/city/schemas';
import { useCallback, useEffect, useRef } from 'react';
import { type OverlayBox, overlayPadding, type Padding } from './overlay-padding';

type Bounds = City['bounds'];

/** The part of a MapLibre / Mapbox GL map the fit uses. */
export interface FittingMap {
  getContainer(): HTMLElement;
  cameraForBounds(bounds: Bounds, options: { padding: Padding; maxZoom?: number }): { zoom?: number } | undefined;
  fitBounds(bounds: Bounds, options: { padding: Padding; maxZoom?: number; duration: number }): void;
  on(type: 'movestart', listener: (event: { originalEvent?: unknown }) => void): unknown;
  off(type: 'movestart', listener: (event: { originalEvent?: unknown }) => void): unknown;
}

export function isFittingMap(map: unknown): map is FittingMap {
  const m = map as Partial<FittingMap> | null;
  return typeof m?.getContainer === 'function' && typeof m.cameraForBounds === 'function' && typeof m.fitBounds === 'function';
}

const CONTROLS = ['top-left', 'top-right', 'bottom-left', 'bottom-right']
  .flatMap((corner) => [`.maplibregl-ctrl-${corner} > *`, `.mapboxgl-ctrl-${corner} > *`])
  .join(', ');

/** The page's overlays over this map: the legend and marked notes beside the map in its section. */
function overlayElements(container: HTMLElement): HTMLElement[] {
  const scope = container.closest('.map-frame')?.parentElement;
  const own = scope ? [...scope.querySelectorAll<HTMLElement>(':scope > .map-legend, :scope > [data-map-overlay]')] : [];
  return [...own, ...container.querySelectorAll<HTMLElement>(CONTROLS)];
}

function boxesIn(container: HTMLElement, elements: readonly HTMLElement[]): OverlayBox[] {
  const origin = container.getBoundingClientRect();
  return elements.map((el) => {
    const r = el.getBoundingClientRect();
    return { left: r.left - origin.left, top: r.top - origin.top, right: r.right - origin.left, bottom: r.bottom - origin.top };
  });
}

/** The padding that keeps `bounds` clear of the overlays on this map, at the largest zoom (in the middle when `centred`). */
export function paddingFor(map: FittingMap, bounds: Bounds, maxZoom?: number, centred = false): Padding {
  const container = map.getContainer();
  const size = { width: container.clientWidth, height: container.clientHeight };
  return overlayPadding(
    size,
    boxesIn(container, overlayElements(container)),
    (padding) => {
      try {
        return map.cameraForBounds(bounds, { padding, ...(maxZoom ? { maxZoom } : {}) })?.zoom ?? null;
      } catch {
        return null;
      }
    },
    centred,
  );
}

/**
 * Keeps `bounds` fitted clear of the overlays while the user has not moved the map. Returns the
 * padding function, for later flights (a page's new focus) to use the same room.
 */
export function useFitToOverlays(map: unknown, bounds: Bounds, maxZoom: number | undefined, enabled: boolean, centred = false) {
  const userMoved = useRef(false);
  const target = useRef({ bounds, maxZoom, centred });
  target.current = { bounds, maxZoom, centred };

  useEffect(() => {
    if (!enabled || !isFittingMap(map)) return;
    const fit = () => {
      if (userMoved.current) return;
      const { bounds: b, maxZoom: z, centred: c } = target.current;
      const container = map.getContainer();
      if (container.clientWidth < 50 || container.clientHeight < 50) return;
      map.fitBounds(b, { padding: paddingFor(map, b, z, c), duration: 0, ...(z ? { maxZoom: z } : {}) });
    };
    const onMoveStart = (event: { originalEvent?: unknown }) => {
      if (event.originalEvent) userMoved.current = true;
    };
    map.on('movestart', onMoveStart);
    fit();
    let frame = 0;
    const observer =
      typeof ResizeObserver === 'function'
        ? new ResizeObserver(() => {
            cancelAnimationFrame(frame);
            frame = requestAnimationFrame(fit);
          })
        : null;
    const container = map.getContainer();
    for (const el of [container, ...overlayElements(container)]) observer?.observe(el);
    return () => {
      cancelAnimationFrame(frame);
      observer?.disconnect();
      map.off('movestart', onMoveStart);
    };
  }, [map, enabled]);

  return useCallback((b: Bounds, z?: number) => (isFittingMap(map) ? paddingFor(map, b, z, target.current.centred) : undefined), [map]);
}
