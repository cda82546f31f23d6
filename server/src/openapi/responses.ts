/**
 * The answers a route gives besides its 200, in the one error shape `{ error, message, issues? }`,
 * and the 200 of the live stream (Server-Sent Events, not JSON). Which errors apply follows from
 * the route's contract entry: its inputs (400), its city (404), its window (413), its path
 * parameters (414); 429 and 431 come from the rate limit and Node's HTTP parser, in front of every
 * route (but the health check, which the rate limit leaves alone: routes/health.ts).
 */
import { ApiErrorSchema, contract, type RouteContract } from '@sandbox/shared';
import { MAX_LAB_COST_MS } from '@sandbox/shared/lab/cost';
import type { OpenAPIV3 } from 'openapi-types';
import { z } from 'zod';
import { MAX_WAITING_COST_MS } from '../engine/lab-queue';
import { ENGINE_PATHS } from '../routes/engine-route';

const errorSchema = () => z.toJSONSchema(ApiErrorSchema, { target: 'openapi-3.0', io: 'output' }) as OpenAPIV3.SchemaObject;

/** The keys of a route input's object schema (none for no input). */
const inputKeys = (schema: z.ZodType | undefined): string[] => (schema instanceof z.ZodObject ? Object.keys(schema.shape) : []);

const ERRORS = {
  400: 'Invalid input: the message and `issues` name each parameter (or header) at fault and why.',
  404: 'Unknown city, or an unknown station, meter, district, corridor or segment id, named with the known ones.',
  413: 'The window (or the number of entities × steps) is over the cap of this route; the message names the cap.',
  414: 'A path parameter longer than 200 characters.',
  429: 'More requests from this client address than `RATE_LIMIT_PER_MINUTE` allows; wait and retry.',
  431: 'The request line and headers together are over 16 KB (Node.js `maxHeaderSize`), e.g. a very long query string.',
  503: 'The engine thread computing the answer stopped (a bug, or its memory cap) and is being started again; retry after `Retry-After` seconds.',
} as const;

type ErrorStatus = keyof typeof ERRORS;

/** Routes whose caps or refusals say more than the general text. */
const ROUTE_ERRORS: Record<string, Partial<Record<ErrorStatus, string>>> = {
  [contract.ready.path]: {
    503: 'The store does not answer (PostgreSQL down or unreachable, or no answer within 2 s): take this instance out of rotation until a 200; the message says why.',
  },
  [contract.labScorecard.path]: {
    413: `The window is over 7 days, or the comparison's engine work is over its cap: scenarios × seeds × days, counted as the distinct parts it would compute (a stream shared by several runs once) in the Lab's cost model, at most ${MAX_LAB_COST_MS / 1000} s of one core. \`issues\` names \`seeds\`; the message names the cap and the most seeds that fit the window and variants asked.`,
    503: `An engine thread stopped while answering, or the engine threads already have about ${MAX_WAITING_COST_MS / 1000} s of Lab work waiting (other comparisons); retry after \`Retry-After\` seconds (the waiting work's estimate).`,
  },
};

/** The monitor's routes, never rate-limited (routes/health.ts). */
const UNLIMITED_PATHS: ReadonlySet<string> = new Set([contract.health.path, contract.ready.path]);

/** The error statuses a route can answer. */
export function errorStatuses(route: RouteContract): ErrorStatus[] {
  const params = inputKeys(route.params);
  const query = inputKeys(route.query);
  const statuses: ErrorStatus[] = [];
  if (route.params || route.query) statuses.push(400);
  if ([...params, ...query].includes('city')) statuses.push(404);
  // Every windowed route has a cap (CAPS, shared/src/simulation/caps.ts).
  if (query.includes('from')) statuses.push(413);
  if (params.length > 0) statuses.push(414);
  if (!UNLIMITED_PATHS.has(route.path)) statuses.push(429);
  statuses.push(431);
  if (ENGINE_PATHS.has(route.path) || route.path === contract.ready.path) statuses.push(503);
  return statuses;
}

/** The route's error answers, replacing those the schema transform listed. */
export function documentErrors(operation: OpenAPIV3.OperationObject, route: RouteContract): void {
  for (const status of Object.keys(operation.responses)) if (status !== '200') delete operation.responses[status];
  for (const status of errorStatuses(route)) {
    const description =
      status === 429 && route.kind === 'sse'
        ? `${ERRORS[429]} Also: more live streams open from this address than \`MAX_STREAMS_PER_CLIENT\`.`
        : (ROUTE_ERRORS[route.path]?.[status] ?? ERRORS[status]);
    operation.responses[String(status)] = { description, content: { 'application/json': { schema: errorSchema() } } };
  }
}

/** The live stream's 200: `text/event-stream`, each `frame` event's data one JSON object of the frame schema. */
export function streamResponse(frameSchema: OpenAPIV3.SchemaObject | undefined): OpenAPIV3.ResponseObject {
  return {
    description:
      'A Server-Sent Events stream (`text/event-stream`) that stays open: `event: frame` messages whose `id` is the frame time ' +
      '(epoch milliseconds, for `Last-Event-ID`) and whose `data` is one JSON frame, comment heartbeats, `event: close` ' +
      'when the server shuts down, and `event: error` (data: the one error shape) when the stream cannot go on, e.g. its ' +
      'clock passed the end of the representable time range; it then ends, and reconnecting would fail the same way.',
    content: {
      'text/event-stream': {
        schema: {
          ...frameSchema,
          description: 'The `data` of each `frame` event: one JSON object of this schema on one line.',
        },
      },
    },
  };
}
