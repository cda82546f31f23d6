/**
 * One EventSource for the whole app. While the clock plays, the server streams frames at the
 * clock's speed from its position; while it is paused (or stepped), one snapshot at the clock's
 * instant stands in for the stream. Components read the current and previous frame (for smooth
 * vehicle motion between frames) from this provider; none opens a connection of its own.
 */

import { ApiErrorSchema } from '@sandbox/shared/common/schemas';
import { type StreamFrame, StreamFrameSchema } from '@sandbox/shared/live/schemas';
import { useQuery } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';
import { useClock } from '../state/clock/clock-provider';
import { simTimeAt } from '../state/clock/clock-state';
import { useScenario } from '../state/scenario/use-scenario';
import { scenarioUrl } from './contract-query';
import { LocalEventSource } from './local/local-event-source';
import { snapshotQuery } from './queries';

export const FRAME_INTERVAL_MS = 1000;

export interface LiveFrames {
  frame: StreamFrame | undefined;
  previous: StreamFrame | undefined;
  /** Wall time the current frame arrived, for interpolation. */
  receivedAt: number;
  intervalMs: number;
  status: 'connecting' | 'streaming' | 'paused' | 'reconnecting' | 'error';
  error?: unknown;
}

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

const LiveFramesContext = createContext<LiveFrames | null>(null);

function useStream(enabled: boolean, url: string): Omit<LiveFrames, 'intervalMs'> {
  const [state, setState] = useState<Omit<LiveFrames, 'intervalMs'>>({
    frame: undefined,
    previous: undefined,
    receivedAt: 0,
    status: 'connecting',
  });
  useEffect(() => {
    if (!enabled) return;
    setState((s) => ({ ...s, status: 'connecting' }));
    // The static demo's engine worker sends the same events as the server's stream (inline test: config/env.ts).
    const source = import.meta.env.MODE === 'static' ? new LocalEventSource(url) : new EventSource(url);
    source.addEventListener('frame', (event) => {
      const parsed = StreamFrameSchema.safeParse(JSON.parse((event as MessageEvent<string>).data));
      if (!parsed.success) {
        setState((s) => ({ ...s, status: 'error', error: parsed.error }));
        return;
      }
      setState((s) => ({ frame: parsed.data, previous: s.frame, receivedAt: performance.now(), status: 'streaming' }));
    });
    source.addEventListener('error', (event) => {
      // The server's own `event: error` (the one error shape) ends a stream for good, e.g. a clock
      // past the representable time range: reconnecting would only fail again every two seconds.
      const data = (event as MessageEvent<unknown>).data;
      if (typeof data === 'string') {
        source.close();
        const problem = ApiErrorSchema.safeParse(parseJson(data));
        setState((s) => ({ ...s, status: 'error', error: problem.success ? new Error(problem.data.message) : problem.error }));
        return;
      }
      setState((s) => ({ ...s, status: source.readyState === EventSource.CLOSED ? 'error' : 'reconnecting' }));
    });
    return () => source.close();
  }, [enabled, url]);
  return state;
}

export function LiveFramesProvider({ children }: { children: ReactNode }) {
  const { state } = useClock();
  const { scenario } = useScenario();
  // The stream starts where the clock is when it (re)connects: on play, seek, step or speed change.
  const startMs = simTimeAt(state, state.anchorWallMs);
  const url = scenarioUrl('stream', scenario, {
    start: new Date(startMs).toISOString(),
    speed: state.speed,
    intervalMs: FRAME_INTERVAL_MS,
  });
  const stream = useStream(state.playing, url);
  const snapshot = useQuery({ ...snapshotQuery(scenario, Math.floor(startMs / 1000) * 1000), enabled: !state.playing });

  const value = useMemo<LiveFrames>(() => {
    if (state.playing) return { ...stream, intervalMs: FRAME_INTERVAL_MS };
    return {
      frame: snapshot.data,
      previous: undefined,
      receivedAt: 0,
      intervalMs: FRAME_INTERVAL_MS,
      status: snapshot.isError ? 'error' : snapshot.data ? 'paused' : 'connecting',
      error: snapshot.error ?? undefined,
    };
  }, [state.playing, stream, snapshot.data, snapshot.isError, snapshot.error]);

  return <LiveFramesContext.Provider value={value}>{children}</LiveFramesContext.Provider>;
}

export function useLiveFrames(): LiveFrames {
  const value = useContext(LiveFramesContext);
  if (!value) throw new Error('useLiveFrames needs a <LiveFramesProvider>');
  return value;
}
