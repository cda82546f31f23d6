/** Turns a shared contract entry into the Fastify schema of its route (validation, types, OpenAPI). */
import { ApiErrorSchema, type RouteContract } from '@sandbox/shared';

interface InputSchema<C extends RouteContract> {
  summary: string;
  tags: string[];
  params: C['params'];
  querystring: C['query'];
}

interface RouteSchema<C extends RouteContract> extends InputSchema<C> {
  response: { 200: C['response']; 400: typeof ApiErrorSchema; 404: typeof ApiErrorSchema };
}

interface DownloadSchema<C extends RouteContract> extends InputSchema<C> {
  response: { 400: typeof ApiErrorSchema; 404: typeof ApiErrorSchema; 413: typeof ApiErrorSchema };
}

/** Summary, tags and the inputs a route has: Fastify warns about schema keys that are present but undefined. */
function inputSchema(route: RouteContract) {
  return {
    summary: route.summary,
    tags: [...route.tags],
    ...(route.params ? { params: route.params } : {}),
    ...(route.query ? { querystring: route.query } : {}),
  };
}

export function routeSchema<C extends RouteContract>(route: C): RouteSchema<C> {
  return { ...inputSchema(route), response: { 200: route.response, 400: ApiErrorSchema, 404: ApiErrorSchema } } as RouteSchema<C>;
}

/**
 * The Fastify schema of a download route: inputs validated like any route; no JSON 200 (the body is a
 * stream, documented per media type by the OpenAPI layer), and 413 for a request over a cap.
 */
export function downloadSchema<C extends RouteContract>(route: C): DownloadSchema<C> {
  return { ...inputSchema(route), response: { 400: ApiErrorSchema, 404: ApiErrorSchema, 413: ApiErrorSchema } } as DownloadSchema<C>;
}
