import { describe, expect, it } from 'vitest';
import { LAB_KPI_IDS } from '../lab/kpis';
import { roomConfig } from '../test-support/room-config';
import type { KpiNumbers } from './board';
import { isFinished, transition } from './phases';
import { rankTeams, roundResult, type ScoredTeam } from './ranking';
import { resultsTable } from './results-table';
import type { TeamId } from './schemas';

const numbers = (values: Partial<KpiNumbers>): KpiNumbers =>
  ({ ...Object.fromEntries(LAB_KPI_IDS.map((id) => [id, null])), ...values }) as KpiNumbers;
const team = (id: TeamId, peakLoad: number | null, pm25Exposure: number | null): ScoredTeam => ({
  team: id,
  values: numbers({ peakLoad, pm25Exposure }),
  levers: { evShare: 0.3 },
});
const objective = { kpi: 'peakLoad', guards: ['pm25Exposure'] } as const;
const baseline = numbers({ peakLoad: 50_000, pm25Exposure: 9.04 });

describe('a round’s ranking', () => {
  it('ranks teams that kept every guard first, each group by the objective in its better direction', () => {
    const ranked = rankTeams({ ...objective, guards: [...objective.guards] }, baseline, [
      team('t1', 48_000, 9.0),
      // Lowest peak, but PM2.5 exposure rose above the baseline's: after every team that kept it.
      team('t2', 40_000, 9.2),
      team('t3', 45_000, 9.04),
      team('t4', null, 8.0),
    ]);
    expect(ranked.map((r) => [r.team, r.rank, r.guardsKept])).toEqual([
      ['t3', 1, true],
      ['t1', 2, true],
      ['t4', 3, true],
      ['t2', 4, false],
    ]);
    expect(ranked[3]?.guards).toEqual([{ kpi: 'pm25Exposure', value: 9.2, baseline: 9.04, kept: false }]);
  });

  it('compares at the figure’s shown precision: equal shown values share a rank, an invisible rise keeps the guard', () => {
    // Peak load shows no decimals, PM2.5 exposure one.
    const ranked = rankTeams({ kpi: 'peakLoad', guards: ['pm25Exposure'] }, baseline, [
      team('t2', 45_000.4, 9.0),
      team('t1', 44_999.6, 9.049),
    ]);
    expect(ranked.map((r) => [r.team, r.rank, r.guardsKept])).toEqual([
      ['t1', 1, true],
      ['t2', 1, true],
    ]);
  });

  it('ranks higher-is-better figures the other way', () => {
    const ranked = rankTeams({ kpi: 'pvExported', guards: [] }, baseline, [
      { team: 't1', values: numbers({ pvExported: 1.5 }), levers: {} },
      { team: 't2', values: numbers({ pvExported: 2.5 }), levers: {} },
    ]);
    expect(ranked.map((r) => r.team)).toEqual(['t2', 't1']);
  });

  it('carries the baseline’s figure with the round', () => {
    expect(roundResult(2, { kpi: 'peakLoad', guards: [] }, baseline, [team('t1', 1, 1)])).toMatchObject({ round: 2, baseline: 50_000 });
  });
});

describe('rounds', () => {
  const at = (round: number, phase: 'lobby' | 'open' | 'locked' | 'revealed') => ({ round, phase, rounds: 2 });

  it('goes lobby → open → locked → revealed, then the next round', () => {
    expect(transition(at(0, 'lobby'), 'start', 1)).toEqual({ ok: true, round: 1, phase: 'open' });
    expect(transition(at(1, 'open'), 'lock', 1)).toEqual({ ok: true, round: 1, phase: 'locked' });
    expect(transition(at(1, 'locked'), 'reveal', 1)).toEqual({ ok: true, round: 1, phase: 'revealed' });
    expect(transition(at(1, 'revealed'), 'start', 2)).toEqual({ ok: true, round: 2, phase: 'open' });
    expect(isFinished(at(2, 'revealed'))).toBe(true);
    expect(isFinished(at(1, 'revealed'))).toBe(false);
  });

  it('refuses a repeated, skipped or out-of-order action, saying what the room expects', () => {
    expect(transition(at(1, 'open'), 'start', 1)).toEqual({
      ok: false,
      message: 'Cannot start round 1: the room is at round 1 (open); the next step is to lock round 1.',
    });
    expect(transition(at(1, 'locked'), 'lock', 1)).toMatchObject({ ok: false, message: expect.stringContaining('reveal round 1') });
    expect(transition(at(1, 'revealed'), 'start', 3)).toEqual({
      ok: false,
      message: 'Cannot start round 3: the room has 2 rounds; the next step is to start round 2.',
    });
    expect(transition(at(2, 'revealed'), 'start', 2)).toMatchObject({ message: expect.stringContaining('all 2 rounds have been played') });
    expect(transition(at(0, 'lobby'), 'reveal', 1)).toMatchObject({ ok: false });
  });
});

describe('the results table', () => {
  it('has a row per team and round with rank, figures, guards and levers, units in the header', () => {
    const config = roomConfig();
    const result = roundResult(1, config.objective, baseline, [team('t1', 48_000, 9.0), team('t2', 47_000, 9.5)]);
    const table = resultsTable({ code: 'K7P3QX', name: 'Evening peak', config }, new Map([['t1', 'Red']]), [result]);
    expect(table.header).toEqual([
      'room',
      'round',
      'rank',
      'team_id',
      'team',
      'peakLoad (kW)',
      'baseline peakLoad (kW)',
      'guards_kept',
      'pm25Exposure (µg/m³)',
      'baseline pm25Exposure (µg/m³)',
      'evShare (0-1)',
      'evTimeOfUse',
      'demandResponse (0-1)',
    ]);
    expect(table.rows).toEqual([
      ['K7P3QX', 1, 1, 't1', 'Red', 48_000, 50_000, true, 9.0, 9.04, 0.3, null, null],
      ['K7P3QX', 1, 2, 't2', 't2', 47_000, 50_000, false, 9.5, 9.04, 0.3, null, null],
    ]);
  });
});
