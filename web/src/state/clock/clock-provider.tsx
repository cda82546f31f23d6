/**
 * The one clock, shared by every map and chart. State lives in a reducer (clock-state.ts) and in
 * the URL (clock-url.ts): written on every action and, while playing, every few seconds, so copying
 * the address bar copies the moment. Components read sim time through `useSimTime`, which wakes
 * them only as often as they ask for.
 */
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useReportIgnored } from '../url/ignored-params';
import { useUrlParams } from '../url/use-url-params';
import { type ClockAction, type ClockState, clockReducer, simTimeAt } from './clock-state';
import { CLOCK_PARAMS, clockFromSearch, ignoredClockParams, writeClock } from './clock-url';

interface ClockContextValue {
  state: ClockState;
  dispatch: (action: ClockAction) => void;
  /** Sim time now (reads the wall clock). */
  now: () => number;
}

const ClockContext = createContext<ClockContextValue | null>(null);

/** The clock part of a URL, to tell our own writes from navigation. */
const clockKey = (search: URLSearchParams) => CLOCK_PARAMS.map((key) => search.get(key) ?? '').join('|');

/** How often, in wall time, the URL follows a playing clock. */
const URL_SYNC_MS = 5_000;

export function ClockProvider({ children }: { children: ReactNode }) {
  const [params, update] = useUrlParams();
  const [state, setState] = useState<ClockState>(() => clockFromSearch(params, Date.now()));
  // What the link said that the clock could not use, kept until the next link is followed (the
  // clock's own writes replace the bad value, but the reader should still learn it was ignored).
  const [ignored, setIgnored] = useState(() => ignoredClockParams(params));
  useReportIgnored(ignored);
  const stateRef = useRef(state);
  stateRef.current = state;

  const lastWritten = useRef(clockKey(params));

  const syncUrl = useCallback(
    (next: ClockState, periodic = false) => {
      update((search) => {
        // A navigation that set the clock (a story's moment, back/forward) and is not drawn yet wins
        // over the periodic write of the time it replaces: the clock follows it once it is drawn.
        if (periodic && clockKey(search) !== lastWritten.current) return search;
        const written = writeClock(search, next, simTimeAt(next, Date.now()));
        lastWritten.current = clockKey(written);
        return written;
      });
    },
    [update],
  );

  const dispatch = useCallback(
    (action: ClockAction) => {
      const next = clockReducer(stateRef.current, action, Date.now());
      stateRef.current = next;
      setState(next);
      syncUrl(next);
    },
    [syncUrl],
  );

  // Follow back/forward navigation and pasted links that change the clock parameters (our own
  // writes are recognised and skipped).
  const clockParams = clockKey(params);
  useEffect(() => {
    if (clockParams === lastWritten.current) return;
    lastWritten.current = clockParams;
    const fromUrl = clockFromSearch(params, Date.now());
    stateRef.current = fromUrl;
    setState(fromUrl);
    setIgnored(ignoredClockParams(params));
  }, [clockParams, params]);

  useEffect(() => {
    if (!state.playing || state.live) return;
    const timer = setInterval(() => syncUrl(stateRef.current, true), URL_SYNC_MS);
    return () => clearInterval(timer);
  }, [state.playing, state.live, syncUrl]);

  const value = useMemo<ClockContextValue>(
    () => ({ state, dispatch, now: () => simTimeAt(stateRef.current, Date.now()) }),
    [state, dispatch],
  );
  return <ClockContext.Provider value={value}>{children}</ClockContext.Provider>;
}

export function useClock(): ClockContextValue {
  const value = useContext(ClockContext);
  if (!value) throw new Error('useClock needs a <ClockProvider>');
  return value;
}

/** One animation-frame ticker for the whole app; subscribers decide what is worth a re-render. */
const ticker = (() => {
  const listeners = new Set<() => void>();
  let frame = 0;
  const loop = () => {
    for (const listener of listeners) listener();
    frame = listeners.size > 0 ? requestAnimationFrame(loop) : 0;
  };
  return {
    subscribe(listener: () => void) {
      listeners.add(listener);
      if (!frame && typeof requestAnimationFrame === 'function') frame = requestAnimationFrame(loop);
      return () => {
        listeners.delete(listener);
      };
    },
  };
})();

/**
 * Sim time rounded down to `granularityMs`, re-rendering at most every `throttleMs` of wall time and
 * only when the rounded value changes. A clock face might use (1 s, 250 ms); an hourly chart (1 h, 1 s).
 */
export function useSimTime(granularityMs: number, throttleMs = 250): number {
  const { state } = useClock();
  const cache = useRef({ wall: 0, value: 0, state });
  const read = () => {
    const wall = Date.now();
    const c = cache.current;
    if (c.state !== state || wall - c.wall >= throttleMs) {
      const value = Math.floor(simTimeAt(state, wall) / granularityMs) * granularityMs;
      cache.current = { wall, value, state };
    }
    return cache.current.value;
  };
  return useSyncExternalStore(ticker.subscribe, read, read);
}
