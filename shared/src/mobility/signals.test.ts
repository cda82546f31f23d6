import { describe, expect, it } from 'vitest';
import type { SignalPlan } from '../city/schemas';
import { createSimulation } from '../simulation/create-simulation';
import { engineCity } from '../test-support/engine-city';
import { SignalStateSchema } from './schemas';
import { crossColorAt, mainColorAt, remainder, secondInCycle } from './signals';
import { signalState } from './vehicles';

const plan: SignalPlan = { cycleS: 100, mainGreenS: 52, yellowS: 4, allRedS: 2, offsetS: 20 };

describe('fixed-time signals', () => {
  it.each([
    [0, 'green', 'red'],
    [51.9, 'green', 'red'],
    [52, 'yellow', 'red'],
    [56, 'red', 'red'],
    [58, 'red', 'green'],
    [93.9, 'red', 'green'],
    [94, 'red', 'yellow'],
    [98, 'red', 'red'],
  ] as const)('at second %s of the cycle shows main %s and cross %s', (tau, main, cross) => {
    expect(mainColorAt(plan, tau)).toBe(main);
    expect(crossColorAt(plan, tau)).toBe(cross);
  });

  it('never shows green to both movements', () => {
    for (let tau = 0; tau < plan.cycleS; tau += 0.5) {
      expect(mainColorAt(plan, tau) === 'green' && crossColorAt(plan, tau) === 'green').toBe(false);
    }
  });

  it('starts the cycle at the offset', () => {
    expect(secondInCycle(plan, 20)).toBe(0);
    expect(secondInCycle(plan, 19)).toBe(99);
    expect(secondInCycle(plan, 1_800_000_020)).toBe(0);
  });

  it('serves a SPaT-like state that parses and counts down to the next change', () => {
    const sim = createSimulation(engineCity);
    const t = Date.parse('2026-07-14T12:00:00Z');
    const state = signalState(sim, 'high-lane', t);
    expect(state).not.toBeNull();
    SignalStateSchema.parse(state);
    const main = state?.states[0];
    const later = signalState(sim, 'high-lane', t + ((main?.minEndS ?? 0) + 0.05) * 1000);
    expect(later?.states[0]?.color).not.toBe(main?.color);
    expect(signalState(sim, 'nowhere', t)).toBeNull();
  });

  it('coordinates offsets along the corridor when retimed', () => {
    const sim = createSimulation(engineCity, { levers: { signalRetiming: true } });
    const plans = sim.signalPlans.retimedAm;
    const cycles = new Set(
      sim.network.corridors[0]?.directions.flatMap((d) => sim.network.directions[d]?.intersections.map((i) => plans[i]?.cycleS)),
    );
    expect(cycles.size).toBe(1);
    for (const [i, p] of plans.entries()) {
      const base = sim.signalPlans.base[i] as SignalPlan;
      expect(p.mainGreenS + 2 * (p.yellowS + p.allRedS)).toBeLessThan(p.cycleS);
      expect(p.mainGreenS / p.cycleS).toBeGreaterThan(base.mainGreenS / base.cycleS);
    }
  });
});

describe('remainder', () => {
  it('gives the bits of `%` for trip times against whole cycles, at and next to every multiple', () => {
    let state = 12345;
    const next = () => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return state / 4294967296;
    };
    const bits = new Float64Array(1);
    const word = new BigInt64Array(bits.buffer);
    /** The double next to `x`, `step` representable values away. */
    const beside = (x: number, step: number) => {
      bits[0] = x;
      word[0] = (word[0] as bigint) + BigInt(step);
      return bits[0] as number;
    };
    const cases: [number, number][] = [];
    for (let i = 0; i < 20_000; i++) {
      const y = 40 + Math.floor(next() * 201);
      const x = 1.7e9 + next() * 1e8;
      const multiple = Math.round(x / y) * y;
      cases.push(
        [x, y],
        [multiple, y],
        [beside(multiple, -1), y],
        [beside(multiple, 1), y],
        [beside(multiple, -3), y],
        [next() * 5 * y, y],
      );
    }
    cases.push([0, 90], [3.5, 90], [360, 90], [-7.25, 90], [1e17, 90], [1234.5, 90.5]);
    const differ = cases.filter(([x, y]) => !Object.is(remainder(x, y), x % y));
    expect(differ).toEqual([]);
  });
});
