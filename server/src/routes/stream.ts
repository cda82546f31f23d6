/**
 * `GET /api/stream`: Server-Sent Events with the client's own sim clock. Validation, the scenario
 * and the per-client cap are checked before the response is taken over, so bad input still gets
 * the one JSON error shape; after that the hub owns the socket.
 */
import { contract, type StreamTopic, StreamTopicSchema, scenarioFromQuery } from '@sandbox/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { HttpError } from '../plugins/errors';
import type { SimulationStore } from '../sim/simulation-store';
import type { FrameBuilder, FrameSource } from '../stream/frames';
import { StreamHub } from '../stream/stream-hub';
import { instantOf } from './instant';
import { routeSchema } from './route-schema';

export interface StreamOptions {
  simulations: SimulationStore;
  builder: FrameBuilder;
  hub: StreamHub<FrameSource>;
  maxStreamsPerClient: number;
}

/** The hub every stream client joins, computing frames with the engine. */
export function createFrameHub(builder: FrameBuilder): StreamHub<FrameSource> {
  return new StreamHub<FrameSource>({
    computeFrame: (spec, fromMs, toMs) => JSON.stringify(builder.build(spec.payload, fromMs, toMs)),
  });
}

const LAST_EVENT_ID = /^\d{1,16}$/;

export const streamRoutes: FastifyPluginAsyncZod<StreamOptions> = async (app, { simulations, builder, hub, maxStreamsPerClient }) => {
  const openPerClient = new Map<string, number>();

  // A paused or stepped clock asks for one frame; it is the same frame the stream would send.
  app.get(contract.snapshot.path, { schema: routeSchema(contract.snapshot) }, async (request) => {
    const q = request.query;
    const { sim, key } = simulations.get(scenarioFromQuery(q));
    const atMs = instantOf(q.at);
    return builder.build({ sim, key, topics: q.topics ?? StreamTopicSchema.options }, atMs - 60_000, atMs);
  });

  app.addHook('preClose', async () => hub.closeAll());

  app.get(contract.stream.path, { schema: routeSchema(contract.stream) }, async (request, reply) => {
    const q = request.query;
    const { sim, key } = simulations.get(scenarioFromQuery(q));
    const header = request.headers['last-event-id'];
    let resumeAfter: number | undefined;
    if (typeof header === 'string' && header !== '') {
      if (!LAST_EVENT_ID.test(header))
        throw new HttpError(400, 'Invalid header "Last-Event-ID": must be the id of a frame (epoch milliseconds).');
      resumeAfter = Number(header);
    }
    const open = openPerClient.get(request.ip) ?? 0;
    if (open >= maxStreamsPerClient) {
      throw new HttpError(
        429,
        `At most ${maxStreamsPerClient} streams per client address at once (MAX_STREAMS_PER_CLIENT); close one first.`,
      );
    }
    const topics: StreamTopic[] = q.topics ?? StreamTopicSchema.options;
    const streamKey = `${key}#${[...topics].sort().join(',')}`;

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
    const startMs = q.start ? Date.parse(q.start) : Date.now();
    hub.open(
      reply.raw,
      { scenarioKey: streamKey, startMs, speed: q.speed, intervalMs: q.intervalMs, payload: { sim, key, topics } },
      resumeAfter,
    );
  });
};
