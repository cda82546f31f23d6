import { describe, expect, it } from 'vitest';
import { FaultSchema, LeversSchema, ScenarioSchema } from './schemas';

describe('scenario schema', () => {
  it('fills every default from an empty object', () => {
    const scenario = ScenarioSchema.parse({});
    expect(scenario).toMatchObject({ city: 'columbus', seed: 1, faults: [] });
    expect(scenario.levers).toEqual({
      evShare: 0.05,
      evTimeOfUse: false,
      signalRetiming: false,
      transitSignalPriority: false,
      connectedShare: 0.15,
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
