/**
 * Documents the write routes (saved scenarios; shared/src/common/write-route-contract.ts) from their
 * contract entries: the success answer with its headers (ETag, Location, Content-Disposition), 204
 * and 302 without a body, the `If-Match` / `If-None-Match` headers, an example request body, and
 * each error status in the one error shape, replacing what the schema transform listed.
 */
import {
  ApiErrorSchema,
  classRoutes,
  lessonRoutes,
  roomRoutes,
  savedScenarioRoutes,
  type WriteRouteContract,
  type WriteRouteError,
} from '@sandbox/shared';
import type { OpenAPIV3 } from 'openapi-types';
import { z } from 'zod';
import { WRITE_BODY_LIMIT } from '../routes/write-route-schema';

/** Every write route, in the order the docs list them. */
export const WRITE_ROUTES: readonly WriteRouteContract[] = [
  ...Object.values(savedScenarioRoutes),
  ...Object.values(roomRoutes),
  ...Object.values(lessonRoutes),
  ...Object.values(classRoutes),
];

const ERRORS: Record<WriteRouteError | 414 | 429 | 431 | 503, string> = {
  400: 'Invalid input: the message and `issues` name each field (body field, parameter or header) at fault and why.',
  401: '`Authorization: Bearer <token>` is missing, or is not a token of this room. For a class: missing or malformed.',
  403: 'The token is this room’s, but not allowed here: another team’s, or a team’s on a facilitator route; for a class, a key that is not its teacher’s.',
  404: 'No record (or share link, or room) with this id or code; it may have been deleted.',
  409: 'The room is not where this request expects it (a round already started, locked or revealed, levers changed after a lock, scores not ready yet): the message says what it expects next; or a class that is full.',
  412: '`If-Match` names an older version: someone saved in between. The `ETag` header carries the current version; read it again and reapply.',
  413: `The request body is over ${WRITE_BODY_LIMIT / 1024} KiB.`,
  414: 'A path parameter longer than 200 characters.',
  415: 'The body is not JSON: send `Content-Type: application/json`.',
  428: '`If-Match` is missing: send the `ETag` of the version you edited (or `*` to skip the check).',
  429: 'More requests from this client address than `RATE_LIMIT_PER_MINUTE` allows; wait and retry.',
  431: 'The request line and headers together are over 16 KB (Node.js `maxHeaderSize`).',
  503: 'The store’s database (PostgreSQL) is not reachable right now; retry after `Retry-After` seconds.',
};

const ETAG = { description: 'The record’s version, `"<version>"`: send it back in `If-Match`.', schema: { type: 'string' } } as const;

const errorSchema = () => z.toJSONSchema(ApiErrorSchema, { target: 'openapi-3.0', io: 'output' }) as OpenAPIV3.SchemaObject;

const openApiPath = (path: string) => path.replace(/:([A-Za-z]+)/g, '{$1}');

const csvFilename = (route: WriteRouteContract) =>
  route.path.startsWith('/api/classes') ? 'class-<code>-progress.csv' : 'room-<code>-results.csv';

function successHeaders(route: WriteRouteContract): Record<string, OpenAPIV3.HeaderObject> {
  if (route.status === 302) return { Location: { description: 'The page URL of the shared view.', schema: { type: 'string' } } };
  if (route.status === 201)
    return { ETag: ETAG, Location: { description: `The new record: \`${route.path}/{id}\`.`, schema: { type: 'string' } } };
  if (route.produces === 'text/csv')
    return { 'Content-Disposition': { description: `attachment; filename="${csvFilename(route)}"`, schema: { type: 'string' } } };
  if (route.produces) return {};
  if (route.download)
    return {
      ETag: ETAG,
      'Content-Disposition': { description: 'attachment; filename="<name>.scenario.json"', schema: { type: 'string' } },
    };
  if (route.status === 200 && route.params && route.etag !== false) return { ETag: ETAG };
  return {};
}

function successResponse(route: WriteRouteContract, existing: OpenAPIV3.ResponseObject | undefined): OpenAPIV3.ResponseObject {
  const headers = successHeaders(route);
  const withHeaders = Object.keys(headers).length > 0 ? { headers } : {};
  if (route.status === 204) return { description: 'Done; no body.', ...withHeaders };
  if (route.status === 302) return { description: 'A redirect to the page URL of the shared view.', ...withHeaders };
  if (route.produces === 'text/event-stream')
    return {
      description: 'Server-Sent Events: `event: board`, `id: <version>`, `data: <the board as JSON>` (the schema of `GET` on the room).',
      content: { 'text/event-stream': { schema: { type: 'string' } } },
    };
  if (route.produces === 'text/csv')
    return {
      description: 'CSV (RFC 4180) with a header row, units in the column names.',
      content: { 'text/csv': { schema: { type: 'string' } } },
      ...withHeaders,
    };
  return { ...(existing ?? { description: 'OK' }), ...withHeaders };
}

const AUTHORIZATION: Record<NonNullable<WriteRouteContract['auth']>, string> = {
  facilitator: 'The facilitator’s token, answered once when the room was opened: `Bearer <token>`.',
  team: 'The team’s token, answered when joining it: `Bearer <token>`.',
  teacher: 'The class’s teacher key, answered once when the class was opened: `Bearer <key>`.',
};

function headerParameters(route: WriteRouteContract): OpenAPIV3.ParameterObject[] {
  const auth: OpenAPIV3.ParameterObject[] = route.auth
    ? [{ in: 'header', name: 'Authorization', required: true, description: AUTHORIZATION[route.auth], schema: { type: 'string' } }]
    : [];
  return [...auth, ...guardParameters(route)];
}

function guardParameters(route: WriteRouteContract): OpenAPIV3.ParameterObject[] {
  if (route.method === 'PUT' || route.method === 'DELETE')
    return [
      {
        in: 'header',
        name: 'If-Match',
        required: true,
        description: 'The `ETag` of the version you edited (answered by GET), or `*` to skip the check.',
        schema: { type: 'string' },
        example: '"1"',
      },
    ];
  if (route.method === 'GET' && route.status === 200 && route.params && !route.download && !route.produces && route.etag !== false)
    return [
      {
        in: 'header',
        name: 'If-None-Match',
        required: false,
        description: 'An `ETag` you hold: answered 304 without a body when it is still current.',
        schema: { type: 'string' },
      },
    ];
  return [];
}

/** The statuses a write route documents besides its success. */
export function writeErrorStatuses(route: WriteRouteContract): (keyof typeof ERRORS)[] {
  return [...route.errors, ...(route.params ? [414 as const] : []), 429, 431, 503];
}

function documentRoute(spec: OpenAPIV3.Document, route: WriteRouteContract): void {
  const method = route.method.toLowerCase() as 'get' | 'post' | 'put' | 'delete';
  const operation = spec.paths[openApiPath(route.path)]?.[method];
  if (!operation) return;
  const success = operation.responses[String(route.status)] as OpenAPIV3.ResponseObject | undefined;
  operation.responses = { [String(route.status)]: successResponse(route, success) };
  if (headerParameters(route).some((p) => p.name === 'If-None-Match'))
    operation.responses['304'] = { description: 'Not modified: `If-None-Match` names the current version.', headers: { ETag: ETAG } };
  for (const status of writeErrorStatuses(route))
    operation.responses[String(status)] = { description: ERRORS[status], content: { 'application/json': { schema: errorSchema() } } };
  operation.parameters = [...(operation.parameters ?? []), ...headerParameters(route)];
  const body = operation.requestBody as OpenAPIV3.RequestBodyObject | undefined;
  const media = body?.content['application/json'];
  if (media && route.exampleBody !== undefined) media.example = route.exampleBody;
}

export function documentWriteRoutes(spec: OpenAPIV3.Document): void {
  for (const route of WRITE_ROUTES) documentRoute(spec, route);
}
