import { ScenarioSchema } from '@sandbox/shared/scenario/schemas';
import { describe, expect, it } from 'vitest';
import { comparisonFromSearch, labSearch, variantFromParam, variantParam } from './lab-url';

const baseline = ScenarioSchema.parse({ city: 'testville', seed: 4, levers: { signalRetiming: true } });
const variant = ScenarioSchema.parse({ city: 'testville', seed: 4, levers: { signalRetiming: true, evShare: 0.4 } });

describe('the Lab URL', () => {
  it('writes a variant as its own scenario parameters, without the city, and reads it back', () => {
    expect(variantParam(variant)).toBe('seed=4&evShare=0.4&signalRetiming=true');
    expect(variantFromParam(variantParam(variant), 'testville')).toEqual(variant);
  });

  it('drops a variant parameter that does not validate, keeping the rest', () => {
    expect(variantFromParam('evShare=7&seed=9', 'testville')).toEqual(ScenarioSchema.parse({ city: 'testville', seed: 9 }));
  });

  it('round-trips a comparison: baseline, variants in slot order, days and seeds', () => {
    const comparison = { baseline, variants: [variant, ScenarioSchema.parse({ city: 'testville', seed: 5 })], days: 3 as const, seeds: 2 };
    const search = labSearch(comparison);
    expect(search).toBe(
      'city=testville&seed=4&signalRetiming=true&v1=seed%3D4%26evShare%3D0.4%26signalRetiming%3Dtrue&v2=seed%3D5&labDays=3&labSeeds=2',
    );
    expect(comparisonFromSearch(new URLSearchParams(search))).toEqual(comparison);
  });

  it('defaults to one day and five seeds, and ignores values out of range', () => {
    const read = comparisonFromSearch(new URLSearchParams('labDays=5&labSeeds=40'));
    expect([read.days, read.seeds, read.variants]).toEqual([1, 5, []]);
  });
});
