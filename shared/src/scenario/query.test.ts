import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  BooleanParamSchema,
  FaultsParamSchema,
  IntervalParamSchema,
  scenarioFromQuery,
  scenarioKey,
  scenarioQueryShape,
  scenarioRouteQuery,
  scenarioToQuery,
} from './query';
import { ScenarioSchema } from './schemas';

const QuerySchema = scenarioRouteQuery({});
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

describe('interval, boolean and fault parameters', () => {
  const INTERVAL_MESSAGE = 'must be an ISO 8601 interval "from/to", e.g. 2026-07-14T00:00:00Z/2026-07-17T00:00:00Z';
  const message = (schema: z.ZodType, value: string) => schema.safeParse(value).error?.issues[0]?.message;

  it.each([
    ['2026-07-14T00:00Z/2026-07-14T06:00Z', '2026-07-14T00:00:00.000Z', '2026-07-14T06:00:00.000Z'],
    ['2026-07-14T02:00:00.5+02:00/2026-07-14T06:00:00.125-05:00', '2026-07-14T00:00:00.500Z', '2026-07-14T11:00:00.125Z'],
  ])('reads the interval %s as %s to %s (UTC)', (text, from, to) => {
    expect(IntervalParamSchema.parse(text)).toEqual({ from, to });
  });

  it.each([
    '2026-07-14T00:00:00Z/2026-07-15T00:00:00Z/2026-07-16T00:00:00Z',
    'x2026-07-14T00:00:00Z/2026-07-15T00:00:00Z',
    '2026-07-14T00:00:00Zx/2026-07-15T00:00:00Z',
    '2026-07-14T00:00:00Z/2026-07-15T00:00:00Zx',
    '2026-07-14T00:00:00Z/x2026-07-15T00:00:00Z',
    '2026-07-14T00:00:00.1234Z/2026-07-15T00:00:00Z',
    '2026-07-14T00:00:00.Z/2026-07-15T00:00:00Z',
    '2026-07-14T00:00:00+02:0/2026-07-15T00:00:00Z',
    '2026-07-14T00:00:00+2:00/2026-07-15T00:00:00Z',
    '2026-07-14T00:00:00 02:00/2026-07-15T00:00:00Z',
    '2026-07-14T00:00:00/2026-07-15T00:00:00Z',
    '2026-07-14/2026-07-15',
    '2026-07-14T00:00:00Z/',
    '/2026-07-15T00:00:00Z',
    '2026-07-14T00:00:00Z',
  ])('refuses %s as not an interval', (text) => {
    expect(message(IntervalParamSchema, text)).toBe(INTERVAL_MESSAGE);
  });

  it.each([
    ['1969-12-31T00:00:00Z/2026-07-17T00:00:00Z', 'both ends must be from 1970-01-01T00:00:00Z to 2200-01-01T00:00:00Z'],
    ['2026-07-14T00:00:00Z/2200-01-01T00:00:01Z', 'both ends must be from 1970-01-01T00:00:00Z to 2200-01-01T00:00:00Z'],
    ['2026-07-14T00:00:00Z/2026-07-14T00:00:00Z', 'the interval must end after it starts'],
    ['2026-07-14T01:00:00+01:00/2026-07-14T00:00:00Z', 'the interval must end after it starts'],
  ])('refuses %s: %s', (text, expected) => {
    expect(message(IntervalParamSchema, text)).toBe(expected);
  });

  it('reads booleans as true|false|1|0 only', () => {
    expect(['true', '1', 'false', '0'].map((v) => BooleanParamSchema.parse(v))).toEqual([true, true, false, false]);
    expect(message(BooleanParamSchema, 'yes')).toBe('must be true, false, 1 or 0');
  });

  it('refuses faults that are not a JSON array, or more than 20 of them', () => {
    expect(message(FaultsParamSchema, 'not json')).toBe('must be a JSON array of faults');
    const one = { kind: 'duplicate-messages', from: '2026-07-15T00:00:00Z', to: '2026-07-16T00:00:00Z' };
    expect(FaultsParamSchema.parse(JSON.stringify(new Array(20).fill(one)))).toHaveLength(20);
    expect(message(FaultsParamSchema, JSON.stringify(new Array(21).fill(one)))).toBe('at most 20 faults');
  });

  it('names the window a window detail needs', () => {
    const result = parse({ smokeIntensity: '0.5', demandResponseDepth: '0.2', heatWave: '2026-07-14T00:00:00Z/2026-07-15T00:00:00Z' });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['smokeIntensity', 'needs smoke=from/to'],
      ['demandResponseDepth', 'needs demandResponse=from/to'],
    ]);
  });
});

describe('scenarioToQuery and scenarioKey', () => {
  it('writes the connected share and the BSM rate only when they differ from the defaults', () => {
    expect(scenarioToQuery(ScenarioSchema.parse({ levers: { connectedShare: 0.15, bsmRateHz: 10 } }))).toEqual({ city: 'columbus' });
    expect(scenarioToQuery(ScenarioSchema.parse({ levers: { connectedShare: 0.4, bsmRateHz: 2 } }))).toEqual({
      city: 'columbus',
      connectedShare: '0.4',
      bsmRateHz: '2',
    });
  });

  it('spells a key as sorted name=value pairs', () => {
    const scenario = ScenarioSchema.parse({ seed: 7, levers: { evShare: 0.3, signalRetiming: true } });
    expect(scenarioKey(scenario)).toBe('city=columbus&evShare=0.3&seed=7&signalRetiming=true');
  });
});
