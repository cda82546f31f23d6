/**
 * Keeps several maps on one view (the Lab's map pair): whichever map moves (a drag, a wheel, the
 * zoom buttons, the keyboard, a fit), the others jump to its centre, zoom, bearing and pitch in the
 * same frame. A jump the sync itself makes is not sent back (no ping-pong). Each map's container
 * carries its view as `data-view` after every move, which the end-to-end suite reads.
 */
import { useEffect } from 'react';

export interface MapView {
  center: [number, number];
  zoom: number;
  bearing: number;
  pitch: number;
}

interface MoveEvent {
  originalEvent?: unknown;
}

/** The part of a MapLibre / Mapbox GL map the sync uses. */
export interface SyncableMap {
  getCenter(): { lng: number; lat: number };
  getZoom(): number;
  getBearing(): number;
  getPitch(): number;
  jumpTo(view: MapView, eventData?: MoveEvent): unknown;
  getContainer(): HTMLElement;
  on(type: 'move' | 'moveend', listener: (event: MoveEvent) => void): unknown;
  off(type: 'move' | 'moveend', listener: (event: MoveEvent) => void): unknown;
}

export function isSyncableMap(map: unknown): map is SyncableMap {
  const m = map as Partial<SyncableMap> | null;
  return typeof m?.jumpTo === 'function' && typeof m.getCenter === 'function' && typeof m.on === 'function';
}

export function viewOf(map: SyncableMap): MapView {
  const { lng, lat } = map.getCenter();
  return { center: [lng, lat], zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch() };
}

/** `lng,lat,zoom` rounded (about a metre, a hundredth of a zoom level): equal views read equal. */
export function formatView(view: MapView): string {
  return `${view.center[0].toFixed(5)},${view.center[1].toFixed(5)},${view.zoom.toFixed(2)}`;
}

export class MapSync {
  private readonly maps = new Set<SyncableMap>();
  /** The map whose move is being copied to the others (their own move events are the copy). */
  private leader: SyncableMap | null = null;

  /** Joins a map to the group (it takes the group's view, if any); returns how to leave. */
  add(map: SyncableMap): () => void {
    const onMove = (event: MoveEvent) => {
      if (this.leader) return;
      this.leader = map;
      try {
        const view = viewOf(map);
        // A user's gesture stays a user's gesture on the followers (a page fit then leaves them alone too).
        const data = event.originalEvent ? { originalEvent: event.originalEvent } : undefined;
        for (const other of this.maps) if (other !== map) other.jumpTo(view, data);
      } finally {
        this.leader = null;
      }
    };
    const onMoveEnd = () => {
      map.getContainer().dataset.view = formatView(viewOf(map));
    };
    const first = this.maps.values().next().value;
    this.maps.add(map);
    if (first) {
      this.leader = first;
      try {
        map.jumpTo(viewOf(first));
      } finally {
        this.leader = null;
      }
    }
    onMoveEnd();
    map.on('move', onMove);
    map.on('moveend', onMoveEnd);
    return () => {
      map.off('move', onMove);
      map.off('moveend', onMoveEnd);
      this.maps.delete(map);
    };
  }

  get size(): number {
    return this.maps.size;
  }
}

/** Joins `map` (once loaded) to `sync` for as long as both stay the same. */
export function useMapSync(map: unknown, sync: MapSync | undefined): void {
  useEffect(() => {
    if (!sync || !isSyncableMap(map)) return;
    return sync.add(map);
  }, [map, sync]);
}
