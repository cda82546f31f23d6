/** One MSW server for component tests, serving the shared test city; unknown requests fail the test. */
import { UsOutlineSchema } from '@sandbox/shared/common/geo-schemas';
import {
  PolicyAgencyFileSchema,
  PolicyProgramFileSchema,
  PolicySourceFileSchema,
  PolicyTimelineFileSchema,
} from '@sandbox/shared/policy/schemas';
import { testBasemap } from '@sandbox/shared/test-support/test-basemap';
import { testCity } from '@sandbox/shared/test-support/test-city';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import agencies from '../../../data/policy/agencies.json';
import programs from '../../../data/policy/programs.json';
import sources from '../../../data/policy/sources.json';
import timeline from '../../../data/policy/timeline.json';
import { createHandlers } from '../mocks/handlers';

export { testBasemap };

/** The repository's real policy files, so component tests see what the server serves. */
export const testPolicy = {
  sources: PolicySourceFileSchema.parse(sources),
  agencies: PolicyAgencyFileSchema.parse(agencies),
  programs: PolicyProgramFileSchema.parse(programs),
  timeline: PolicyTimelineFileSchema.parse(timeline),
};
/** A box with one border line is enough to draw (and test) the finalists map in jsdom. */
export const testUsStates = UsOutlineSchema.parse({
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { kind: 'nation', name: 'Box' },
      geometry: {
        type: 'MultiPolygon',
        coordinates: [
          [
            [
              [-125, 25],
              [-67, 25],
              [-67, 49],
              [-125, 49],
              [-125, 25],
            ],
          ],
        ],
      },
    },
    {
      type: 'Feature',
      properties: { kind: 'state-border', name: 'Line' },
      geometry: {
        type: 'MultiLineString',
        coordinates: [
          [
            [-96, 30],
            [-96, 45],
          ],
        ],
      },
    },
  ],
});

export const server = setupServer(
  ...createHandlers([{ city: testCity, basemap: testBasemap }], { policy: { policy: testPolicy, usStates: testUsStates } }),
);

export function setupMockServer() {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
}

/** The city list the mock server answers, for tests that need a real city's id and time zone (Testville has no stories). */
export function serveCities(...cities: { id: string; name: string; region: string; timezone: string; center: [number, number] }[]) {
  server.use(http.get('/api/cities', () => HttpResponse.json(cities.map((city) => ({ ...city, stations: 1, corridors: 1, meters: 1 })))));
}
