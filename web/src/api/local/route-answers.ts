/**
 * Every JSON route of the contract answered in the browser by the shared telemetry service (the same
 * code the server runs), validated by the contract's schemas, errors in the API's one error shape.
 * Two users: the MSW handlers of the component tests (mocks/handlers.ts) and the static demo's engine
 * worker (engine-worker.ts), so both answer exactly what the server would send.
 */
import { basemapWithDistricts } from '@sandbox/shared/city/basemap';
import type { Basemap } from '@sandbox/shared/city/basemap-schemas';
import { cityJsonSchema } from '@sandbox/shared/city/json-schema';
import { type City, summarizeCity } from '@sandbox/shared/city/schemas';
import type { UsOutline } from '@sandbox/shared/common/geo-schemas';
import { ApiProblem } from '@sandbox/shared/common/problem';
import { type Contract, contract, type RouteName } from '@sandbox/shared/contract';
import { localizePolicy } from '@sandbox/shared/policy/policy-data';
import type { PolicyData } from '@sandbox/shared/policy/schemas';
import { TelemetryService } from '@sandbox/shared/simulation/telemetry-service';
import type { z } from 'zod';

type Answer = (input: { params: Record<string, string>; query: never }) => unknown;

/** A route's answer: the status and the JSON body (the route's response, or the API's error shape). */
export interface LocalAnswer {
  status: number;
  body: unknown;
}

function problem(status: number, error: string, message: string, field?: string): LocalAnswer {
  return { status, body: { error, message, ...(field ? { issues: [{ path: field, message }] } : {}) } };
}

/** The policy context and the US outline the Policy page needs. */
export interface PolicyFixtures {
  policy: PolicyData;
  usStates: UsOutline;
}

export interface AnswerOptions {
  policy?: PolicyFixtures;
  /** The wall clock "now" for routes that default to it. */
  now?: () => number;
  /** The version `/api/health` reports. */
  version?: string;
}

export interface RouteAnswerer {
  /** The routes answered (the policy routes only with their fixtures). */
  routes: RouteName[];
  /** The answer to `GET` of `route` with its path parameters and raw query string values. */
  answer(route: RouteName, params: Record<string, string>, search: Record<string, string>): LocalAnswer;
  telemetry: TelemetryService;
}

export function createRouteAnswerer(
  cities: { city: City; basemap: Basemap }[],
  { policy, now = Date.now, version = 'mock' }: AnswerOptions = {},
): RouteAnswerer {
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
    health: () => ({ status: 'ok', version, uptimeS: 0, streams: 0, connections: 0, rssMb: 0 }),
    cities: () => cities.map((c) => summarizeCity(c.city)),
    citySchema: () => cityJsonSchema(),
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

  const answer = (name: RouteName, params: Record<string, string>, search: Record<string, string>): LocalAnswer => {
    const route = contract[name];
    const handler = answers[name] as Answer | undefined;
    if (!handler) return problem(404, 'Not Found', `No route ${route.path} without the server.`);
    const parsedParams = 'params' in route ? route.params.safeParse(params) : { success: true as const, data: {} };
    const parsedQuery = 'query' in route ? route.query.safeParse(search) : { success: true as const, data: {} };
    for (const parsed of [parsedParams, parsedQuery]) {
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const field = String(issue?.path[0] ?? '');
        return problem(400, 'Bad Request', `Invalid query parameter "${field}": ${issue?.message}`, field || undefined);
      }
    }
    try {
      const body = route.response.parse(handler({ params: parsedParams.data as Record<string, string>, query: parsedQuery.data as never }));
      return { status: 200, body };
    } catch (error) {
      if (error instanceof ApiProblem)
        return problem(error.status, error.status === 404 ? 'Not Found' : 'Bad Request', error.message, error.field);
      throw error;
    }
  };

  return { routes: (Object.keys(contract) as RouteName[]).filter((name) => answers[name] !== undefined), answer, telemetry };
}
