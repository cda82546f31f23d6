import { describe, expect, it } from 'vitest';
import { clockFromSearch, ignoredClockParams, writeClock } from './clock-url';

const WALL = Date.parse('2026-11-28T12:00:00Z');

describe('clock in the URL', () => {
  it('opens live without a time', () => {
    expect(clockFromSearch(new URLSearchParams(''), WALL)).toMatchObject({ live: true, playing: true, speed: 1, anchorSimMs: WALL });
  });

  it('restores a paused moment and a playing replay with its speed', () => {
    const paused = clockFromSearch(new URLSearchParams('t=2026-07-15T17:30:00Z&speed=60'), WALL);
    expect(paused).toMatchObject({ live: false, playing: false, speed: 60, anchorSimMs: Date.parse('2026-07-15T17:30:00Z') });
    expect(clockFromSearch(new URLSearchParams('t=2026-07-15T17:30:00Z&speed=3600&play=1'), WALL).playing).toBe(true);
  });

  it('ignores a malformed time or speed', () => {
    expect(clockFromSearch(new URLSearchParams('t=yesterday'), WALL).live).toBe(true);
    expect(clockFromSearch(new URLSearchParams('t=2026-07-15T17:30:00Z&speed=7'), WALL).speed).toBe(1);
  });

  it('round-trips through the URL, keeping other parameters', () => {
    const state = { anchorSimMs: 0, anchorWallMs: 0, speed: 300 as const, playing: true, live: false };
    const written = writeClock(new URLSearchParams('lang=ko&evShare=0.4'), state, Date.parse('2026-07-15T17:30:12.345Z'));
    expect(written.toString()).toBe('lang=ko&evShare=0.4&t=2026-07-15T17%3A30%3A12Z&speed=300&play=1');
    expect(clockFromSearch(written, WALL)).toMatchObject({ speed: 300, playing: true, anchorSimMs: Date.parse('2026-07-15T17:30:12Z') });
  });
});

describe('clock parameters a link gave that the clock could not use', () => {
  it('names a broken time and an unknown speed, not a valid link or a time beside live=1', () => {
    expect(ignoredClockParams(new URLSearchParams('t=not-a-date&speed=7'))).toEqual(['t', 'speed']);
    expect(ignoredClockParams(new URLSearchParams('t=2026-07-15T17:30:00Z&speed=60&play=1'))).toEqual([]);
    expect(ignoredClockParams(new URLSearchParams('live=1&t=whatever'))).toEqual([]);
    expect(ignoredClockParams(new URLSearchParams('speed=60'))).toEqual(['speed']);
    expect(ignoredClockParams(new URLSearchParams('live=1&speed=1'))).toEqual([]);
  });
});
