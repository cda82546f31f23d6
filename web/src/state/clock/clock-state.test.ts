import { HOUR_MS, MINUTE_MS } from '@sandbox/shared/common/time';
import { describe, expect, it } from 'vitest';
import { type ClockState, clockReducer, simTimeAt, stepMsFor } from './clock-state';

const T0 = Date.parse('2026-07-15T08:00:00Z');
const paused: ClockState = { anchorSimMs: T0, anchorWallMs: 0, speed: 60, playing: false, live: false };

describe('the one clock', () => {
  it('stands still while paused and runs at speed × wall time while playing', () => {
    expect(simTimeAt(paused, 10_000)).toBe(T0);
    const playing = clockReducer(paused, { type: 'play' }, 1_000);
    expect(simTimeAt(playing, 2_000)).toBe(T0 + MINUTE_MS);
  });

  it('pauses where it is, without a jump', () => {
    const playing = clockReducer(paused, { type: 'play' }, 0);
    const stopped = clockReducer(playing, { type: 'pause' }, 5_000);
    expect(simTimeAt(stopped, MINUTE_MS)).toBe(T0 + 5 * MINUTE_MS);
  });

  it('keeps sim time continuous across a speed change', () => {
    const playing = clockReducer(paused, { type: 'play' }, 0);
    const faster = clockReducer(playing, { type: 'faster' }, 1_000);
    expect(faster.speed).toBe(300);
    expect(simTimeAt(faster, 1_000)).toBe(T0 + MINUTE_MS);
    expect(simTimeAt(faster, 2_000)).toBe(T0 + MINUTE_MS + 5 * MINUTE_MS);
  });

  it('steps by a minute at low speed and an hour at 3600×, pausing', () => {
    expect(simTimeAt(clockReducer(paused, { type: 'step', direction: 1 }, 0), 0)).toBe(T0 + MINUTE_MS);
    const fast = { ...paused, speed: 3600 as const, playing: true };
    const stepped = clockReducer(fast, { type: 'step', direction: -1 }, 0);
    expect(stepped.playing).toBe(false);
    expect(simTimeAt(stepped, 0)).toBe(T0 - HOUR_MS);
    expect(stepMsFor(300)).toBe(15 * MINUTE_MS);
  });

  it('does not go beyond the slowest and fastest speeds', () => {
    expect(clockReducer({ ...paused, speed: 3600 }, { type: 'faster' }, 0).speed).toBe(3600);
    expect(clockReducer({ ...paused, speed: 1 }, { type: 'slower' }, 0).speed).toBe(1);
  });

  it('goes live at the real time and 1×, and leaves live mode on a seek', () => {
    const wall = Date.parse('2026-11-28T12:00:00Z');
    const live = clockReducer(paused, { type: 'live' }, wall);
    expect(live).toMatchObject({ speed: 1, playing: true, live: true });
    expect(simTimeAt(live, wall + 1_000)).toBe(wall + 1_000);
    expect(clockReducer(live, { type: 'seek', simMs: T0 }, wall).live).toBe(false);
  });
});
