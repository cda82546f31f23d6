/**
 * The hub every live-stream client joins, and what its frames are built from. Frames are built on
 * the engine's live thread when there are engine threads (a frame at 3600× covers an hour of trips:
 * real work), else here with the main thread's frame builder. A clock that runs past the
 * representable time range (a late `start` at a high speed, streamed for long) ends its stream with
 * an error event naming `start`.
 */
import { ApiProblem, type FrameQuery, type FrameSource, inTimeRange, type TelemetryService, TIME_RANGE } from '@sandbox/shared';
import type { Engine } from '../engine/engine';
import { StreamHub } from './stream-hub';

/** What a client's frames are built from: the simulation here, or the scenario query for an engine thread. */
export interface FramePayload {
  /** The simulation, when frames are built on this thread (no engine threads). */
  source: FrameSource | undefined;
  query: Omit<FrameQuery, 'fromMs' | 'toMs'>;
}

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
