import { ScenarioSchema } from '@sandbox/shared/scenario/schemas';
import { describe, expect, it } from 'vitest';
import { bsmFeedUrl } from './mobility-queries';

describe('bsmFeedUrl', () => {
  it('asks the BSM export for the corridor and the minute of the sample, with the scenario', () => {
    expect(bsmFeedUrl(ScenarioSchema.parse({ seed: 7 }), 'high-st', '2026-07-15T21:30:12.000Z')).toBe(
      '/api/export/bsm.ndjson?city=columbus&seed=7&corridor=high-st&from=2026-07-15T21%3A30%3A00.000Z&to=2026-07-15T21%3A31%3A00.000Z',
    );
  });
});
