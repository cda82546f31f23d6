/**
 * `GET /api/snapshot`, the paused clock's frame (a JSON route answered by the engine's live thread),
 * and `GET /api/stream`, Server-Sent Events with the client's own sim clock (the event-stream plugin
 * does the SSE part). The stream's scenario is resolved once, here: with engine threads only its city
 * is checked (404) and its key made, without building a simulation on the event loop.
 */
import { contract, StreamTopicSchema, scenarioFromQuery, type TelemetryService } from '@sandbox/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Engine } from '../engine/engine';
import { eventStream } from '../plugins/event-stream';
import type { FramePayload } from '../stream/frame-hub';
import type { StreamHub, StreamSpec } from '../stream/stream-hub';
import { engineRoutes } from './engine-route';

export interface StreamOptions {
  telemetry: TelemetryService;
  engine: Engine;
  hub: StreamHub<FramePayload>;
  maxStreamsPerClient: number;
}

export const streamRoutes: FastifyPluginAsyncZod<StreamOptions> = async (app, { telemetry, engine, hub, maxStreamsPerClient }) => {
  await app.register(engineRoutes({ snapshot: 'snapshot' }), { engine });
  const stream = eventStream(contract.stream, (q): StreamSpec<FramePayload> => {
    const topics = q.topics ?? StreamTopicSchema.options;
    const source = engine.threads > 0 ? undefined : telemetry.live.frameSource(q, topics);
    const scenarioKey = source?.key ?? telemetry.simulations.keyOf(scenarioFromQuery(q));
    return {
      scenarioKey: `${scenarioKey}#${[...topics].sort().join(',')}`,
      startMs: q.start ? Date.parse(q.start) : Date.now(),
      speed: q.speed,
      intervalMs: q.intervalMs,
      frames: q.frames,
      payload: { source, query: { ...q, topics } },
    };
  });
  await app.register(stream, { hub, maxStreamsPerClient });
};
