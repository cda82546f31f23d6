/**
 * MSW request handlers for every JSON route of the contract, answered by the shared telemetry
 * service (the same code the server runs) and validated by the contract's schemas, so component
 * tests see exactly what the server would send. Errors use the API's one error shape.
 */
import { basemapWithDistricts } from '@sandbox/shared/city/basemap';
import type { Basemap } from '@sandbox/shared/city/basemap-schemas';
import { type City, summarizeCity } from '@sandbox/shared/city/schemas';
import type { UsOutline } from '@sandbox/shared/common/geo-schemas';
import { ApiProblem } from '@sandbox/shared/common/problem';
import { type Contract, contract, type RouteContract, type RouteName } from '@sandbox/shared/contract';
import { localizePolicy } from '@sandbox/shared/policy/policy-data';
import type { PolicyData } from '@sandbox/shared/policy/schemas';
import { TelemetryService } from '@sandbox/shared/simulation/telemetry-service';
import { HttpResponse, http } from 'msw';
import type { z } from 'zod';

type Answer = (input: { params: Record<string, string>; query: never }) => unknown;

function problem(status: number, error: string, message: string, field?: string) {
  return HttpResponse.json({ error, message, ...(field ? { issues: [{ path: field, message }] } : {}) }, { status });
}

/** The policy context and the US outline the Policy page needs, when a test serves them. */
export interface PolicyFixtures {
  policy: PolicyData;
  usStates: UsOutline;
}

export interface HandlerOptions {
  policy?: PolicyFixtures;
  /** The wall clock "now" for routes that default to it. */
  now?: () => number;
}

export function createHandlers(cities: { city: City; basemap: Basemap }[], { policy, now = Date.now }: HandlerOptions = {}) {
  const telemetry = new TelemetryService(cities.map((entry) => entry.city));
  const byId = new Map(cities.map((entry) => [entry.city.id, entry]));
  const entry = (id: string) => {
    const found = byId.get(id);
    if (!found) throw new ApiProblem(404, `Unknown city "${id}".`, 'city');
    return found;
  };
  const answers: {
    [R in RouteName]?: (input: {
      params: Record<string, string>;
      query: z.infer<NonNullable<Contract[R] extends { query: infer Q } ? Q : never>>;
    }) => unknown;
  } = {
    health: () => ({ status: 'ok', version: 'mock', uptimeS: 0, streams: 0, connections: 0, rssMb: 0 }),
    cities: () => cities.map((c) => summarizeCity(c.city)),
    city: ({ params }) => entry(params.city ?? '').city,
    basemap: ({ params }) => {
      const found = entry(params.city ?? '');
      return basemapWithDistricts(found.city, found.basemap);
    },
    weatherHourly: ({ query }) => telemetry.weatherHourly(query, now()),
    airReadings: ({ query }) => telemetry.airReadings(query, now()),
    airAqi: ({ query }) => telemetry.airAqi(query, now()),
    airHourly: ({ query }) => telemetry.airHourly(query, now()),
    airDaily: ({ query }) => telemetry.airDaily(query, now()),
    energyMeters: ({ query }) => telemetry.meters(query),
    energyReadings: ({ query }) => telemetry.meterReadings(query, now()),
    energySummary: ({ query }) => telemetry.energySummary(query, now()),
    mobilityNetwork: ({ query }) => telemetry.network(query),
    mobilitySegments: ({ query }) => telemetry.segments(query, now()),
    mobilityCorridorFlow: ({ query }) => telemetry.corridorFlow(query, now()),
    mobilityVehicles: ({ query }) => telemetry.vehicles(query, now()),
    mobilitySignals: ({ query }) => telemetry.signals(query, now()),
    mobilityEvents: ({ query }) => telemetry.events(query, now()),
    mobilityBsm: ({ query }) => telemetry.bsmSample(query, now()),
    snapshot: ({ query }) => telemetry.snapshot(query, now()),
    labScorecard: ({ query }) => telemetry.labScorecard(query, now()),
    ...(policy
      ? {
          policy: ({ query }: { query: { lang: 'en' | 'ko' } }) => localizePolicy(policy.policy, query.lang),
          usStates: () => policy.usStates,
        }
      : {}),
  };

  return (Object.entries(contract) as [RouteName, RouteContract][])
    .filter(([name]) => answers[name] !== undefined)
    .map(([name, route]) =>
      http.get(route.path, ({ request, params }) => {
        const search = Object.fromEntries(new URL(request.url).searchParams);
        const parsedParams = route.params ? route.params.safeParse(params) : { success: true as const, data: {} };
        const parsedQuery = route.query ? route.query.safeParse(search) : { success: true as const, data: {} };
        for (const parsed of [parsedParams, parsedQuery]) {
          if (!parsed.success) {
            const issue = parsed.error.issues[0];
            const field = String(issue?.path[0] ?? '');
            return problem(400, 'Bad Request', `Invalid query parameter "${field}": ${issue?.message}`, field || undefined);
          }
        }
        try {
          const answer = answers[name] as Answer;
          const body = route.response.parse(
            answer({ params: parsedParams.data as Record<string, string>, query: parsedQuery.data as never }),
          );
          return HttpResponse.json(body as Record<string, unknown>);
        } catch (error) {
          if (error instanceof ApiProblem)
            return problem(error.status, error.status === 404 ? 'Not Found' : 'Bad Request', error.message, error.field);
          throw error;
        }
      }),
    );
}
