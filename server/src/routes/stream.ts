/**
 * `GET /api/stream`: Server-Sent Events with the client's own sim clock, and `GET /api/snapshot`,
 * the same frame at one instant. Validation, the scenario and the per-client cap are checked before
 * the response is taken over, so bad input still gets the one JSON error shape; after that the hub
 * owns the socket.
 */
import {
  ApiProblem,
  contract,
  type FrameQuery,
  type FrameSource,
  inTimeRange,
  LastEventIdSchema,
  type StreamTopic,
  StreamTopicSchema,
  scenarioFromQuery,
  type TelemetryService,
  TIME_RANGE,
} from '@sandbox/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Engine } from '../engine/engine';
import { StreamHub } from '../stream/stream-hub';
import { engineRoutes } from './engine-route';
import { routeSchema } from './route-schema';

/** What a client's frames are built from: the simulation here, or the scenario query for an engine thread. */
export interface FramePayload {
  /** The simulation, when frames are built on this thread (no engine threads). */
  source: FrameSource | undefined;
  query: Omit<FrameQuery, 'fromMs' | 'toMs'>;
}

export interface StreamOptions {
  telemetry: TelemetryService;
  engine: Engine;
  hub: StreamHub<FramePayload>;
  maxStreamsPerClient: number;
}

/**
 * The hub every stream client joins. Frames are built on the engine threads when there are some (a
 * frame at 3600× covers an hour of trips: real work), else here with the shared frame builder. A
 * clock that runs past the representable time range (a late `start` at a high speed, streamed for
 * long) ends its stream with an error event naming `start`.
 */
export function createFrameHub(
  telemetry: TelemetryService,
  engine: Engine,
  cacheBytes: number,
  onError?: (error: unknown) => void,
): StreamHub<FramePayload> {
  return new StreamHub<FramePayload>({
    computeFrame: (spec, fromMs, toMs) => {
      if (!inTimeRange(toMs))
        throw new ApiProblem(
          400,
          `The stream's clock reached ${TIME_RANGE.to}, the end of the representable time range; start earlier or at a lower speed.`,
          'start',
        );
      if (engine.threads > 0) return engine.call('streamFrame', { ...spec.payload.query, fromMs, toMs }, Date.now());
      const source = spec.payload.source ?? telemetry.live.frameSource(spec.payload.query, spec.payload.query.topics);
      return JSON.stringify(telemetry.live.frames.build(source, fromMs, toMs));
    },
    cacheBytes,
    ...(onError ? { onError } : {}),
  });
}

/** Seconds a client refused for holding too many streams is told to wait (Retry-After). */
const STREAM_RETRY_S = 2;

export const streamRoutes: FastifyPluginAsyncZod<StreamOptions> = async (app, { telemetry, engine, hub, maxStreamsPerClient }) => {
  const openPerClient = new Map<string, number>();

  app.addHook('preClose', async () => {
    const count = hub.clientCount;
    hub.closeAll();
    if (count > 0) app.log.info(`${count} live stream${count === 1 ? '' : 's'} closed: the server is shutting down`);
  });

  // The paused clock's frame: a JSON route like the others, answered by the engine's live thread.
  await app.register(engineRoutes({ snapshot: 'snapshot' }), { engine });

  app.get(contract.stream.path, { schema: routeSchema(contract.stream) }, async (request, reply) => {
    const q = request.query;
    const topics: StreamTopic[] = q.topics ?? StreamTopicSchema.options;
    // With engine threads the frames are built there: here only the city is checked (404) and the
    // key made, without building a simulation on the event loop.
    const source = engine.threads > 0 ? undefined : telemetry.live.frameSource(q, topics);
    const scenarioKey = source?.key ?? telemetry.simulations.keyOf(scenarioFromQuery(q));
    const header = request.headers['last-event-id'];
    let resumeAfter: number | undefined;
    if (typeof header === 'string' && header !== '') {
      const parsed = LastEventIdSchema.safeParse(header);
      if (!parsed.success)
        throw new ApiProblem(400, `Invalid header "Last-Event-ID": ${parsed.error.issues[0]?.message}.`, 'Last-Event-ID');
      resumeAfter = parsed.data;
    }
    const open = openPerClient.get(request.ip) ?? 0;
    if (open >= maxStreamsPerClient) {
      // A slot frees when one of this client's streams closes; EventSource retries after 2 s too.
      reply.header('retry-after', String(STREAM_RETRY_S));
      throw new ApiProblem(
        429,
        `At most ${maxStreamsPerClient} streams per client address at once (MAX_STREAMS_PER_CLIENT); close one first, then retry.`,
      );
    }

    reply.hijack();
    // Gone already (it hung up while the request was checked): its 'close' has fired, so counting it
    // now would take a slot from its address for good.
    if (reply.raw.destroyed) return;
    reply.raw.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
      'x-content-type-options': 'nosniff',
      'x-request-id': request.id,
    });
    openPerClient.set(request.ip, open + 1);
    reply.raw.once('close', () => {
      const now = (openPerClient.get(request.ip) ?? 1) - 1;
      if (now > 0) openPerClient.set(request.ip, now);
      else openPerClient.delete(request.ip);
    });
    const streamKey = `${scenarioKey}#${[...topics].sort().join(',')}`;
    const startMs = q.start ? Date.parse(q.start) : Date.now();
    const payload: FramePayload = { source, query: { ...q, topics } };
    hub.open(reply.raw, { scenarioKey: streamKey, startMs, speed: q.speed, intervalMs: q.intervalMs, payload }, resumeAfter);
  });
};
