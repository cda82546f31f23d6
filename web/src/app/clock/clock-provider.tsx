/**
 * The one clock, shared by every map and chart. State lives in a reducer (clock-state.ts) and in
 * the URL (clock-url.ts): written on every action and, while playing, every few seconds, so copying
 * the address bar copies the moment. Components read sim time through `useSimTime`, which wakes
 * them only as often as they ask for.
 */
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useSearchParams } from 'react-router';
import { type ClockAction, type ClockState, clockReducer, simTimeAt } from './clock-state';
import { clockFromSearch, writeClock } from './clock-url';

interface ClockContextValue {
  state: ClockState;
  dispatch: (action: ClockAction) => void;
  /** Sim time now (reads the wall clock). */
  now: () => number;
}

const ClockContext = createContext<ClockContextValue | null>(null);

/** How often, in wall time, the URL follows a playing clock. */
const URL_SYNC_MS = 5_000;

export function ClockProvider({ children }: { children: ReactNode }) {
  const [params, setParams] = useSearchParams();
  const [state, setState] = useState<ClockState>(() => clockFromSearch(params, Date.now()));
  const stateRef = useRef(state);
  stateRef.current = state;

  const syncUrl = useCallback(
    (next: ClockState) => {
      setParams((current) => writeClock(current, next, simTimeAt(next, Date.now())), { replace: true });
    },
    [setParams],
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

  // Follow back/forward navigation and pasted links that change the clock parameters.
  const clockParams = ['t', 'speed', 'play', 'live'].map((key) => params.get(key) ?? '').join('|');
  const lastWritten = useRef(clockParams);
  useEffect(() => {
    if (clockParams === lastWritten.current) return;
    lastWritten.current = clockParams;
    const fromUrl = clockFromSearch(new URLSearchParams(window.location.search), Date.now());
    const current = stateRef.current;
    const drift = Math.abs(simTimeAt(fromUrl, Date.now()) - simTimeAt(current, Date.now()));
    const same = fromUrl.live === current.live && fromUrl.playing === current.playing && fromUrl.speed === current.speed;
    // Our own periodic writes lag by up to URL_SYNC_MS × speed; only real changes re-anchor.
    if (!same || drift > Math.max(2_000, URL_SYNC_MS * current.speed * 1.5)) setState(fromUrl);
  }, [clockParams]);

  useEffect(() => {
    if (!state.playing || state.live) return;
    const timer = setInterval(() => syncUrl(stateRef.current), URL_SYNC_MS);
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
