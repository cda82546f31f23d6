import { describe, expect, it } from 'vitest';
import { interpolateVehicles } from './vehicle-interpolation';

const frame = (ids: string[], lng: number[], lat: number[]) => ({
  id: ids,
  kind: ids.map(() => 'car' as const),
  lng,
  lat,
  speedMps: ids.map(() => 10),
  headingDeg: ids.map(() => 0),
  connected: ids.map(() => true),
});

describe('interpolateVehicles', () => {
  const previous = frame(['a', 'b'], [0, 10], [0, 10]);
  const current = frame(['b', 'c'], [20, 5], [20, 5]);

  it('glides a vehicle seen in both frames and places new ones where they are', () => {
    const half = interpolateVehicles(previous, current, 0.5);
    expect(half.count).toBe(2);
    expect([half.lng[0], half.lat[0]]).toEqual([15, 15]);
    expect([half.lng[1], half.lat[1]]).toEqual([5, 5]);
  });

  it('clamps alpha to the frame interval', () => {
    expect(interpolateVehicles(previous, current, 3).lng[0]).toBe(20);
    expect(interpolateVehicles(previous, current, -1).lng[0]).toBe(10);
  });

  it('reuses its output buffers', () => {
    const out = interpolateVehicles(undefined, current, 0);
    expect(interpolateVehicles(previous, current, 1, out)).toBe(out);
  });
});
