/**
 * One route of the API contract and the helpers every domain's entries use.
 */
import type { z } from 'zod';

export interface RouteContract {
  method: 'GET';
  /** Fastify-style path, `:name` for path parameters. */
  path: `/api/${string}`;
  summary: string;
  tags: readonly string[];
  /**
   * How the response is sent: one JSON document (default); a Server-Sent Events stream of
   * `response` (`sse`); or `download`: a streamed file with a `Content-Disposition: attachment`
   * header, in one of the `produces` media types, where `response` is the schema of one NDJSON line
   * (a record), or a string for other formats.
   */
  kind?: 'json' | 'sse' | 'download';
  /** Downloads: media type by format (the `format` path parameter, or the route's one format). */
  produces?: Readonly<Record<string, string>>;
  /** CSV downloads: the header row (units in the names). */
  csvColumns?: readonly string[];
  params?: z.ZodType;
  query?: z.ZodType;
  response: z.ZodType;
  /** A request that works against the default data; the API docs show it and its real answer. */
  example: { params?: Record<string, string>; query?: Record<string, string | number> };
}

/** A query string from plain values (no URLSearchParams: shared has no DOM or Node typings). */
export function queryString(query: Record<string, string | number | boolean | undefined> = {}): string {
  const pairs = Object.entries(query)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`);
  return pairs.length > 0 ? `?${pairs.join('&')}` : '';
}

/** The example request of a route as a path with query string. */
export function exampleUrl(route: RouteContract): string {
  return pathFor(route.path, route.example.params) + queryString(route.example.query);
}

/** Fills `:name` path parameters: `pathFor('/api/cities/:city', { city: 'columbus' })`. */
export function pathFor(path: string, params: Record<string, string> = {}): string {
  return path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`missing path parameter "${name}" for ${path}`);
    return encodeURIComponent(value);
  });
}
