/**
 * A route of the API that is not a plain read of the simulation: it may take a JSON body, change
 * stored state, answer with a status other than 200, or redirect. The read-only contract
 * (route-contract.ts) stays GET-only so its typed fetchers, mocks and examples need no method; these
 * routes (saved scenarios, and later rooms and lessons) are declared with this shape instead, and
 * the server builds their validation and OpenAPI entries from it.
 */
import type { z } from 'zod';

/** Error statuses a stored-state route can answer, besides the 429 and 431 every route can. */
export type WriteRouteError = 400 | 401 | 403 | 404 | 409 | 412 | 413 | 415 | 428;

export interface WriteRouteContract {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Fastify-style path, `:name` for path parameters. */
  path: `/${string}`;
  summary: string;
  /** Longer text for the API docs (headers, preconditions). */
  description?: string;
  tags: readonly string[];
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  /** The success status; 204 and 302 have no body. */
  status: 200 | 201 | 204 | 302;
  /** The success body (JSON), absent for 204 and 302. */
  response?: z.ZodType;
  /** A JSON body sent as a file (`Content-Disposition: attachment`). */
  download?: boolean;
  /** A success body that is not JSON: a CSV file, or a Server-Sent Events stream. */
  produces?: 'text/csv' | 'text/event-stream';
  /** `false`: a success without an `ETag` (otherwise a 200 on a record answers its version). */
  etag?: false;
  /** Whose `Authorization: Bearer <token>` the route needs: a room's facilitator's or team's, a class's teacher's. */
  auth?: 'facilitator' | 'team' | 'teacher';
  /** The error statuses it documents, each in the one error shape. */
  errors: readonly WriteRouteError[];
  /** A valid request body the API docs show (and the tests send). */
  exampleBody?: unknown;
}
