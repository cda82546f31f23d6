import type { VehicleColumns } from '@sandbox/shared/live/schemas';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { interpolateVehicles } from './vehicle-interpolation';
import { byZoom, isProjectingMap, VehicleOverlay } from './vehicle-overlay';

/** A flat map at zoom 14: 1° = 1000 px, no rotation; records its listeners. */
function fakeMap() {
  const container = document.createElement('div');
  const listeners = new Map<string, () => void>();
  return {
    container,
    listeners,
    project: ([lng, lat]: [number, number]) => ({ x: lng * 1000, y: -lat * 1000 }),
    getZoom: () => 14,
    getCanvasContainer: () => container,
    on: (type: string, listener: () => void) => listeners.set(type, listener),
    off: (type: string) => listeners.delete(type),
  };
}

/** jsdom lays nothing out: give the overlay canvas a size. */
function sized() {
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(800);
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
}

function fakeContext() {
  return { clearRect: vi.fn(), beginPath: vi.fn(), moveTo: vi.fn(), arc: vi.fn(), fill: vi.fn(), stroke: vi.fn(), setTransform: vi.fn() };
}

const columns: VehicleColumns = {
  id: ['north', 'south', 'bus'],
  kind: ['car', 'car', 'bus'],
  lng: [0.1, 0.2, 0.3],
  lat: [-0.1, -0.1, -0.1],
  speedMps: [10, 0, 8],
  headingDeg: [0, 180, 90],
  connected: [true, false, false],
};

afterEach(() => vi.restoreAllMocks());

describe('VehicleOverlay', () => {
  it('draws every vehicle on its side of the road, one path per colour', () => {
    sized();
    const context = fakeContext();
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(context as unknown as CanvasRenderingContext2D);
    const map = fakeMap();
    const overlay = new VehicleOverlay(map);
    overlay.update(interpolateVehicles(undefined, columns, 1), columns);
    expect(context.fill).toHaveBeenCalledTimes(4);
    const centres = context.arc.mock.calls.map(([x, y]) => [Math.round(x as number), Math.round(y as number)]);
    // Northbound shifts east (+x), southbound west (−x), eastbound south (+y), by 4 px at zoom 14.
    expect(centres).toEqual(
      expect.arrayContaining([
        [104, 100],
        [196, 100],
        [300, 104],
      ]),
    );
  });

  it('finds the vehicle under the pointer for the hover card, and none when hidden', () => {
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(fakeContext() as unknown as CanvasRenderingContext2D);
    const overlay = new VehicleOverlay(fakeMap());
    overlay.update(interpolateVehicles(undefined, columns, 1), columns);
    expect(overlay.vehicleAt(197, 101)).toEqual({ columns, index: 1 });
    expect(overlay.vehicleAt(150, 150)).toBeNull();
    overlay.setVisible(false);
    expect(overlay.vehicleAt(197, 101)).toBeNull();
  });

  it('redraws when the camera moves and leaves no trace when destroyed', () => {
    const context = fakeContext();
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(context as unknown as CanvasRenderingContext2D);
    const map = fakeMap();
    const overlay = new VehicleOverlay(map);
    overlay.update(interpolateVehicles(undefined, columns, 1), columns);
    const draws = context.clearRect.mock.calls.length;
    map.listeners.get('move')?.();
    expect(context.clearRect.mock.calls.length).toBe(draws + 1);
    overlay.destroy();
    expect(map.container.querySelector('canvas')).toBeNull();
    expect(map.listeners.size).toBe(0);
  });
});

describe('helpers', () => {
  it('interpolates by zoom like a style expression, clamped', () => {
    expect(byZoom(12, [10, 2], [14, 4])).toBe(3);
    expect(byZoom(8, [10, 2], [14, 4])).toBe(2);
    expect(byZoom(18, [10, 2], [14, 4])).toBe(4);
  });

  it('recognizes a map it can draw over', () => {
    expect(isProjectingMap(fakeMap())).toBe(true);
    expect(isProjectingMap({ getSource: () => null })).toBe(false);
  });
});
