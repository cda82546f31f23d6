import type { StreamFrame } from '@sandbox/shared/live/schemas';
import type { Segment } from '@sandbox/shared/mobility/schemas';
import { describe, expect, it } from 'vitest';
import { corridorSpeedNow, directionsNow, vehiclesNow } from './live-corridor';

const segment = (id: string, direction: Segment['direction'], lengthM: number): Segment => ({
  id,
  corridorId: id.split('-nb')[0]?.split('-sb')[0] ?? '',
  direction,
  index: Number(id.slice(-2)),
  fromIntersectionId: null,
  toIntersectionId: null,
  lengthM,
  speedLimitMps: 15,
  path: [
    [0, 0],
    [0, 1],
  ],
});
const network = [segment('main-st-nb-00', 'nb', 600), segment('main-st-nb-01', 'nb', 400), segment('main-st-sb-00', 'sb', 1000)];
const frame = (speeds: Record<string, number | null>): NonNullable<StreamFrame['mobility']> => ({
  vehicles: {
    id: ['a', 'b', 'c'],
    kind: ['car', 'bus', 'car'],
    lng: [0, 0, 0],
    lat: [0, 0, 0],
    speedMps: [1, 2, 3],
    headingDeg: [0, 0, 0],
    connected: [true, false, true],
  },
  segments: Object.entries(speeds).map(([segmentId, speedMps]) => ({ segmentId, speedMps, volume: 1 })),
  signals: [],
  events: [],
  eventsTotal: 0,
});

describe('directionsNow', () => {
  it('weights segment speeds by length (space-mean) and gives the travel time', () => {
    const [nb] = directionsNow(frame({ 'main-st-nb-00': 10, 'main-st-nb-01': 5 }), network, 'main-st');
    expect(nb?.travelTimeS).toBeCloseTo(60 + 80, 6);
    expect(nb?.speedMps).toBeCloseTo(1000 / 140, 6);
  });

  it('estimates from the driven segments, and says nothing when under half the length had traffic', () => {
    const [nb, sb] = directionsNow(frame({ 'main-st-nb-00': 10, 'main-st-nb-01': null }), network, 'main-st');
    expect(nb?.speedMps).toBe(10);
    expect(nb?.travelTimeS).toBe(100);
    expect(sb?.speedMps).toBeNull();
    expect(directionsNow(frame({ 'main-st-nb-01': 8 }), network, 'main-st')[0]?.speedMps).toBeNull();
  });

  it('averages both directions into the corridor speed', () => {
    const directions = directionsNow(frame({ 'main-st-nb-00': 10, 'main-st-nb-01': 10, 'main-st-sb-00': 5 }), network, 'main-st');
    expect(corridorSpeedNow(directions)).toBeCloseTo(2000 / 300, 6);
    expect(corridorSpeedNow([])).toBeNull();
  });
});

describe('vehiclesNow', () => {
  it('counts vehicles, connected ones and buses', () => {
    expect(vehiclesNow(frame({}))).toEqual({ total: 3, connected: 2, buses: 1 });
    expect(vehiclesNow(undefined)).toBeNull();
  });
});
