import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../common/time';
import { createSimulation } from '../simulation/create-simulation';
import { engineCity } from '../test-support/engine-city';
import { energyFigures, energyStretch } from './scorecard-energy';

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
});
