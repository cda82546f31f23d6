import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../common/time';
import { scenarioFromQuery } from '../scenario/query';
import { testCity } from '../test-support/test-city';
import { labCost, labRuns, MAX_LAB_COST_MS, maxSeedsWithinCap, partsCost } from './cost';
import { MAX_SEEDS, MAX_VARIANTS } from './schemas';

// Monday 13 to Monday 20 July 2026 in the test city (New York time): the longest window the Lab takes.
const WEEK = { fromMs: Date.parse('2026-07-13T04:00:00Z'), toMs: Date.parse('2026-07-20T04:00:00Z') };
const scenario = (query: Record<string, unknown>) => scenarioFromQuery({ city: testCity.id, ...query });
const cost = (scenarios: ReturnType<typeof scenario>[], seeds: number, days = 7) =>
  labCost(scenarios, seeds, WEEK.fromMs, WEEK.fromMs + days * DAY_MS, testCity.timezone);

describe('the cost of a comparison', () => {
  const unrelated = Array.from({ length: MAX_VARIANTS + 1 }, (_, i) => scenario({ seed: 100 * (i + 1) }));
  const variants = [scenario({ seed: 7 }), scenario({ seed: 7, evShare: 0.4 }), scenario({ seed: 7, signalRetiming: true })];

  it('counts each distinct part once and each setup once', () => {
    const { parts } = labRuns(variants, 1, WEEK.fromMs, WEEK.toMs, testCity.timezone);
    const setups = new Map(parts.map((p) => [p.setup.key, p.setup.cost]));
    const expected = parts.reduce((sum, p) => sum + p.cost, 0) + [...setups.values()].reduce((a, b) => a + b, 0);
    expect(partsCost(parts)).toBe(expected);
    // The EV variant shares its baseline's flow, the retimed one its meters: less than three scenarios apart.
    expect(cost(variants, 1)).toBeLessThan(cost(unrelated.slice(0, 3), 1));
  });

  it('grows with the seeds, the days and the scenarios', () => {
    expect(cost(unrelated, 2)).toBeCloseTo(2 * cost(unrelated, 1), 6);
    expect(cost(unrelated, 1, 3)).toBeLessThan(cost(unrelated, 1, 7));
    expect(cost(unrelated.slice(0, 2), 1)).toBeLessThan(cost(unrelated, 1));
  });

  it('admits the largest one-seed comparison the schema allows and refuses the largest band', () => {
    expect(cost(unrelated, 1)).toBeLessThanOrEqual(MAX_LAB_COST_MS);
    expect(cost(unrelated, MAX_SEEDS)).toBeGreaterThan(3 * MAX_LAB_COST_MS);
    expect(maxSeedsWithinCap(unrelated, WEEK.fromMs, WEEK.toMs, testCity.timezone)).toBe(1);
  });

  it('names the most seeds within the cap: all of them for a day, fewer for a week', () => {
    const day = { fromMs: WEEK.fromMs + 2 * DAY_MS, toMs: WEEK.fromMs + 3 * DAY_MS };
    expect(maxSeedsWithinCap(variants, day.fromMs, day.toMs, testCity.timezone)).toBe(MAX_SEEDS);
    const fit = maxSeedsWithinCap(variants, WEEK.fromMs, WEEK.toMs, testCity.timezone);
    expect(fit).toBeGreaterThan(1);
    expect(fit).toBeLessThan(MAX_SEEDS);
    expect(cost(variants, fit)).toBeLessThanOrEqual(MAX_LAB_COST_MS);
    expect(cost(variants, fit + 1)).toBeGreaterThan(MAX_LAB_COST_MS);
  });
});
