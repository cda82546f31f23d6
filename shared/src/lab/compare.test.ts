import { describe, expect, it } from 'vitest';
import { HOUR_MS } from '../common/time';
import { TelemetryService } from '../simulation/telemetry-service';
import { engineCity } from '../test-support/engine-city';
import { seedBand } from './compare';
import { LabScorecardQuerySchema, LabScorecardSchema } from './schemas';

describe('seedBand', () => {
  it('calls it an effect when the mean difference is larger than its range over the seeds', () => {
    const { band, verdict } = seedBand([10, 11, 10.5], [20, 21.2, 20.4]);
    expect(verdict).toBe('effect');
    expect(band).toEqual({
      min: expect.closeTo(9.9, 9),
      max: 10.2,
      mean: expect.closeTo(10.033, 3),
      spread: expect.closeTo(0.3, 9),
      seeds: 3,
    });
    // The same shift on every seed has no variation at all.
    expect(seedBand([3, 4, 5], [3.5, 4.5, 5.5]).verdict).toBe('effect');
  });

  it('calls it noise when the seeds disagree on the direction', () => {
    expect(seedBand([10, 11, 10.5], [12, 10, 10.6]).verdict).toBe('noise');
  });

  it('calls it noise when every seed moves the same way but by amounts that vary more than their mean', () => {
    expect(seedBand([10, 14, 12], [10.1, 17, 12.2]).verdict).toBe('noise');
  });

  it('calls it noise when nothing moves, and gives no verdict with fewer than two seeds that have values', () => {
    expect(seedBand([3, 4], [3, 4]).verdict).toBe('noise');
    expect(seedBand([3], [5])).toEqual({ band: null, verdict: null });
    expect(seedBand([3, null, 4], [5, 6, null])).toEqual({ band: null, verdict: null });
  });
});

describe('the Lab over five seeds on the engine test city', () => {
  const telemetry = new TelemetryService([engineCity]);
  // Wednesday 15 July 2026, 12:00–20:00 local: the evening peak period (three hours) and home charging.
  const from = new Date(Date.parse('2026-07-15T16:00:00Z')).toISOString();
  const to = new Date(Date.parse('2026-07-15T16:00:00Z') + 8 * HOUR_MS).toISOString();
  const answer = telemetry.labScorecard(
    LabScorecardQuerySchema.parse({ city: engineCity.id, seed: '3', v1: 'seed=11', v2: 'seed=3&evShare=1', from, to, seeds: '5' }),
    0,
  );
  const [seedOnly, strong] = answer.comparisons;

  it('answers in the contract’s shape, the baseline first and each variant with its slot', () => {
    expect(() => LabScorecardSchema.parse(answer)).not.toThrow();
    expect(answer.scenarios.map((s) => [s.role, s.index, s.seed])).toEqual([
      ['baseline', 0, 3],
      ['variant', 1, 11],
      ['variant', 2, 3],
    ]);
    expect(answer.time).toHaveLength(8);
  });

  it('says "noise" for a variant that differs only by its seed', () => {
    expect(seedOnly?.changed).toEqual(['seed']);
    expect(seedOnly?.effects).toBe(0);
    const judged = seedOnly?.kpis.filter((k) => k.verdict !== null) ?? [];
    expect(judged.length).toBeGreaterThanOrEqual(9);
    for (const kpi of judged) expect(kpi.verdict, kpi.id).toBe('noise');
    expect(seedOnly?.summary).toMatch(/noise/);
    // Every figure can move by chance, and the chain says so.
    expect(seedOnly?.kpis.every((k) => k.why.includes('seed-draws'))).toBe(true);
  });

  it('says "effect" for a strong lever: every home and depot charging adds energy on every seed', () => {
    expect(strong?.changed).toEqual(['evShare']);
    const energy = strong?.kpis.find((k) => k.id === 'energy');
    expect(energy?.verdict).toBe('effect');
    expect(energy?.band?.min).toBeGreaterThan(0);
    expect(energy?.diff).toBeGreaterThan(0);
    expect(energy?.why).toEqual(['ev-chargers']);
    expect(strong?.effects).toBeGreaterThan(0);
    expect(strong?.summary).toMatch(/^An effect on \d+ of \d+ figures/);
    // The lever does not reach the signals: the corridor's times are the same trips.
    expect(strong?.kpis.find((k) => k.id === 'travelTimeIndex')?.diff).toBe(0);
    expect(answer.chains.map((c) => c.id)).toContain('ev-chargers');
  });
});
