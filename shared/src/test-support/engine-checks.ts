/** What the engine's unit tests share: the test city under a lever, and where a daily curve peaks. */
import { expect } from 'vitest';
import type { LeversInput } from '../scenario/schemas';
import { createSimulation } from '../simulation/create-simulation';
import type { Simulation } from '../simulation/simulation';
import { engineCity } from './engine-city';

/** The engine test city at `seed` with `levers` pulled (the what-if a test compares with the plain city). */
export function engineCityWith(seed: number, levers: LeversInput): Simulation {
  return createSimulation(engineCity, { seed, levers });
}

/** Asserts that the largest of `values` (the first, on a tie) stands at an index from `first` to `last`, e.g. a peak hour. */
export function expectPeakWithin(values: ArrayLike<number>, first: number, last: number): void {
  const list = Array.from(values);
  const peak = list.indexOf(Math.max(...list));
  expect(peak).toBeGreaterThanOrEqual(first);
  expect(peak).toBeLessThanOrEqual(last);
}
