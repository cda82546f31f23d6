/**
 * The clock in the URL: `t` (sim time, ISO), `speed`, `play=1` and `live=1`. A link therefore
 * reopens the same moment at the same speed; a link without `t` opens live (the real time, 1×).
 * Malformed values are ignored, never fatal.
 */
import { IsoTimeSchema } from '@sandbox/shared/common/schemas';
import { type ClockState, SPEEDS, type Speed } from './clock-state';

export const CLOCK_PARAMS = ['t', 'speed', 'play', 'live'] as const;

export function isSpeed(value: number): value is Speed {
  return (SPEEDS as readonly number[]).includes(value);
}

/** The clock a URL describes at wall time `wallMs`. */
export function clockFromSearch(search: URLSearchParams, wallMs: number): ClockState {
  const t = search.get('t');
  const speedText = Number(search.get('speed'));
  const speed: Speed = isSpeed(speedText) ? speedText : 1;
  // No time, or a broken one, opens live.
  if (search.get('live') === '1' || t === null || !IsoTimeSchema.safeParse(t).success) {
    return { anchorSimMs: wallMs, anchorWallMs: wallMs, speed: 1, playing: true, live: true };
  }
  return { anchorSimMs: Date.parse(t), anchorWallMs: wallMs, speed, playing: search.get('play') === '1', live: false };
}

/**
 * The clock parameters a link gave that `clockFromSearch` could not use: a `t` that is not an ISO time
 * (the clock opened live instead), a `speed` that is not one of the clock's speeds, or one other than
 * 1× for a clock that opens live. A `t` beside `live=1` is not one of them: live wins by design.
 */
export function ignoredClockParams(search: URLSearchParams): string[] {
  const t = search.get('t');
  const speed = search.get('speed');
  const ignored: string[] = [];
  const live = search.get('live') === '1';
  const validTime = t !== null && IsoTimeSchema.safeParse(t).success;
  if (t !== null && !live && !validTime) ignored.push('t');
  // Live runs at 1×: another speed without a replay's time is not used either.
  if (speed !== null && (!isSpeed(Number(speed)) || ((live || !validTime) && Number(speed) !== 1))) ignored.push('speed');
  return ignored;
}

/** Writes the clock into URL parameters (sim time rounded to the second). */
/** An instant as the clock's `t` spells it: whole seconds, `Z` (`2026-07-15T16:00:00Z`). */
export function clockInstant(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

export function writeClock(search: URLSearchParams, state: ClockState, simMs: number): URLSearchParams {
  const next = new URLSearchParams(search);
  for (const key of CLOCK_PARAMS) next.delete(key);
  if (state.live) {
    next.set('live', '1');
    return next;
  }
  next.set('t', clockInstant(simMs));
  if (state.speed !== 1) next.set('speed', String(state.speed));
  if (state.playing) next.set('play', '1');
  return next;
}
