import { describe, expect, it } from 'vitest';
import { scenarioEpisodes } from './episodes';
import { ScenarioSchema } from './schemas';

describe('scenarioEpisodes', () => {
  it('lists the episode levers that are on, with their windows', () => {
    const scenario = ScenarioSchema.parse({
      city: 'columbus',
      levers: {
        demandResponse: { from: '2026-07-15T18:00:00Z', to: '2026-07-15T22:00:00Z', depth: 0.6 },
        heatWave: { from: '2026-07-12T04:00:00Z', to: '2026-07-18T04:00:00Z', deltaC: 8 },
        evShare: 0.5,
      },
    });
    expect(scenarioEpisodes(scenario)).toEqual([
      { kind: 'heatWave', from: '2026-07-12T04:00:00Z', to: '2026-07-18T04:00:00Z' },
      { kind: 'demandResponse', from: '2026-07-15T18:00:00Z', to: '2026-07-15T22:00:00Z' },
    ]);
    expect(scenarioEpisodes(ScenarioSchema.parse({ city: 'columbus' }))).toEqual([]);
  });
});
