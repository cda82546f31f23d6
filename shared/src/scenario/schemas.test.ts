import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { scenarioQueryShape } from './query';
import { FaultSchema, GroundTruthEventSchema, LeversSchema, ScenarioSchema } from './schemas';

describe('scenario schema', () => {
  it('fills every default from an empty object', () => {
    const scenario = ScenarioSchema.parse({});
    expect(scenario).toMatchObject({ city: 'columbus', seed: 1, faults: [] });
    expect(scenario.levers).toEqual({
      evShare: 0.05,
      evTimeOfUse: false,
      signalRetiming: false,
      transitSignalPriority: false,
      connectedShare: 0.01,
      bsmRateHz: 10,
    });
  });

  it('coerces a seed given as text, as a query string carries it', () => {
    expect(ScenarioSchema.parse({ seed: '42' }).seed).toBe(42);
  });

  it('fills lever window defaults and rejects a window that ends before it starts', () => {
    const levers = LeversSchema.parse({ heatWave: { from: '2026-07-01T00:00:00Z', to: '2026-07-04T00:00:00Z' } });
    expect(levers.heatWave?.deltaC).toBe(6);
    expect(() => LeversSchema.parse({ wildfireSmoke: { from: '2026-07-04T00:00:00Z', to: '2026-07-01T00:00:00Z' } })).toThrow(/after/);
  });

  it('rejects shares outside 0–1', () => {
    expect(LeversSchema.safeParse({ evShare: 1.5 }).success).toBe(false);
    expect(LeversSchema.safeParse({ connectedShare: -0.1 }).success).toBe(false);
  });

  it('tells faults apart by kind and fills their defaults', () => {
    const fault = FaultSchema.parse({
      kind: 'spike',
      from: '2026-07-01T00:00:00Z',
      to: '2026-07-01T06:00:00Z',
      stationId: 'a',
      metric: 'pm25',
    });
    expect(fault).toMatchObject({ perHour: 2, magnitude: 80 });
    expect(FaultSchema.safeParse({ kind: 'stuck', from: '2026-07-01T00:00:00Z', to: '2026-07-02T00:00:00Z', stationId: 'a' }).success).toBe(
      false,
    );
    expect(FaultSchema.safeParse({ kind: 'teleport', from: '2026-07-01T00:00:00Z', to: '2026-07-02T00:00:00Z' }).success).toBe(false);
  });
});

describe('scenario bounds and defaults', () => {
  const window = { from: '2026-07-01T00:00:00Z', to: '2026-07-02T00:00:00Z' };

  it('refuses a lever window that ends when it starts, naming its end', () => {
    const result = LeversSchema.safeParse({ inversion: { from: window.from, to: window.from } });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['inversion.to', '`to` must be after `from`'],
    ]);
  });

  it('fills each lever window’s documented default', () => {
    const levers = LeversSchema.parse({ heatWave: window, wildfireSmoke: window, inversion: window, demandResponse: window });
    expect(levers.heatWave?.deltaC).toBe(6);
    expect(levers.wildfireSmoke?.intensity).toBe(0.6);
    expect(levers.inversion?.intensity).toBe(0.7);
    expect(levers.demandResponse?.depth).toBe(0.5);
  });

  it.each([
    ['bsmRateHz', 0.1, true],
    ['bsmRateHz', 10, true],
    ['bsmRateHz', 0.09, false],
    ['bsmRateHz', 10.5, false],
    ['evShare', 1, true],
    ['connectedShare', 0, true],
  ])('takes %s = %s: %s', (lever, value, ok) => {
    expect(LeversSchema.safeParse({ [lever]: value }).success).toBe(ok);
  });

  it.each([
    [{ kind: 'drift', stationId: 'a', metric: 'no2' }, { ratePerDay: 2 }],
    [
      { kind: 'spike', stationId: 'a', metric: 'pm25' },
      { perHour: 2, magnitude: 80 },
    ],
    [{ kind: 'clock-skew', stationId: 'a' }, { skewS: 300 }],
    [{ kind: 'gps-jitter' }, { sigmaM: 15, share: 1 }],
    [{ kind: 'duplicate-messages' }, { probability: 0.05 }],
    [{ kind: 'stuck', stationId: 'a', metric: 'wind' }, {}],
    [{ kind: 'dropout', stationId: 'a' }, {}],
    [{ kind: 'meter-estimated', meterId: 'linden-res-00001' }, {}],
    [{ kind: 'meter-missing', meterId: 'x' }, {}],
    [{ kind: 'feeder-outage', feederId: 'linden-1' }, {}],
  ])('reads a %o fault with its defaults %o', (fault, defaults) => {
    expect(FaultSchema.parse({ ...fault, ...window })).toEqual({ ...fault, ...window, ...defaults });
  });

  it('refuses an empty meter id, an unknown metric and more than 100 faults', () => {
    expect(FaultSchema.safeParse({ kind: 'meter-missing', meterId: '', ...window }).success).toBe(false);
    expect(FaultSchema.safeParse({ kind: 'stuck', stationId: 'a', metric: 'co2', ...window }).success).toBe(false);
    const fault = { kind: 'gps-jitter', ...window };
    expect(ScenarioSchema.safeParse({ faults: new Array(100).fill(fault) }).success).toBe(true);
    expect(ScenarioSchema.safeParse({ faults: new Array(101).fill(fault) }).success).toBe(false);
  });

  it('starts the default clock on Monday 2026-07-13 at midnight in Columbus', () => {
    expect(ScenarioSchema.parse({}).start).toBe('2026-07-13T04:00:00Z');
  });
});

describe('the published scenario schema', () => {
  // Field names, bounds, defaults, enums and descriptions as the OpenAPI document publishes them (its
  // scenario query parameters, fault shapes and ground-truth records). A change here is a change in
  // the API's documentation: review the snapshot's diff, then update it with `vitest -u`.
  it('is unchanged', async () => {
    const options = { io: 'input', unrepresentable: 'any' } as const;
    const published = {
      scenario: z.toJSONSchema(ScenarioSchema, options),
      scenarioQuery: z.toJSONSchema(z.object(scenarioQueryShape), options),
      groundTruthEvent: z.toJSONSchema(GroundTruthEventSchema, options),
    };
    await expect(`${JSON.stringify(published, null, 2)}\n`).toMatchFileSnapshot('./__snapshots__/scenario-schema.json');
  });
});
