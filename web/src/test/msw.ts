/** One MSW server for component tests, serving the shared test city; unknown requests fail the test. */
import { testCity } from '@sandbox/shared/sim/fixtures/test-city';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createHandlers } from '../mocks/handlers';

export const testBasemap = { type: 'FeatureCollection' as const, features: [] };
export const server = setupServer(...createHandlers([{ city: testCity, basemap: testBasemap }]));

export function setupMockServer() {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
}
