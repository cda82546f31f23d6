import { describe, expect, it, vi } from 'vitest';
import { formatView, MapSync, type MapView, type SyncableMap } from './map-sync';

/** A map that keeps its view and fires move / moveend synchronously on a jump, as MapLibre's jumpTo does. */
type Listener = (event: { originalEvent?: unknown }) => void;

function fakeMap(view: MapView) {
  const listeners = { move: new Set<Listener>(), moveend: new Set<Listener>() };
  const container = document.createElement('div');
  let current = view;
  const fire = (data?: { originalEvent?: unknown }) => {
    for (const l of listeners.move) l(data ?? {});
    for (const l of listeners.moveend) l(data ?? {});
  };
  const map = {
    container,
    getCenter: () => ({ lng: current.center[0], lat: current.center[1] }),
    getZoom: () => current.zoom,
    getBearing: () => current.bearing,
    getPitch: () => current.pitch,
    getContainer: () => container,
    jumpTo: vi.fn((next: MapView, data?: { originalEvent?: unknown }) => {
      current = next;
      fire(data);
    }),
    /** The user moves this map (one animation frame of a drag). */
    drag: (next: MapView, originalEvent: unknown = { type: 'mousemove' }) => {
      current = next;
      fire({ originalEvent });
    },
    on: (type: 'move' | 'moveend', listener: Listener) => listeners[type].add(listener),
    off: (type: 'move' | 'moveend', listener: Listener) => listeners[type].delete(listener),
    listeners,
  };
  return map satisfies SyncableMap;
}

const CITY: MapView = { center: [-83, 39.96], zoom: 11, bearing: 0, pitch: 0 };
const NEAR: MapView = { center: [-82.95, 40.01], zoom: 12.5, bearing: 0, pitch: 0 };

/** Two maps joined to one sync, `a` first. */
function syncedPair(first: MapView, second: MapView) {
  const sync = new MapSync();
  const a = fakeMap(first);
  const b = fakeMap(second);
  sync.add(a);
  const leaveB = sync.add(b);
  return { sync, a, b, leaveB };
}

describe('MapSync', () => {
  it('moves the other map to the view of the one the user moves, both ways, without bouncing back', () => {
    const { a, b } = syncedPair(CITY, CITY);
    b.jumpTo.mockClear();
    a.jumpTo.mockClear();

    a.drag(NEAR);
    expect(b.jumpTo).toHaveBeenCalledTimes(1);
    expect(b.jumpTo).toHaveBeenCalledWith(NEAR, { originalEvent: { type: 'mousemove' } });
    // b's own move (the copy) is not sent back to a.
    expect(a.jumpTo).not.toHaveBeenCalled();
    expect(b.container.dataset.view).toBe(a.container.dataset.view);
    expect(a.container.dataset.view).toBe('-82.95000,40.01000,12.50');

    b.drag(CITY);
    expect(a.jumpTo).toHaveBeenCalledWith(CITY, { originalEvent: { type: 'mousemove' } });
    expect(a.container.dataset.view).toBe(formatView(CITY));
  });

  it('passes on a move without a user gesture (a fit) as one, without an original event', () => {
    const { a, b } = syncedPair(CITY, CITY);
    a.jumpTo(NEAR);
    expect(b.jumpTo).toHaveBeenLastCalledWith(NEAR, undefined);
  });

  it('brings a map that joins late to the view of the group, and lets a map leave', () => {
    const { sync, a, b, leaveB: leave } = syncedPair(NEAR, CITY);
    expect(b.jumpTo).toHaveBeenCalledWith(NEAR);
    // The joining jump is not copied back onto the group.
    expect(a.jumpTo).not.toHaveBeenCalled();
    expect(sync.size).toBe(2);

    leave();
    expect(sync.size).toBe(1);
    expect(b.listeners.move.size).toBe(0);
    b.jumpTo.mockClear();
    a.drag(CITY);
    expect(b.jumpTo).not.toHaveBeenCalled();
  });

  it('keeps three maps together from any of them', () => {
    const sync = new MapSync();
    const maps = [fakeMap(CITY), fakeMap(CITY), fakeMap(CITY)];
    for (const m of maps) sync.add(m);
    maps[1]?.drag(NEAR);
    expect(new Set(maps.map((m) => m.container.dataset.view))).toEqual(new Set([formatView(NEAR)]));
  });
});
