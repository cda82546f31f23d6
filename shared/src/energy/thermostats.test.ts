import { describe, expect, it } from 'vitest';
import { createSimulation } from '../simulation/create-simulation';
import { engineCity } from '../test-support/engine-city';
import { PARAMS } from './meter-classes';
import { COOL_OFFSETS_C, COOL_ROWS, coolCohortOf, RESIDENTIAL_COOL_OFFSETS_C } from './thermostats';
import { coolRowOf, energyWindow, INTERVAL_MS } from './window';

describe('thermostat cohorts', () => {
  it('draw homes into the RECS set points with their shares, keeping the class’s mean set point', () => {
    const counts = RESIDENTIAL_COOL_OFFSETS_C.map(() => 0);
    let offsetSum = 0;
    for (let i = 0; i < 100_000; i++) {
      const cohort = coolCohortOf(0, (i + 0.5) / 100_000);
      counts[cohort] = (counts[cohort] as number) + 1;
      offsetSum += RESIDENTIAL_COOL_OFFSETS_C[cohort] as number;
    }
    // 72 °F is the commonest setting (25.5%), 70 °F next (20.1%), 60 °F the rarest but one (1.1%).
    expect(counts[6]).toBeCloseTo(25_464, -2);
    expect(counts[5]).toBeCloseTo(20_109, -2);
    expect(counts[0]).toBeCloseTo(1_068, -2);
    expect(Math.abs(offsetSum / 100_000)).toBeLessThan(0.01);
    // 60 °F to 80 °F: 11 °C from the coolest cohort to the warmest.
    expect((RESIDENTIAL_COOL_OFFSETS_C[10] as number) - (RESIDENTIAL_COOL_OFFSETS_C[0] as number)).toBeCloseTo(20 / 1.8, 6);
  });

  it('give the other schedules one cohort at the class set point', () => {
    for (let s = 1; s < COOL_OFFSETS_C.length; s++) {
      expect(COOL_OFFSETS_C[s]).toEqual([0]);
      expect(coolCohortOf(s, 0.99)).toBe(0);
    }
    expect(COOL_ROWS).toBe(9 * (RESIDENTIAL_COOL_OFFSETS_C.length + COOL_OFFSETS_C.length - 1));
  });

  it('cool a cohort with a lower set point harder, by the same amount per °C of set point', () => {
    const sim = createSimulation(engineCity, { seed: 8 });
    const from = Date.parse('2026-07-01T04:00:00Z');
    const win = energyWindow(sim, from, from + 31 * 96 * INTERVAL_MS);
    const at = (cohort: number, j: number) => win.cool[coolRowOf(win, 0, cohort, 0) + j] as number;
    const off = RESIDENTIAL_COOL_OFFSETS_C;
    let checked = 0;
    for (let j = 0; j < win.n; j++) {
      expect(at(0, j)).toBeGreaterThanOrEqual(at(6, j));
      expect(at(6, j)).toBeGreaterThanOrEqual(at(10, j));
      if (at(10, j) <= 0) continue;
      // All three cooling: (lagged temperature − set point) × occupancy, equal steps per °C.
      const low = (at(0, j) - at(6, j)) / ((off[6] as number) - (off[0] as number));
      const high = (at(6, j) - at(10, j)) / ((off[10] as number) - (off[6] as number));
      expect(low).toBeCloseTo(high, 9);
      checked++;
    }
    expect(checked).toBeGreaterThan(10);
    expect(PARAMS.residential.coolSetpointC).toBe(22);
  });

  it('shift a household’s cooling occupancy with its schedule, leaving the temperature alone', () => {
    const sim = createSimulation(engineCity, { seed: 8 });
    const from = Date.parse('2026-07-01T04:00:00Z');
    const win = energyWindow(sim, from, from + 7 * 96 * INTERVAL_MS);
    const at = (cohort: number, shift: number, j: number) => win.cool[coolRowOf(win, 0, cohort, shift) + j] as number;
    let differ = 0;
    for (let j = 0; j < win.n; j++) {
      if (at(6, 0, j) <= 0) continue;
      // Occupancy cancels in a ratio of two cohorts: the same temperature at every shift.
      expect(at(0, 4, j) / at(6, 4, j)).toBeCloseTo(at(0, 0, j) / at(6, 0, j), 9);
      if (Math.abs(at(6, 4, j) - at(6, 0, j)) > 1e-9) differ++;
    }
    expect(differ).toBeGreaterThan(50);
  });
});
