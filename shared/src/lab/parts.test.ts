import { describe, expect, it } from 'vitest';
import { scenarioFromQuery } from '../scenario/query';
import { testCity } from '../test-support/test-city';
import { assignLanes, type LabPart, PartList } from './parts';

// Monday 13 to Monday 20 July 2026 in the test city (New York time): five weekdays, ten peak periods.
const WEEK = { fromMs: Date.parse('2026-07-13T04:00:00Z'), toMs: Date.parse('2026-07-20T04:00:00Z') };

describe('the parts of a comparison', () => {
  const list = new PartList(testCity.timezone);
  const run = (query: Record<string, unknown>) => list.run(scenarioFromQuery({ city: testCity.id, ...query }), WEEK.fromMs, WEEK.toMs);
  const baseline = run({ seed: 7 });
  const ev = run({ seed: 7, evShare: 0.4 });
  const retimed = run({ seed: 7, signalRetiming: true });
  const otherSeed = run({ seed: 8 });

  it('are a day of meters per day, a peak period of flow per weekday peak period and the window of air, per scenario', () => {
    expect(baseline.energy).toHaveLength(7);
    expect(baseline.mobility).toHaveLength(10);
    const morning = list.parts[baseline.mobility[0] as number];
    expect([morning?.query.fromMs, morning?.query.toMs]).toEqual([Date.parse('2026-07-13T10:00:00Z'), Date.parse('2026-07-13T13:00:00Z')]);
    expect(list.parts[baseline.air]?.query).toMatchObject({ part: 'air', ...WEEK });
  });

  it('are listed once for every scenario that reads them: EV share shares the flow, retiming the meters, another seed nothing', () => {
    expect(ev.mobility).toEqual(baseline.mobility);
    expect(ev.energy.some((i) => baseline.energy.includes(i))).toBe(false);
    expect(retimed.energy).toEqual(baseline.energy);
    expect(retimed.mobility.some((i) => baseline.mobility.includes(i))).toBe(false);
    expect(otherSeed.energy.some((i) => baseline.energy.includes(i))).toBe(false);
    expect(otherSeed.mobility.some((i) => baseline.mobility.includes(i))).toBe(false);
    expect(new Set([baseline.air, ev.air, retimed.air, otherSeed.air]).size).toBe(4);
    // 4 windows of air, 3 × 7 days of meters, 3 × 10 peak periods of flow.
    expect(list.parts).toHaveLength(4 + 21 + 30);
    expect(new Set(list.parts.map((part) => part.key)).size).toBe(list.parts.length);
  });
});

describe('assignLanes', () => {
  const part = (key: string, cost: number, setup = { key, cost: 0 }): LabPart => ({
    key,
    cost,
    setup,
    query: { part: 'energy', fromMs: 0, toMs: 1 },
  });

  it('gives the longest parts first to the least loaded lane, so the lanes finish close together', () => {
    const parts = [3, 7, 2, 5, 4, 6, 1].map((cost, i) => part(`p${i}`, cost));
    const lanes = assignLanes(parts, 2, () => undefined);
    const load = [0, 0];
    parts.forEach((p, i) => {
      load[lanes[i] as number] = (load[lanes[i] as number] as number) + p.cost;
    });
    expect(load.sort()).toEqual([14, 14]);
    expect(assignLanes(parts, 2, () => undefined)).toEqual(lanes);
  });

  it('sends a part back to the lane that answered it before, and balances the rest around it', () => {
    const parts = [part('known', 10), part('a', 4), part('b', 4), part('c', 3)];
    const lanes = assignLanes(parts, 2, (key) => (key === 'known' ? 1 : undefined));
    expect(lanes[0]).toBe(1);
    // The known part costs a lookup, so the three new ones spread over both lanes.
    expect(new Set(lanes.slice(1)).size).toBe(2);
    expect(assignLanes(parts, 1, () => undefined)).toEqual([0, 0, 0, 0]);
    // A lane that no longer exists (fewer threads now) is no lane: balanced afresh.
    expect(assignLanes(parts, 2, () => 5)).toEqual([0, 1, 1, 1]);
  });

  it('counts the setup a lane has not done for a scenario: a short part joins the lane that has its meters', () => {
    const a = { key: 'meters|a', cost: 100 };
    const b = { key: 'meters|b', cost: 100 };
    const parts = [part('a0', 50, a), part('b0', 40, b), part('a1', 10, a)];
    // The lane of b0 is less loaded, but a1 there would build a's meters again.
    expect(assignLanes(parts, 2, () => undefined)).toEqual([0, 1, 0]);
    const cheap = [part('a0', 50, { key: 'a', cost: 0 }), part('b0', 40, { key: 'b', cost: 0 }), part('a1', 10, { key: 'a', cost: 0 })];
    expect(assignLanes(cheap, 2, () => undefined)).toEqual([0, 1, 1]);
  });
});
