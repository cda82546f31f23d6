/**
 * Server-Sent Events as a Fastify plugin, so a stream route is as thin as the others: it only turns
 * its validated query into the stream's spec (and may refuse it with the one JSON error shape). The
 * plugin does the rest before taking the socket over: the `Last-Event-ID` header of a reconnecting
 * EventSource (400 when malformed), the per-client-address cap (429 with `Retry-After`), then the
 * event-stream headers and the hub; and it closes every stream when the server shuts down.
 * Spec: https://html.spec.whatwg.org/multipage/server-sent-events.html
 */
import { ApiProblem, LastEventIdSchema, type RouteContract } from '@sandbox/shared';
import type { FastifyReply, FastifyRequest, FastifySchema } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { routeSchema } from '../routes/route-schema';
import type { StreamHub, StreamSpec } from '../stream/stream-hub';

export interface EventStreamOptions<P> {
  hub: StreamHub<P>;
  maxStreamsPerClient: number;
}

/** Seconds a client refused for holding too many streams is told to wait (Retry-After). */
const STREAM_RETRY_S = 2;

/** The frame a reconnecting client saw last (its sim instant), or undefined for a fresh stream. */
function resumeAfter(request: FastifyRequest): number | undefined {
  const header = request.headers['last-event-id'];
  if (typeof header !== 'string' || header === '') return undefined;
  const parsed = LastEventIdSchema.safeParse(header);
  if (!parsed.success) throw new ApiProblem(400, `Invalid header "Last-Event-ID": ${parsed.error.issues[0]?.message}.`, 'Last-Event-ID');
  return parsed.data;
}

/**
 * The streams each client address holds open on one stream route, capped at `maxPerClient`: `check`
 * refuses one more (429 with Retry-After), `start` takes the socket over with the event-stream head
 * and holds the address's slot until the response closes.
 */
export function streamSlots(maxPerClient: number) {
  const openPerClient = new Map<string, number>();
  return {
    check(request: FastifyRequest, reply: FastifyReply): void {
      if ((openPerClient.get(request.ip) ?? 0) < maxPerClient) return;
      // A slot frees when one of this client's streams closes; EventSource retries after 2 s too.
      reply.header('retry-after', String(STREAM_RETRY_S));
      throw new ApiProblem(
        429,
        `At most ${maxPerClient} streams per client address at once (MAX_STREAMS_PER_CLIENT); close one first, then retry.`,
      );
    },
    /** False when the client hung up while the request was checked (then nothing is counted). */
    start(request: FastifyRequest, reply: FastifyReply): boolean {
      reply.hijack();
      // Gone already: its 'close' has fired, so counting it now would take a slot from its address for good.
      if (reply.raw.destroyed) return false;
      // The headers the app's hooks set on the reply (CORS for an allowed origin, security headers)
      // go with the stream's head: a hijacked reply does not send them by itself.
      const fromHooks = Object.fromEntries(Object.entries(reply.getHeaders()).filter(([, value]) => value !== undefined));
      reply.raw.writeHead(200, {
        ...fromHooks,
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
        'x-content-type-options': 'nosniff',
        'x-request-id': request.id,
      });
      openPerClient.set(request.ip, (openPerClient.get(request.ip) ?? 0) + 1);
      reply.raw.once('close', () => {
        const now = (openPerClient.get(request.ip) ?? 1) - 1;
        if (now > 0) openPerClient.set(request.ip, now);
        else openPerClient.delete(request.ip);
      });
      return true;
    },
  };
}

/** A plugin serving `route` as an event stream from the hub; `open` makes the stream's spec from the query. */
export function eventStream<C extends RouteContract & { query: z.ZodType }, P>(
  route: C,
  open: (query: z.output<C['query']>) => StreamSpec<P>,
): FastifyPluginAsyncZod<EventStreamOptions<P>> {
  return async (app, { hub, maxStreamsPerClient }) => {
    const slots = streamSlots(maxStreamsPerClient);
    app.addHook('preClose', async () => {
      const count = hub.clientCount;
      hub.closeAll();
      if (count > 0) app.log.info(`${count} live stream${count === 1 ? '' : 's'} closed: the server is shutting down`);
    });
    // The schema validates and documents the query; the handler reads it as `open` types it.
    app.get(route.path, { schema: routeSchema(route) as FastifySchema }, async (request, reply) => {
      const spec = open(request.query as z.output<C['query']>);
      const resume = resumeAfter(request);
      slots.check(request, reply);
      if (!slots.start(request, reply)) return;
      hub.open(reply.raw, spec, resume);
    });
  };
}
