/**
 * Query options and URLs for the routes of the contract, typed by each route's query schema
 * (route-query.ts). A simulating route takes the scenario as an object and writes it with the one
 * scenario codec, ahead of the route's own parameters, so a request's URL and its cache key are
 * those of the address bar's scenario. Answers are deterministic for a given query, so they never go
 * stale; while a new window loads, the previous answer stays on screen (no flicker as the clock moves).
 */
import type { Scenario } from '@sandbox/shared/scenario/schemas';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { encodeScenario } from '../state/scenario/scenario-codec';
import { apiGet, apiUrl } from './client';
import { type JsonRoute, type OwnQuery, type QueryValues, queryValues, type RouteQuery, type ScenarioRoute } from './route-query';

type PathParams = Record<string, string>;

function jsonQuery<R extends JsonRoute>(route: R, query: QueryValues, params: PathParams) {
  return queryOptions({
    queryKey: [route, params, query] as const,
    queryFn: ({ signal }) => apiGet(route, { params, query, signal }),
    staleTime: Number.POSITIVE_INFINITY,
    placeholderData: keepPreviousData,
  });
}

/** The query values of a simulating route: the scenario's parameters, then the route's own. */
export function scenarioRequest<R extends ScenarioRoute>(scenario: Scenario, query: OwnQuery<R>): QueryValues {
  return { ...encodeScenario(scenario), ...queryValues(query) };
}

/** Query options for a route that does not simulate, e.g. `contractQuery('mobilityNetwork', { city })`. */
export function contractQuery<R extends Exclude<JsonRoute, ScenarioRoute>>(route: R, query: RouteQuery<R>, params: PathParams = {}) {
  return jsonQuery(route, queryValues(query), params);
}

/** Query options for a simulating route, e.g. `scenarioQuery('airAqi', scenario, { at })`. */
export function scenarioQuery<R extends JsonRoute & ScenarioRoute>(route: R, scenario: Scenario, query: OwnQuery<R>) {
  return jsonQuery(route, scenarioRequest<R>(scenario, query), {});
}

/** The URL of a simulating route (a stream, a download, an example), e.g. `scenarioUrl('exportAir', scenario, { from, to }, { format: 'csv' })`. */
export function scenarioUrl<R extends ScenarioRoute>(route: R, scenario: Scenario, query: OwnQuery<R>, params?: PathParams): string {
  return apiUrl(route, { query: scenarioRequest<R>(scenario, query), ...(params ? { params } : {}) });
}
