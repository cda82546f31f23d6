import { describe, expect, it } from 'vitest';
import { ApiProblem } from '../common/problem';
import { DAY_MS, HOUR_MS } from '../common/time';
import { scenarioFromQuery } from '../scenario/query';
import { testCity } from '../test-support/test-city';
import { labPlan } from './plan';
import { LabScorecardQuerySchema } from './schemas';

const cities = new Map([[testCity.id, testCity]]);
const parse = (query: Record<string, string>) => LabScorecardQuerySchema.safeParse({ city: testCity.id, ...query });
const issuesOf = (query: Record<string, string>) => {
  const result = parse(query);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('the Lab query', () => {
  it('reads a variant as a scenario query string of its own', () => {
    const result = parse({ v1: 'evShare=0.4&seed=2&heatWave=2026-07-14T00:00:00Z/2026-07-15T00:00:00Z', v3: 'signalRetiming=true' });
    expect(result.success).toBe(true);
    expect(result.data?.v1).toEqual({
      evShare: 0.4,
      seed: 2,
      heatWave: { from: '2026-07-14T00:00:00.000Z', to: '2026-07-15T00:00:00.000Z' },
    });
    expect(result.data?.v3).toEqual({ signalRetiming: true });
    expect(result.data?.seeds).toBe(5);
  });

  it('names the variant and its parameter when one is wrong', () => {
    expect(issuesOf({ v1: 'evShare=2' })).toEqual(['v1.evShare: must be a number from 0 to 1']);
    expect(issuesOf({ v2: 'smokeIntensity=0.5' })).toEqual(['v2.smokeIntensity: needs smoke=from/to']);
    expect(issuesOf({ v1: 'evShare=0.1&evShare=0.2' })).toEqual(['v1.evShare: is given twice']);
    expect(issuesOf({ v1: 'evShare=%E0%A4%A' })[0]).toMatch(/^v1: .*percent-encoding/);
    expect(issuesOf({ v1: 'city=elsewhere' })[0]).toMatch(/^v1: Unrecognized key/);
    expect(issuesOf({ v4: 'seed=2' })[0]).toMatch(/Unrecognized key/);
    expect(issuesOf({ seeds: '11' })).toEqual(['seeds: must be a whole number from 1 to 10']);
  });
});

describe('labPlan', () => {
  const now = Date.parse('2026-07-15T18:20:00Z');
  const plan = (query: Record<string, string>) => labPlan(LabScorecardQuerySchema.parse({ city: testCity.id, ...query }), cities, now);

  it('runs the baseline and each variant at its seed, then at seed + 1 … for the band', () => {
    const p = plan({ seed: '7', v2: 'seed=20&evShare=0.5', seeds: '3', from: '2026-07-14T04:00:00Z', to: '2026-07-15T04:00:00Z' });
    expect(p.variantIndex).toEqual([2]);
    expect(p.runs.map((run) => [run.seed ?? 1, run.evShare ?? 0.05])).toEqual([
      [7, 0.05],
      [20, 0.5],
      [8, 0.05],
      [21, 0.5],
      [9, 0.05],
      [22, 0.5],
    ]);
    expect(p.runs.every((run) => run.fromMs === Date.parse('2026-07-14T04:00:00Z') && run.toMs === run.fromMs + DAY_MS)).toBe(true);
    // A variant's parameters left out take the defaults, not the baseline's.
    expect(p.scenarios[1]).toEqual(scenarioFromQuery({ city: testCity.id, seed: 20, evShare: 0.5 }));
    expect(p.timezone).toBe('America/New_York');
  });

  it('widens the window to whole hours; the default is the day up to now', () => {
    const p = plan({ from: '2026-07-14T04:30:00Z', to: '2026-07-14T06:10:00Z' });
    expect([p.fromMs, p.toMs]).toEqual([Date.parse('2026-07-14T04:00:00Z'), Date.parse('2026-07-14T07:00:00Z')]);
    const byDefault = plan({});
    expect(byDefault.toMs).toBe(Date.parse('2026-07-15T19:00:00Z'));
    expect(byDefault.toMs - byDefault.fromMs).toBe(DAY_MS + HOUR_MS);
  });

  it('keys a comparison by its scenarios, their slots, the window and the seeds', () => {
    const a = plan({ v1: 'evShare=0.4', from: '2026-07-14T04:00:00Z' });
    expect(plan({ v1: 'evShare=0.40', from: '2026-07-14T04:00:00Z' }).key).toBe(a.key);
    expect(plan({ v2: 'evShare=0.4', from: '2026-07-14T04:00:00Z' }).key).not.toBe(a.key);
    expect(plan({ v1: 'evShare=0.4', from: '2026-07-14T04:00:00Z', seeds: '4' }).key).not.toBe(a.key);
  });

  it('refuses an unknown city (404) and a comparison over the cost cap (413), naming the field, the cap and the seeds that fit', () => {
    const unknown = () => labPlan(LabScorecardQuerySchema.parse({ city: 'atlantis' }), cities, now);
    expect(unknown).toThrow(expect.objectContaining({ status: 404, field: 'city' }));
    // Four scenarios with nothing in common over a week: one seed fits, two do not.
    const week = { from: '2026-07-06T04:00:00Z', to: '2026-07-13T04:00:00Z', v1: 'seed=20', v2: 'seed=30', v3: 'seed=40' };
    expect(plan({ ...week, seeds: '1' }).runs).toHaveLength(4);
    const tooMuch = () => plan({ ...week, seeds: '2' });
    expect(tooMuch).toThrow(ApiProblem);
    expect(tooMuch).toThrow(expect.objectContaining({ status: 413, field: 'seeds' }));
    expect(tooMuch).toThrow(
      /^This comparison \(4 scenarios × 2 seeds × 7\.0 days\) would take about \d+ s of engine work, over the cap of 20 s per comparison; ask for at most 1 seed with this window and these variants/,
    );
  });
});
