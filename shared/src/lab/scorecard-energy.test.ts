import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY_MS, HOUR_MS } from '../common/time';
import { meterId } from '../energy/population';
import { createSimulation } from '../simulation/create-simulation';
import { digest } from '../test-support/digest';
import { engineCity } from '../test-support/engine-city';
import { energyFigures, energyStretch, withoutEvs } from './scorecard-energy';

describe('the energy figures of a window', () => {
  it('are the same bits from its days, computed apart, as from the window in one stretch', () => {
    const sim = createSimulation(engineCity, { seed: 4, levers: { evShare: 0.5 } });
    const withoutEv = createSimulation(engineCity, { seed: 4, levers: { evShare: 0 } });
    const from = Date.parse('2026-07-14T04:00:00Z');
    const to = from + 3 * DAY_MS;
    const whole = energyFigures([energyStretch(sim, withoutEv, from, to)]);
    const days = [0, 1, 2].map((d) => energyStretch(sim, withoutEv, from + d * DAY_MS, from + (d + 1) * DAY_MS));
    expect(energyFigures(days)).toEqual(whole);
    expect(whole.evAtPeakKw).toBeGreaterThan(0);
    // The peak is not on the first day, so the days' own peaks are really compared.
    expect(whole.peakAtMs).toBeGreaterThanOrEqual(from + DAY_MS);
  });

  it("prices grid CO₂ at the city's own eGRID subregion rate (Austin is on ERCT, not Ohio's RFCW)", () => {
    const from = Date.parse('2026-07-14T04:00:00Z');
    const figures = (egridSubregion: 'RFCW' | 'ERCT') =>
      energyFigures([energyStretch(createSimulation({ ...engineCity, egridSubregion }, { seed: 4 }), undefined, from, from + DAY_MS)]);
    const ohio = figures('RFCW');
    const texas = figures('ERCT');
    expect(texas.energyMwh).toBe(ohio.energyMwh);
    expect(ohio.gridCo2T / ohio.energyMwh).toBeCloseTo((911.4 * 0.45359237) / 1000, 6);
    expect(texas.gridCo2T / texas.energyMwh).toBeCloseTo((733.9 * 0.45359237) / 1000, 6);
  });

  it('take the scenario without EVs from its own meters minus the chargers: the same population and the same bits as built with share 0', () => {
    const from = Date.parse('2026-01-05T05:00:00Z');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 }),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        fc.boolean(),
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 0, max: 364 }),
        (seed, evShare, evTimeOfUse, faulted, day) => {
          const t = from + day * DAY_MS;
          const span = { from: new Date(t + 2 * HOUR_MS).toISOString(), to: new Date(t + 9 * HOUR_MS).toISOString() };
          const plain = createSimulation(engineCity, { seed });
          const scenario = (share: number) => ({
            seed,
            levers: { evShare: share, evTimeOfUse, demandResponse: { ...span, depth: 0.5 } },
            faults: [{ kind: 'meter-estimated' as const, meterId: meterId(plain.meters, faulted % plain.meters.count), ...span }],
          });
          const sim = createSimulation(engineCity, scenario(evShare));
          const built = createSimulation(engineCity, scenario(0));
          const derived = withoutEvs(sim);
          const columns = (m: typeof sim.meters) =>
            digest(
              m.keys,
              m.classCode,
              m.district,
              m.feeder,
              m.hasPv,
              m.pvKw,
              m.hasEv,
              m.evKw,
              m.electricHeat,
              m.size,
              m.shift,
              m.drParticipant,
              m.cellMeters,
            );
          expect(columns(derived.meters)).toBe(columns(built.meters));
          expect([...derived.meters.faults.keys()]).toEqual([...built.meters.faults.keys()]);
          expect(energyStretch(sim, derived, t, t + DAY_MS)).toEqual(energyStretch(sim, built, t, t + DAY_MS));
        },
      ),
      { numRuns: 12 },
    );
  });
});
