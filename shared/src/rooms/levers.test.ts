import { describe, expect, it } from 'vitest';
import { ScenarioSchema } from '../scenario/schemas';
import { roomConfig, roomInput } from '../test-support/room-config';
import { baselineLevers, fullSpec, initialLevers, leverIssues, shiftedStarts, teamScenario } from './levers';
import { type RoomConfig, RoomCreateSchema } from './schemas';

describe('room levers', () => {
  it('fills a share’s bounds and leaves a switch without any', () => {
    expect(fullSpec({ id: 'demandResponse', max: 0.6 })).toEqual({ id: 'demandResponse', min: 0, max: 0.6 });
    expect(fullSpec({ id: 'evTimeOfUse' })).toEqual({ id: 'evTimeOfUse' });
  });

  it('starts every team at the baseline’s values, brought within the bounds', () => {
    // The story has 60 % EVs but the room allows 20–50 %; no demand-response event means depth 0.
    expect(initialLevers(roomConfig())).toEqual({ evShare: 0.5, evTimeOfUse: false, demandResponse: 0 });
  });

  it('names the levers whose story value lies outside the room’s bounds, and where teams start instead', () => {
    const config = roomConfig();
    expect(baselineLevers(config)).toEqual({ evShare: 0.6, evTimeOfUse: false, demandResponse: 0 });
    expect(shiftedStarts(config.levers, baselineLevers(config))).toEqual([{ id: 'evShare', story: 0.6, start: 0.5 }]);
    expect(shiftedStarts([{ id: 'evShare', min: 0.05, max: 0.8 }], { evShare: 0.05 })).toEqual([]);
  });

  it('names each field at fault: a lever the room does not hand out, a value out of bounds, a wrong type', () => {
    const config = roomConfig();
    expect(leverIssues(config, { evShare: 0.3, evTimeOfUse: true })).toEqual([]);
    expect(leverIssues(config, { evShare: 0.7 })).toEqual([
      { path: 'levers.evShare', message: 'must be from 0.2 to 0.5 (the room’s bounds)' },
    ]);
    expect(leverIssues(config, { signalRetiming: true })).toEqual([
      {
        path: 'levers.signalRetiming',
        message: 'is not a lever this room lets teams change (it hands out: evShare, evTimeOfUse, demandResponse)',
      },
    ]);
    expect(leverIssues(config, { evTimeOfUse: 1 as never, demandResponse: Number.NaN })).toEqual([
      { path: 'levers.evTimeOfUse', message: 'must be true or false' },
      { path: 'levers.demandResponse', message: 'must be a number' },
    ]);
  });

  it('builds the team’s scenario: the baseline with the team’s levers, other levers untouched', () => {
    const config = roomConfig();
    const scenario = teamScenario(config, { evShare: 0.3, evTimeOfUse: true, demandResponse: 0.4 });
    expect(scenario.levers.evShare).toBe(0.3);
    expect(scenario.levers.evTimeOfUse).toBe(true);
    expect(scenario.levers.heatWave).toEqual(config.scenario.levers.heatWave);
    // No event in the story: the team's event covers the room's scoring window.
    expect(scenario.levers.demandResponse).toEqual({ ...config.window, depth: 0.4 });
    expect(teamScenario(config, { demandResponse: 0 }).levers.demandResponse).toBeUndefined();
  });

  it('keeps the story’s own demand-response window when it has one', () => {
    const dr = { from: '2026-07-15T22:00:00Z', to: '2026-07-16T01:00:00Z', depth: 0.5 };
    const config = roomConfig({ scenario: ScenarioSchema.parse({ city: 'columbus', levers: { demandResponse: dr } }) });
    expect(initialLevers(config).demandResponse).toBe(0.5);
    expect(teamScenario(config, { demandResponse: 0.2 }).levers.demandResponse).toEqual({ ...dr, depth: 0.2 });
  });
});

describe('room configuration', () => {
  const issues = (overrides: Partial<Record<keyof RoomConfig, unknown>>) => {
    const result = RoomCreateSchema.safeParse(roomInput(overrides));
    return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  };

  it('refuses windows that are not whole hours, end before they start, or are longer than a day', () => {
    expect(issues({ window: { from: '2026-07-15T20:30:00Z', to: '2026-07-16T02:00:00Z' } })).toEqual(['window.from: must be a whole hour']);
    expect(issues({ window: { from: '2026-07-15T20:00:00Z', to: '2026-07-15T20:00:00Z' } })).toEqual(['window.to: must be after `from`']);
    expect(issues({ window: { from: '2026-07-15T00:00:00Z', to: '2026-07-16T01:00:00Z' } })).toEqual([
      'window.to: must be at most 24 hours after `from`',
    ]);
  });

  it('refuses bounds on a switch, inverted bounds, a lever twice, a guard on the objective itself, two teams of one name', () => {
    expect(issues({ levers: [{ id: 'evTimeOfUse', max: 1 }] })).toEqual([
      'levers.0.min: a switch has no bounds: leave `min` and `max` out',
    ]);
    expect(issues({ levers: [{ id: 'evShare', min: 0.6, max: 0.2 }] })).toEqual(['levers.0.min: must not be above `max`']);
    expect(issues({ levers: [{ id: 'evShare' }, { id: 'evShare' }] })).toEqual(['levers: must not name a lever twice']);
    expect(issues({ objective: { kpi: 'peakLoad', guards: ['peakLoad'] } })).toEqual([
      'objective.guards: must not include the objective’s own figure',
    ]);
    expect(issues({ teams: ['Red', 'red'] })).toEqual(['teams: must not name a team twice']);
    expect(issues({ rounds: 11 })).toHaveLength(1);
  });
});
