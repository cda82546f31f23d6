import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkScenarioQuery, scenarioFromQuery, scenarioKey, scenarioQueryShape, scenarioToQuery } from './query';
import { ScenarioSchema } from './schemas';

const QuerySchema = z.object(scenarioQueryShape).strict().superRefine(checkScenarioQuery);
const parse = (query: Record<string, string>) => QuerySchema.safeParse(query);

describe('scenario query parameters', () => {
  it('gives the default scenario for an empty query', () => {
    const query = parse({});
    expect(query.success).toBe(true);
    expect(scenarioFromQuery(query.data ?? {})).toEqual(ScenarioSchema.parse({}));
  });

  it('reads levers, windows and booleans', () => {
    const query = parse({
      seed: '7',
      evShare: '0.4',
      heatWave: '2026-07-14T00:00:00Z/2026-07-17T00:00:00Z',
      heatWaveDeltaC: '8',
      signalRetiming: '1',
      transitSignalPriority: 'false',
    });
    const scenario = scenarioFromQuery(query.data ?? {});
    expect(scenario.seed).toBe(7);
    expect(scenario.levers).toMatchObject({
      evShare: 0.4,
      heatWave: { from: '2026-07-14T00:00:00.000Z', to: '2026-07-17T00:00:00.000Z', deltaC: 8 },
      signalRetiming: true,
      transitSignalPriority: false,
    });
  });

  it('reads faults from a JSON array', () => {
    const faults = [{ kind: 'stuck', stationId: 'linden-park', metric: 'pm25', from: '2026-07-15T10:00:00Z', to: '2026-07-15T14:00:00Z' }];
    const scenario = scenarioFromQuery(parse({ faults: JSON.stringify(faults) }).data ?? {});
    expect(scenario.faults).toHaveLength(1);
    expect(scenario.faults[0]).toMatchObject({ kind: 'stuck', stationId: 'linden-park' });
  });

  it.each([
    [{ evShare: '1.5' }, 'evShare'],
    [{ evShare: 'lots' }, 'evShare'],
    [{ heatWave: '2026-07-14' }, 'heatWave'],
    [{ heatWave: '2026-07-17T00:00:00Z/2026-07-14T00:00:00Z' }, 'heatWave'],
    [{ signalRetiming: 'yes' }, 'signalRetiming'],
    [{ faults: 'not json' }, 'faults'],
    [{ faults: '[{"kind":"meltdown"}]' }, 'faults'],
    [{ smokeIntensity: '0.5' }, 'smokeIntensity'],
    [{ colour: 'blue' }, ''],
  ])('rejects %o, naming %s', (query, field) => {
    const result = parse(query as Record<string, string>);
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((issue) => String(issue.path[0] ?? ''));
    expect(paths).toContain(field);
  });

  it('round-trips: scenario → query → the same scenario, writing only what differs', () => {
    const scenario = scenarioFromQuery(parse({ evShare: '0.3', smoke: '2026-08-01T00:00:00Z/2026-08-03T00:00:00Z' }).data ?? {});
    const query = scenarioToQuery(scenario);
    expect(query).toEqual({
      city: 'columbus',
      evShare: '0.3',
      smoke: '2026-08-01T00:00:00Z/2026-08-03T00:00:00Z',
      smokeIntensity: '0.6',
    });
    expect(scenarioFromQuery(parse(query).data ?? {})).toEqual(scenario);
  });

  it('round-trips any lever values', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.boolean(), (seed, ev, tsp) => {
        const scenario = ScenarioSchema.parse({ seed, levers: { evShare: ev, transitSignalPriority: tsp } });
        const again = scenarioFromQuery(parse(scenarioToQuery(scenario)).data ?? {});
        expect(again).toEqual(scenario);
        expect(scenarioKey(again)).toBe(scenarioKey(scenario));
      }),
    );
  });
});

describe('scenarioKey', () => {
  it('spells a window one way, so a scenario read back from its URL has the same key', () => {
    const written = ScenarioSchema.parse({
      city: 'columbus',
      levers: { wildfireSmoke: { from: '2026-07-14T16:00:00Z', to: '2026-07-16T16:00:00Z' } },
    });
    const query = scenarioToQuery(written);
    expect(query.smoke).toBe('2026-07-14T16:00:00Z/2026-07-16T16:00:00Z');
    const readBack = scenarioFromQuery(z.object(scenarioQueryShape).parse(query));
    expect(readBack.levers.wildfireSmoke?.from).toBe('2026-07-14T16:00:00.000Z');
    expect(scenarioKey(readBack)).toBe(scenarioKey(written));
  });
});
