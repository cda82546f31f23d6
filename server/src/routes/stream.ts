/**
 * `GET /api/stream`: Server-Sent Events with the client's own sim clock, and `GET /api/snapshot`,
 * the same frame at one instant. Validation, the scenario and the per-client cap are checked before
 * the response is taken over, so bad input still gets the one JSON error shape; after that the hub
 * owns the socket.
 */
import {
  ApiProblem,
  contract,
  type FrameSource,
  type StreamTopic,
  StreamTopicSchema,
  scenarioFromQuery,
  type TelemetryService,
} from '@sandbox/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Engine } from '../engine/engine';
import { StreamHub } from '../stream/stream-hub';
import { sendAnswer } from './engine-route';
import { routeSchema } from './route-schema';

export interface StreamOptions {
  telemetry: TelemetryService;
  engine: Engine;
  hub: StreamHub<FrameSource>;
  maxStreamsPerClient: number;
}

/** The hub every stream client joins, computing frames with the shared frame builder. */
export function createFrameHub(telemetry: TelemetryService, cacheBytes: number): StreamHub<FrameSource> {
  return new StreamHub<FrameSource>({
    computeFrame: (spec, fromMs, toMs) => JSON.stringify(telemetry.frames.build(spec.payload, fromMs, toMs)),
    cacheBytes,
  });
}

const LAST_EVENT_ID = /^\d{1,16}$/;

export const streamRoutes: FastifyPluginAsyncZod<StreamOptions> = async (app, { telemetry, engine, hub, maxStreamsPerClient }) => {
  const openPerClient = new Map<string, number>();

  app.addHook('preClose', async () => hub.closeAll());

  app.get(contract.snapshot.path, { schema: routeSchema(contract.snapshot) }, async (request, reply) =>
    sendAnswer(engine, reply, 'snapshot', request.query),
  );

  app.get(contract.stream.path, { schema: routeSchema(contract.stream) }, async (request, reply) => {
    const q = request.query;
    const topics: StreamTopic[] = q.topics ?? StreamTopicSchema.options;
    const source = telemetry.frameSource(scenarioFromQuery(q), topics);
    const header = request.headers['last-event-id'];
    let resumeAfter: number | undefined;
    if (typeof header === 'string' && header !== '') {
      if (!LAST_EVENT_ID.test(header))
        throw new ApiProblem(400, 'Invalid header "Last-Event-ID": must be the id of a frame (epoch milliseconds).', 'Last-Event-ID');
      resumeAfter = Number(header);
    }
    const open = openPerClient.get(request.ip) ?? 0;
    if (open >= maxStreamsPerClient) {
      throw new ApiProblem(
        429,
        `At most ${maxStreamsPerClient} streams per client address at once (MAX_STREAMS_PER_CLIENT); close one first.`,
      );
    }

    reply.hijack();
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
    const streamKey = `${source.key}#${[...topics].sort().join(',')}`;
    const startMs = q.start ? Date.parse(q.start) : Date.now();
    hub.open(reply.raw, { scenarioKey: streamKey, startMs, speed: q.speed, intervalMs: q.intervalMs, payload: source }, resumeAfter);
  });
};
