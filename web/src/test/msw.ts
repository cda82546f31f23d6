/** One MSW server for component tests, serving the shared test city; unknown requests fail the test. */
import type { Basemap } from '@sandbox/shared/schemas/basemap';
import { testCity } from '@sandbox/shared/sim/fixtures/test-city';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createHandlers } from '../mocks/handlers';

export const testBasemap: Basemap = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { kind: 'river', name: 'Test River' },
      geometry: {
        type: 'LineString',
        coordinates: [
          [-83.04, 40.08],
          [-83.03, 39.92],
        ],
      },
    },
  ],
};
export const server = setupServer(...createHandlers([{ city: testCity, basemap: testBasemap }]));

export function setupMockServer() {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
}
