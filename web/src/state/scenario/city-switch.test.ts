import { describe, expect, it } from 'vitest';
import { withCity } from './city-switch';
import { decodeScenario } from './scenario-codec';

describe('withCity', () => {
  it('keeps the language, clock and levers, and drops the faults and page selections that name the old city', () => {
    const before = new URLSearchParams(
      'city=columbus&lang=ko&t=2026-07-15T11:00:00Z&speed=300&evShare=0.6&seed=7&district=northland&station=linden-park-bench',
    );
    before.set(
      'faults',
      JSON.stringify([
        { kind: 'stuck', from: '2026-07-15T13:00:00Z', to: '2026-07-15T22:00:00Z', stationId: 'morse-karl-roadside', metric: 'ozone' },
      ]),
    );
    expect(decodeScenario(before).scenario.faults).toHaveLength(1);
    const after = withCity(before, 'denver');
    expect(after.get('lang')).toBe('ko');
    expect(after.get('t')).toBe('2026-07-15T11:00:00Z');
    expect(after.get('speed')).toBe('300');
    expect(after.get('district')).toBeNull();
    expect(after.get('station')).toBeNull();
    const { scenario } = decodeScenario(after);
    expect(scenario.city).toBe('denver');
    expect(scenario.levers.evShare).toBe(0.6);
    expect(scenario.seed).toBe(7);
    expect(scenario.faults).toEqual([]);
  });
});
