import { ScenarioSchema } from '@sandbox/shared/scenario/schemas';
import { describe, expect, it } from 'vitest';
import { labScorecardQuery } from './lab-queries';

describe('labScorecardQuery', () => {
  it('asks for the baseline, each variant in its slot, the window and the seeds; the key follows all of them', () => {
    const baseline = ScenarioSchema.parse({ city: 'testville', seed: 2 });
    const variant = ScenarioSchema.parse({ city: 'testville', seed: 2, levers: { evShare: 0.4 } });
    const window = { from: '2026-07-15T04:00:00.000Z', to: '2026-07-16T04:00:00.000Z' };
    const options = labScorecardQuery(baseline, [variant], window, 5);
    expect(options.queryKey).toEqual([
      'labScorecard',
      {},
      { city: 'testville', seed: '2', v1: 'seed=2&evShare=0.4', from: window.from, to: window.to, seeds: 5 },
    ]);
    expect(labScorecardQuery(baseline, [variant], window, 1).queryKey).not.toEqual(options.queryKey);
  });
});
