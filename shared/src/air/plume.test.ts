import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CitySchema } from '../city/schemas';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../common/time';
import { createSimulation } from '../simulation/create-simulation';
import { digest } from '../test-support/digest';
import { engineCity } from '../test-support/engine-city';
import { airSeries } from './engine';
import { plumeShape, SMOKE_PEAK_UGM3, smokeUgM3, valueNoise3 } from './plume';

const from = '2026-07-15T12:00:00Z';
const to = '2026-07-17T12:00:00Z';
const smoky = (intensity: number, seed = 5) => createSimulation(engineCity, { seed, levers: { wildfireSmoke: { from, to, intensity } } });

describe('smoke plume', () => {
  it('is never negative and never above the intensity × the plume peak (any place, time, intensity, seed)', () => {
    const t0 = Date.parse(from);
    const sims = new Map<string, ReturnType<typeof smoky>>();
    const simOf = (intensity: number, seed: number) => {
      const key = `${intensity}|${seed}`;
      if (!sims.has(key)) sims.set(key, smoky(intensity, seed));
      return sims.get(key) as ReturnType<typeof smoky>;
    };
    fc.assert(
      fc.property(
        fc.constantFrom(0.05, 0.3, 0.6, 1),
        fc.integer({ min: 1, max: 6 }),
        fc.double({ min: -40_000, max: 40_000, noNaN: true }),
        fc.double({ min: -40_000, max: 40_000, noNaN: true }),
        fc.double({ min: -DAY_MS, max: 4 * DAY_MS, noNaN: true }),
        (intensity, seed, x, y, dt) => {
          const plume = simOf(intensity, seed).air.plume;
          const value = smokeUgM3(plume, x, y, t0 + dt);
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(intensity * SMOKE_PEAK_UGM3);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('is absent without the lever and outside the episode', () => {
    expect(createSimulation(engineCity, { seed: 5 }).air.plume).toBeNull();
    const plume = smoky(0.6).air.plume;
    expect(smokeUgM3(plume, 0, 0, Date.parse(from) - HOUR_MS)).toBe(0);
    expect(smokeUgM3(plume, 0, 0, Date.parse(to) + 12 * HOUR_MS)).toBe(0);
    expect(smokeUgM3(plume, 0, 0, Date.parse(from) + DAY_MS)).toBeGreaterThan(0);
  });

  it('arrives at the upwind edge first and travels with the transport wind', () => {
    const plume = smoky(0.6).air.plume;
    if (!plume) throw new Error('expected a plume');
    const arrival = (along: number) => {
      // Points on the plume's axis line through the centre, `along` metres downwind of it.
      const x = plume.ux * along;
      const y = plume.uy * along;
      for (let t = Date.parse(from); t < Date.parse(to); t += MINUTE_MS) if (plumeShape(plume, x, y, t) > 0) return t;
      return Number.NaN;
    };
    const upwind = arrival(plume.edgeM + 5_000);
    const downwind = arrival(plume.edgeM + 25_000);
    // 20 km apart at the transport speed (to the minute the search steps by).
    expect(Math.abs((downwind - upwind) / 1000 - 20_000 / plume.speedMps)).toBeLessThanOrEqual(60);
    // Upwind of the city's edge the front is there when the episode starts (its first minute).
    expect(arrival(plume.edgeM - 5_000)).toBe(Date.parse(from) + MINUTE_MS);
    expect(upwind).toBeGreaterThan(Date.parse(from) + MINUTE_MS);
  });

  it('thins across the city: two benches 15 km apart read different smoke at the same hour', () => {
    const plume = smoky(0.6).air.plume;
    if (!plume) throw new Error('expected a plume');
    const t = Date.parse(from) + DAY_MS;
    const across = [plume.uy, -plume.ux];
    const a = smokeUgM3(plume, -7_500 * (across[0] as number), -7_500 * (across[1] as number), t);
    const b = smokeUgM3(plume, 7_500 * (across[0] as number), 7_500 * (across[1] as number), t);
    expect(Math.abs(a - b) / Math.max(a, b)).toBeGreaterThan(0.05);
  });

  it('gives the same smoke for the same scenario and a window split anywhere', () => {
    const sim = smoky(0.6);
    const a = Date.parse(from) - 2 * HOUR_MS;
    const b = a + 9 * HOUR_MS + 17 * MINUTE_MS;
    const c = a + 20 * HOUR_MS;
    const whole = airSeries(sim, 'linden-school', a, c);
    const left = airSeries(sim, 'linden-school', a, b);
    const right = airSeries(smoky(0.6), 'linden-school', b, c);
    expect(digest(Float64Array.from([...left.pm25UgM3, ...right.pm25UgM3]))).toBe(digest(whole.pm25UgM3));
  });

  it('puts each city in its own frame: the upwind edge comes from the city bounds', () => {
    const wide = CitySchema.parse({
      ...engineCity,
      bounds: [
        [-83.5, 39.5],
        [-82.5, 40.5],
      ],
    });
    const narrow = smoky(0.6).air.plume;
    const far = createSimulation(wide, { seed: 5, levers: { wildfireSmoke: { from, to, intensity: 0.6 } } }).air.plume;
    expect(far?.edgeM).toBeLessThan(narrow?.edgeM as number);
  });
});

describe('valueNoise3', () => {
  it('stays in [-1, 1], is continuous and hits its lattice values at integers', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e4, max: 1e4, noNaN: true }),
        fc.double({ min: -1e4, max: 1e4, noNaN: true }),
        fc.double({ min: 0, max: 1e3, noNaN: true }),
        (x, y, z) => {
          const v = valueNoise3(7, x, y, z);
          expect(Math.abs(v)).toBeLessThanOrEqual(1);
          expect(Math.abs(valueNoise3(7, x + 1e-6, y, z) - v)).toBeLessThan(1e-3);
        },
      ),
    );
    expect(valueNoise3(7, 3, 4, 5)).toBe(valueNoise3(7, 3, 4, 5));
    expect(valueNoise3(7, 3, 4, 5)).not.toBe(valueNoise3(8, 3, 4, 5));
  });
});
