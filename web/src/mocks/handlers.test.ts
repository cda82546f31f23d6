import { contract, type RouteContract, type RouteName } from '@sandbox/shared/contract';
import { testCity } from '@sandbox/shared/test-support/test-city';
import { describe, expect, it } from 'vitest';
import { createRouteAnswerer } from '../api/local/route-answers';
import { setupMockServer, testBasemap } from '../test/msw';

setupMockServer();

const day = 'from=2026-07-15T04:00:00Z&to=2026-07-15T10:00:00Z';
const urls: Partial<Record<RouteName, string>> = {
  health: '/api/health',
  cities: '/api/cities',
  citySchema: '/api/cities/schema',
  city: '/api/cities/testville',
  basemap: '/api/cities/testville/basemap',
  weatherHourly: '/api/weather/hourly?city=testville&date=2026-07-15',
  airReadings: `/api/air/readings?city=testville&${day}&maxPoints=50`,
  airAqi: '/api/air/aqi?city=testville&at=2026-07-15T20:00:00Z',
  airHourly: `/api/air/hourly?city=testville&${day}&station=north-park`,
  airDaily: '/api/air/daily?city=testville&from=2026-07-01&to=2026-07-08&asOf=2026-07-05T16:00:00Z',
  energyMeters: '/api/energy/meters?city=testville&limit=3',
  energyReadings: `/api/energy/readings?city=testville&meter=north-res-00001&${day}`,
  energySummary: `/api/energy/summary?city=testville&${day}`,
  mobilityNetwork: '/api/mobility/network?city=testville',
  mobilitySegments: `/api/mobility/segments?city=testville&${day}&resolution=1h`,
  mobilityCorridorFlow: `/api/mobility/corridor-flow?city=testville&${day}&maxPoints=20`,
  mobilityVehicles: '/api/mobility/vehicles?city=testville&at=2026-07-15T21:30:00Z',
  mobilitySignals: '/api/mobility/signals?city=testville&at=2026-07-15T21:30:00Z',
  mobilityEvents: `/api/mobility/events?city=testville&${day}`,
  mobilityBsm: '/api/mobility/bsm?city=testville&at=2026-07-15T21:30:00Z&limit=5',
  snapshot: '/api/snapshot?city=testville&at=2026-07-15T21:30:00Z',
  labScorecard: `/api/lab/scorecard?city=testville&${day}&v1=${encodeURIComponent('evShare=0.4')}&seeds=2`,
  policy: '/api/policy?lang=ko',
  usStates: '/api/geo/us-states',
};

// Readiness is about the server's store; without a server (tests, the static demo) there is none, and the route answers 404.
const SERVER_ONLY: ReadonlySet<RouteName> = new Set(['ready']);

describe('MSW handlers answer every JSON route as the server would', () => {
  const jsonRoutes = (Object.entries(contract) as [RouteName, RouteContract][]).filter(
    ([name, route]) => route.kind !== 'sse' && (route.kind ?? 'json') === 'json' && !SERVER_ONLY.has(name),
  );

  it('answers the server-only routes 404, saying there is no server', () => {
    const answerer = createRouteAnswerer([{ city: testCity, basemap: testBasemap }]);
    expect(answerer.routes.filter((name) => SERVER_ONLY.has(name))).toEqual([]);
    const { status, body } = answerer.answer('ready', {}, {});
    expect(status).toBe(404);
    expect(JSON.stringify(body)).toContain('without the server');
  });

  it('cover every JSON route of the contract', () => {
    expect(jsonRoutes.map(([name]) => name).filter((name) => !urls[name])).toEqual([]);
  });

  it.each(jsonRoutes)('%s answers 200 with data that parses with its schema', async (name, route) => {
    const res = await fetch(`${location.origin}${urls[name]}`);
    expect(res.status).toBe(200);
    route.response.parse(await res.json());
  });

  it('answers bad input in the one error shape', async () => {
    const res = await fetch(`${location.origin}/api/air/readings?city=testville&resolution=2m`);
    expect(res.status).toBe(400);
    expect((await res.json()).message).toContain('resolution');
  });
});
