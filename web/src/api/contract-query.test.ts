/**
 * The typed queries: a request's URL and cache key are exactly what the untyped hook built (the
 * server sees the same requests), and the contract's query schemas type the parameters, so a
 * misspelled parameter or a metric the route does not know fails `pnpm typecheck` (tsc checks this
 * file: each `@ts-expect-error` below must meet an error, or the typecheck fails).
 */
import { ScenarioSchema } from '@sandbox/shared/scenario/schemas';
import { describe, expect, it } from 'vitest';
import { apiUrl } from './client';
import { contractQuery, scenarioQuery, scenarioUrl } from './contract-query';
import { routeQueryValues } from './route-query';

const scenario = ScenarioSchema.parse({ city: 'columbus', seed: 7, levers: { evShare: 0.4 } });
const window = { from: '2026-07-15T04:00:00.000Z', to: '2026-07-16T04:00:00.000Z' };

describe('typed queries', () => {
  it('ask with the scenario first, then the route parameters in the order given, lists comma-separated', () => {
    const options = scenarioQuery('airReadings', scenario, {
      station: ['linden-park-bench'],
      metric: ['pm25UgM3', 'ozonePpb'],
      ...window,
      resolution: '1m',
      maxPoints: 300,
    });
    expect(options.queryKey).toEqual([
      'airReadings',
      {},
      {
        city: 'columbus',
        seed: '7',
        evShare: '0.4',
        station: 'linden-park-bench',
        metric: 'pm25UgM3,ozonePpb',
        from: '2026-07-15T04:00:00.000Z',
        to: '2026-07-16T04:00:00.000Z',
        resolution: '1m',
        maxPoints: 300,
      },
    ]);
    const [route, params, query] = options.queryKey;
    expect(apiUrl(route, { params, query })).toBe(
      '/api/air/readings?city=columbus&seed=7&evShare=0.4&station=linden-park-bench&metric=pm25UgM3%2CozonePpb' +
        '&from=2026-07-15T04%3A00%3A00.000Z&to=2026-07-16T04%3A00%3A00.000Z&resolution=1m&maxPoints=300',
    );
  });

  it('leave out parameters that are undefined or empty lists', () => {
    expect(scenarioUrl('mobilityEvents', ScenarioSchema.parse({}), { corridor: [], from: undefined, limit: 5 })).toBe(
      '/api/mobility/events?city=columbus&limit=5',
    );
  });

  it('build URLs of streams and downloads with their path parameters', () => {
    expect(scenarioUrl('exportSegments', scenario, { ...window, corridor: ['high-st'] }, { format: 'csv' })).toBe(
      '/api/export/segments.csv?city=columbus&seed=7&evShare=0.4&from=2026-07-15T04%3A00%3A00.000Z&to=2026-07-16T04%3A00%3A00.000Z&corridor=high-st',
    );
    expect(scenarioUrl('stream', scenario, { start: '2026-07-15T12:00:00.000Z', speed: 60, intervalMs: 1000 })).toBe(
      '/api/stream?city=columbus&seed=7&evShare=0.4&start=2026-07-15T12%3A00%3A00.000Z&speed=60&intervalMs=1000',
    );
  });

  it('type the parameters from the contract: a wrong name, metric or value does not compile', () => {
    // @ts-expect-error `metrics` is not a parameter of /api/air/readings (it is `metric`)
    scenarioQuery('airReadings', scenario, { metrics: ['pm25UgM3'] });
    // @ts-expect-error `pm25` is not an air metric (`pm25UgM3` is)
    scenarioQuery('airReadings', scenario, { metric: ['pm25'] });
    // @ts-expect-error an hourly NowCast is not a 1-minute reading
    scenarioQuery('airReadings', scenario, { metric: ['pm25NowCastUgM3'] });
    // @ts-expect-error `2h` is not a resolution
    scenarioQuery('energySummary', scenario, { groupBy: 'class', resolution: '2h' });
    // @ts-expect-error the energy summary groups by district, feeder or class only
    scenarioQuery('energySummary', scenario, { groupBy: 'meter' });
    // @ts-expect-error `limit` is a number
    scenarioQuery('mobilityEvents', scenario, { limit: '5000' });
    // @ts-expect-error the scenario travels as an object, never as loose parameters
    scenarioQuery('airAqi', scenario, { evShare: '0.4' });
    // @ts-expect-error /api/mobility/network takes the city only
    contractQuery('mobilityNetwork', { city: 'columbus', seed: 7 });
    // @ts-expect-error the policy comes in English or Korean
    routeQueryValues('policy', { lang: 'fr' });
    // The same calls, spelled right, compile:
    scenarioQuery('airReadings', scenario, { metric: ['pm25UgM3'] });
    scenarioQuery('energySummary', scenario, { groupBy: 'class', resolution: '1h' });
    expect(contractQuery('mobilityNetwork', { city: 'columbus' }).queryKey).toEqual(['mobilityNetwork', {}, { city: 'columbus' }]);
  });
});
