import { describe, expect, it } from 'vitest';
import { decodeScenario, encodeScenario } from './scenario-codec';

describe('scenario in the URL', () => {
  it('reads levers with the API parameter names', () => {
    const view = decodeScenario(new URLSearchParams('evShare=0.4&signalRetiming=true&lang=ko'));
    expect(view.scenario.levers.evShare).toBe(0.4);
    expect(view.scenario.levers.signalRetiming).toBe(true);
    expect(encodeScenario(view.scenario)).toEqual({ city: 'columbus', evShare: '0.4', signalRetiming: 'true' });
    expect(view.ignored).toEqual([]);
  });

  it('drops what does not validate and says which', () => {
    const view = decodeScenario(new URLSearchParams('evShare=3&seed=7&smokeIntensity=0.5'));
    expect(view.scenario.seed).toBe(7);
    expect(view.scenario.levers.evShare).toBe(0.05);
    expect(view.ignored.sort()).toEqual(['evShare', 'smokeIntensity']);
  });
});
