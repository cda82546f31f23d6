/**
 * The one clock every map and chart follows. Sim time is a pure function of an anchor and the wall
 * clock: `anchorSimMs + (wallMs - anchorWallMs) × speed` while playing, `anchorSimMs` while paused.
 * Every action re-anchors at the current wall time, so nothing drifts and nothing needs a timer.
 * Live mode follows the real time at 1×.
 */
import { HOUR_MS, MINUTE_MS } from '@sandbox/shared/common/time';

export const SPEEDS = [1, 10, 60, 300, 900, 3600] as const;
export type Speed = (typeof SPEEDS)[number];

export interface ClockState {
  anchorSimMs: number;
  anchorWallMs: number;
  speed: Speed;
  playing: boolean;
  /** Following the real time (speed 1, playing); any seek, step or speed change leaves live mode. */
  live: boolean;
}

export type ClockAction =
  | { type: 'play' }
  | { type: 'pause' }
  | { type: 'toggle' }
  | { type: 'step'; direction: 1 | -1 }
  | { type: 'speed'; speed: Speed }
  | { type: 'faster' }
  | { type: 'slower' }
  | { type: 'seek'; simMs: number }
  | { type: 'live' };

export function simTimeAt(state: ClockState, wallMs: number): number {
  return state.playing ? state.anchorSimMs + (wallMs - state.anchorWallMs) * state.speed : state.anchorSimMs;
}

/** How far one step moves the clock: a few frames' worth at the current speed, never under a minute. */
export function stepMsFor(speed: Speed): number {
  if (speed >= 3600) return HOUR_MS;
  if (speed >= 300) return 15 * MINUTE_MS;
  return MINUTE_MS;
}

function reanchor(state: ClockState, wallMs: number): ClockState {
  return { ...state, anchorSimMs: simTimeAt(state, wallMs), anchorWallMs: wallMs };
}

function shiftSpeed(speed: Speed, by: 1 | -1): Speed {
  const index = SPEEDS.indexOf(speed);
  return SPEEDS[Math.min(SPEEDS.length - 1, Math.max(0, index + by))] ?? speed;
}

export function clockReducer(state: ClockState, action: ClockAction, wallMs: number): ClockState {
  const now = reanchor(state, wallMs);
  switch (action.type) {
    case 'play':
      return { ...now, playing: true };
    case 'pause':
      return { ...now, playing: false, live: false };
    case 'toggle':
      return now.playing ? { ...now, playing: false, live: false } : { ...now, playing: true };
    case 'step':
      return { ...now, playing: false, live: false, anchorSimMs: now.anchorSimMs + action.direction * stepMsFor(now.speed) };
    case 'speed':
      return { ...now, speed: action.speed, live: false };
    case 'faster':
      return { ...now, speed: shiftSpeed(now.speed, 1), live: false };
    case 'slower':
      return { ...now, speed: shiftSpeed(now.speed, -1), live: false };
    case 'seek':
      return { ...now, anchorSimMs: action.simMs, live: false };
    case 'live':
      return { anchorSimMs: wallMs, anchorWallMs: wallMs, speed: 1, playing: true, live: true };
  }
}
