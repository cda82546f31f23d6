/**
 * The engine's property suite over any city (fast-check): finite values and physical bounds on every
 * stream, exact window splitting, the causal EV-share claims, and the work a window needs not
 * depending on how far it lies from any epoch. Run over the engine test city
 * (simulation/properties.test.ts) and over every city the importer builds (tests/data/city-import.test.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { airSeries } from '../air/engine';
import type { City } from '../city/schemas';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../common/time';
import { energyWindow, meterIntervals, QUALITY_MISSING } from '../energy/engine';
import { meterId } from '../energy/population';
import { MAX_TRIP_S, tripSlotCount } from '../mobility/trips';
import { vehicleSamples, vehiclesAt } from '../mobility/vehicles';
import { createSimulation } from '../simulation/create-simulation';
import { digest } from './digest';

const runs = { numRuns: 25 };

const seed = fc.integer({ min: 0, max: 2 ** 32 - 1 });
/** Any minute from 1990 to 2060. */
const time = fc
  .integer({ min: Date.parse('1990-01-01T00:00:00Z') / MINUTE_MS, max: Date.parse('2060-01-01T00:00:00Z') / MINUTE_MS })
  .map((m) => m * MINUTE_MS);
const levers = (t: number) =>
  fc.record({
    evShare: fc.double({ min: 0, max: 1, noNaN: true }),
    connectedShare: fc.double({ min: 0, max: 1, noNaN: true }),
    evTimeOfUse: fc.boolean(),
    signalRetiming: fc.boolean(),
    transitSignalPriority: fc.boolean(),
    wildfireSmoke: fc.option(
      fc
        .double({ min: 0, max: 1, noNaN: true })
        .map((intensity) => ({ from: new Date(t - 6 * HOUR_MS).toISOString(), to: new Date(t + 12 * HOUR_MS).toISOString(), intensity })),
      { nil: undefined },
    ),
    heatWave: fc.option(
      fc
        .double({ min: 0, max: 15, noNaN: true })
        .map((deltaC) => ({ from: new Date(t - DAY_MS).toISOString(), to: new Date(t + DAY_MS).toISOString(), deltaC })),
      { nil: undefined },
    ),
    inversion: fc.option(
      fc
        .double({ min: 0, max: 1, noNaN: true })
        .map((intensity) => ({ from: new Date(t - 3 * HOUR_MS).toISOString(), to: new Date(t + 9 * HOUR_MS).toISOString(), intensity })),
      { nil: undefined },
    ),
  });
const scenario = time.chain((t) => fc.record({ t: fc.constant(t), seed, levers: levers(t) }));

function allFinite(...cols: ArrayLike<number>[]): boolean {
  return cols.every((c) => Array.prototype.every.call(c, Number.isFinite) as boolean);
}

/** Stations the single-station properties use: `split` for window splitting, `roadside` (a roadside site) for the EV-share PM2.5 claim, `cost` for the cost of a window. */
export interface PropertyStations {
  split: string;
  roadside: string;
  cost: string;
}

export function describeEngineProperties(city: City, stations: PropertyStations): void {
  describe('properties over seeds, times and levers', () => {
    it('air readings are finite and physical: PM2.5, ozone, NO2 ≥ 0, 0 ≤ RH ≤ 100, wind ≥ 0, 0 ≤ direction < 360', () => {
      fc.assert(
        fc.property(scenario, fc.constantFrom(...city.stations.map((s) => s.id)), ({ t, seed, levers }, station) => {
          const s = airSeries(createSimulation(city, { seed, levers }), station, t, t + 45 * MINUTE_MS);
          expect(
            allFinite(s.pm25UgM3, s.ozonePpb, s.no2Ppb, s.temperatureC, s.relativeHumidityPct, s.windSpeedMps, s.windDirectionDeg),
          ).toBe(true);
          expect(Math.min(...s.pm25UgM3, ...s.ozonePpb, ...s.no2Ppb, ...s.windSpeedMps)).toBeGreaterThanOrEqual(0);
          expect(Math.min(...s.relativeHumidityPct)).toBeGreaterThanOrEqual(0);
          expect(Math.max(...s.relativeHumidityPct)).toBeLessThanOrEqual(100);
          expect(Math.min(...s.windDirectionDeg)).toBeGreaterThanOrEqual(0);
          expect(Math.max(...s.windDirectionDeg)).toBeLessThan(360);
        }),
        runs,
      );
    });

    it('meter reads are finite unless flagged missing, import and export ≥ 0, and PV yield ≥ 0', () => {
      fc.assert(
        fc.property(scenario, fc.nat(200), ({ t, seed, levers }, meter) => {
          const sim = createSimulation(city, { seed, levers });
          const id = meterId(sim.meters, meter % sim.meters.count);
          const s = meterIntervals(sim, id, t, t + DAY_MS);
          for (let j = 0; j < s.n; j++) {
            const missing = s.quality[j] === QUALITY_MISSING;
            expect(Number.isFinite(s.kwh[j] as number)).toBe(!missing);
            if (!missing) expect(Math.min(s.importKwh[j] as number, s.exportKwh[j] as number)).toBeGreaterThanOrEqual(0);
          }
          expect(Math.min(...energyWindow(sim, t, t + DAY_MS).wide.pvYield)).toBeGreaterThanOrEqual(0);
        }),
        runs,
      );
    });

    // Each run builds a fresh simulation's 40 minutes of warm-up trips (and, at a high connected share,
    // a large fleet's day plan): about 0.3 s a run on the shared 2-core machine, over vitest's 5 s default.
    it('vehicles are finite with 0 ≤ speed ≤ limit + 10%', { timeout: 20_000 }, () => {
      fc.assert(
        fc.property(scenario, ({ t, seed, levers }) => {
          const sim = createSimulation(city, { seed, levers });
          const s = vehicleSamples(sim, t, t + 20_000, 1000);
          expect(allFinite(s.lng, s.lat, s.speedMps, s.headingDeg, s.accelMps2)).toBe(true);
          for (let i = 0; i < s.count; i++) {
            const dir = sim.network.directions[s.trips[s.trip[i] as number]?.dirIndex ?? 0];
            const limit = sim.network.corridors[dir?.corridorIndex ?? 0]?.speedLimitMps ?? 0;
            if ((s.speedMps[i] as number) < 0 || (s.speedMps[i] as number) > limit * 1.1 + 1e-9)
              expect.fail(`speed ${s.speedMps[i]} outside [0, ${limit * 1.1}]`);
          }
        }),
        { numRuns: 15 },
      );
    });

    it('gives identical bytes twice and splits any window at any minute exactly', () => {
      fc.assert(
        fc.property(seed, time, fc.integer({ min: 1, max: 179 }), (seed, t, split) => {
          const sim = createSimulation(city, { seed });
          const whole = airSeries(sim, stations.split, t, t + 3 * HOUR_MS);
          const again = airSeries(createSimulation(city, { seed }), stations.split, t, t + 3 * HOUR_MS);
          const left = airSeries(sim, stations.split, t, t + split * MINUTE_MS);
          const right = airSeries(sim, stations.split, t + split * MINUTE_MS, t + 3 * HOUR_MS);
          expect(digest(whole.pm25UgM3, whole.ozonePpb)).toBe(digest(again.pm25UgM3, again.ozonePpb));
          expect(digest([...left.pm25UgM3, ...right.pm25UgM3], [...left.ozonePpb, ...right.ozonePpb])).toBe(
            digest(whole.pm25UgM3, whole.ozonePpb),
          );
        }),
        runs,
      );
    });
  });

  describe('the EV-share lever acts through its causes', () => {
    const dayStart = fc
      .integer({ min: Date.parse('2020-01-01T00:00:00Z') / DAY_MS, max: Date.parse('2035-01-01T00:00:00Z') / DAY_MS })
      .map((d) => d * DAY_MS + 4 * HOUR_MS);
    const shares = fc.record({ low: fc.double({ min: 0, max: 0.5, noNaN: true }), step: fc.double({ min: 0.3, max: 0.5, noNaN: true }) });

    it('lowers roadside PM2.5 when the EV share rises', () => {
      fc.assert(
        fc.property(seed, dayStart, shares, (seed, day, { low, step }) => {
          const mean = (evShare: number) => {
            const s = airSeries(
              createSimulation(city, { seed, levers: { evShare } }),
              stations.roadside,
              day + 6 * HOUR_MS,
              day + 10 * HOUR_MS,
            );
            return s.pm25UgM3.reduce((a, b) => a + b, 0) / s.count;
          };
          expect(mean(low + step)).toBeLessThan(mean(low));
        }),
        { numRuns: 15 },
      );
    });

    it('raises evening residential load when the EV share rises', () => {
      fc.assert(
        fc.property(seed, dayStart, shares, (seed, day, { low, step }) => {
          const evening = (evShare: number) => {
            const sim = createSimulation(city, { seed, levers: { evShare } });
            let total = 0;
            for (let d = 0; d < 3; d++) {
              const from = day + d * DAY_MS + 17 * HOUR_MS;
              for (let m = 0; m < sim.meters.count; m++) {
                if (sim.meters.classCode[m] !== 0) continue;
                const s = meterIntervals(sim, meterId(sim.meters, m), from, from + 5 * HOUR_MS);
                for (const v of s.kwh) if (!Number.isNaN(v)) total += v;
              }
            }
            return total;
          };
          expect(evening(low + step)).toBeGreaterThan(evening(low));
        }),
        { numRuns: 8 },
      );
    });
  });

  describe('cost of a window', () => {
    it.each(['1971-03-01T12:00:00Z', '2026-07-14T12:00:00Z', '2099-11-20T12:00:00Z'])(
      'is the same work near %s: four weather days for an hour of air (its own and the urban box’s three-day spin-up), a fixed number of trip slots for one instant',
      (at) => {
        const t = Date.parse(at);
        const sim = createSimulation(city, { seed: 3 });
        airSeries(sim, stations.cost, t, t + HOUR_MS);
        expect(sim.weather.blockCount).toBe(4);
        vehiclesAt(sim, t);
        expect(tripSlotCount(sim)).toBe(sim.network.directions.length * (MAX_TRIP_S / 60 + 1));
      },
    );
  });
}
