/**
 * The query parameters of each contract route, as the web passes them, derived from the route's zod
 * query schema: the parameter names are the schema's (`z.input`), so a misspelled one is a type
 * error; a comma-separated list is an array of the schema's item type (a wrong metric is a type
 * error too) and a number the schema parses from text is a number. `queryValues` writes them as the
 * API reads them.
 */
import type { Contract, RouteName } from '@sandbox/shared/contract';
import type { z } from 'zod';
import type { ScenarioParam } from '../state/scenario/scenario-codec';

type QuerySchema<R extends RouteName> = Contract[R] extends { query: infer Q extends z.ZodType } ? Q : never;

/** One parameter: a list as an array of its items, a parsed number as a number, else the schema's input. */
type ParamValue<In, Out> =
  NonNullable<Out> extends readonly (infer Item extends string)[] ? readonly Item[] : unknown extends In ? NonNullable<Out> : In;

export type RouteQuery<R extends RouteName> = {
  [K in keyof z.input<QuerySchema<R>>]: ParamValue<
    z.input<QuerySchema<R>>[K],
    z.output<QuerySchema<R>>[K & keyof z.output<QuerySchema<R>>]
  >;
};

/** Routes that simulate: their query takes a scenario. */
export type ScenarioRoute = { [R in RouteName]: 'evShare' extends keyof RouteQuery<R> ? R : never }[RouteName];

/** What a simulating route takes besides the scenario: the window, the metrics, the stations, … */
export type OwnQuery<R extends ScenarioRoute> = Omit<RouteQuery<R>, ScenarioParam>;

/** Routes answered with one JSON document (not a stream, not a download). */
export type JsonRoute = { [R in RouteName]: Contract[R] extends { kind: 'sse' | 'download' } ? never : R }[RouteName];

/** A query as the API reads it: the values of the query string, before encoding. */
export type QueryValues = Readonly<Record<string, string | number | undefined>>;

/** Writes lists comma-separated (an empty list is no parameter); other values stay as given, in the caller's order. */
export function queryValues(query: object): QueryValues {
  const out: Record<string, string | number | undefined> = {};
  for (const [key, value] of Object.entries(query)) {
    if (Array.isArray(value)) out[key] = value.length > 0 ? value.join(',') : undefined;
    else out[key] = value as string | number | undefined;
  }
  return out;
}

/** The query values of route R (no scenario), checked against its schema: `routeQueryValues('policy', { lang })`. */
export function routeQueryValues<R extends RouteName>(_route: R, query: RouteQuery<R>): QueryValues {
  return queryValues(query);
}
