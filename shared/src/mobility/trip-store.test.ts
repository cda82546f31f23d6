import { describe, expect, it } from 'vitest';
import { HOUR_MS, MINUTE_MS } from '../common/time';
import { createSimulation } from '../simulation/create-simulation';
import { engineCity } from '../test-support/engine-city';
import { END_SUMMARY_BYTES, tripBytes } from './trip-store';
import { tripSlotCount, tripsInSlot, tripsOverlapping } from './trips';

const peak = Date.parse('2026-07-14T21:00:00Z');

describe('TripStore', () => {
  it('holds no more than its cap in bytes, and a slot rebuilt after eviction is the same trips', () => {
    const sim = createSimulation(engineCity, { seed: 4 }, { tripStoreBytes: 200_000 });
    const minute = peak / MINUTE_MS;
    const first = tripsInSlot(sim, 0, minute).map((t) => [t.hash, ...t.phases].join());
    tripsOverlapping(sim, peak, peak + 2 * HOUR_MS);
    expect(sim.traffic.trips.bytes).toBeLessThanOrEqual(200_000);
    expect(tripSlotCount(sim)).toBeGreaterThan(0);
    expect(tripsInSlot(sim, 0, minute).map((t) => [t.hash, ...t.phases].join())).toEqual(first);
  });

  it('reports its size to its owner as it grows and when it is cleared', () => {
    const sim = createSimulation(engineCity, { seed: 4 });
    const sizes: number[] = [];
    sim.traffic.trips.onResize = (bytes) => sizes.push(bytes);
    const trips = tripsInSlot(sim, 0, peak / MINUTE_MS);
    expect(sizes.at(-1)).toBe(64 + trips.reduce((sum, t) => sum + tripBytes(t), 0) + END_SUMMARY_BYTES);
    sim.traffic.trips.clear();
    expect(sizes.at(-1)).toBe(0);
  });

  it("remembers when a slot's trips ended after dropping them, so a later window skips the slot and still finds the same trips", () => {
    const small = createSimulation(engineCity, { seed: 4 }, { tripStoreBytes: 200_000 });
    const fresh = createSimulation(engineCity, { seed: 4 });
    const minute = peak / MINUTE_MS;
    const slot = tripsInSlot(small, 0, minute);
    const lastEnd = Math.max(...slot.map((t) => t.endS));
    expect(small.traffic.trips.lastEndOf(minute * 64)).toBe(lastEnd);
    tripsOverlapping(small, peak, peak + 2 * HOUR_MS); // evicts the first slots
    expect(small.traffic.trips.lastEndOf(minute * 64)).toBe(lastEnd);
    const later = lastEnd * 1000 + 1;
    const keys = (trips: { key: number }[]) => trips.map((t) => t.key);
    expect(keys(tripsOverlapping(small, later, later + HOUR_MS))).toEqual(keys(tripsOverlapping(fresh, later, later + HOUR_MS)));
  });
});
