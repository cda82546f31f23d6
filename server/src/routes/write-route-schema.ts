/**
 * Turns a shared write-route contract entry (saved scenarios, later rooms and lessons) into the
 * Fastify schema of its route: inputs validated by zod, the success body typed and documented.
 * Its error answers and header-only successes (204, 302) are documented by the OpenAPI layer
 * (openapi/write-routes.ts), from the same entry.
 */
import type { WriteRouteContract } from '@sandbox/shared';

/** The largest JSON body a stored-state route accepts; a scenario with every fault is ~30 KB. */
export const WRITE_BODY_LIMIT = 256 * 1024;

interface WriteSchema<C extends WriteRouteContract> {
  summary: string;
  description?: string;
  tags: string[];
  params: C['params'];
  querystring: C['query'];
  body: C['body'];
  response: C['response'] extends undefined ? Record<string, never> : Record<C['status'], NonNullable<C['response']>>;
}

export function writeRouteSchema<C extends WriteRouteContract>(route: C): WriteSchema<C> {
  return {
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    tags: [...route.tags],
    ...(route.params ? { params: route.params } : {}),
    ...(route.query ? { querystring: route.query } : {}),
    ...(route.body ? { body: route.body } : {}),
    response: route.response ? { [route.status]: route.response } : {},
  } as WriteSchema<C>;
}

/** Fastify route options of a write route: method, path, schema, and the body limit when it takes a body. */
export function writeRouteOptions<C extends WriteRouteContract>(route: C) {
  return {
    method: route.method,
    url: route.path,
    schema: writeRouteSchema(route),
    ...(route.body ? { bodyLimit: WRITE_BODY_LIMIT } : {}),
  };
}
