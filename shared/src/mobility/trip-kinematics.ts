/** Reading a built trip: its phase, position, speed and acceleration at a time, and when it reaches a point. */
import type { Trip } from './trips';

/** Index of the phase in force at time `tS` (binary search). */
export function phaseIndexAt(trip: Trip, tS: number): number {
  const n = trip.phases.length / 4;
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((trip.phases[mid * 4] as number) <= tS) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Kinematic state of a trip at `tS`, written to `out` as [s, v, a]. */
export function tripStateAt(trip: Trip, tS: number, out: Float64Array | number[], phase = phaseIndexAt(trip, tS)): void {
  const p = phase * 4;
  const dt = tS - (trip.phases[p] as number);
  const v0 = trip.phases[p + 2] as number;
  const a = trip.phases[p + 3] as number;
  out[0] = (trip.phases[p + 1] as number) + v0 * dt + 0.5 * a * dt * dt;
  out[1] = Math.max(0, v0 + a * dt);
  out[2] = a;
}

/**
 * Index of the phase in which a trip reaches position `s`, searching from phase `from` (a caller
 * asking for increasing positions passes the last answer); the terminal phase when it reaches `s` only
 * at its end, -1 when it never does.
 */
export function phaseIndexAtS(trip: Trip, s: number, from = 0): number {
  const n = trip.phases.length / 4;
  const last = (n - 1) * 4;
  if (s < (trip.phases[1] as number) || s > (trip.phases[last + 1] as number) + 1e-6) return -1;
  for (let i = Math.max(0, from); i < n - 1; i++) {
    const p = i * 4;
    const s0 = trip.phases[p + 1] as number;
    const s1 = trip.phases[p + 5] as number;
    if (s >= s0 && s <= s1 && s1 > s0) return i;
  }
  return n - 1;
}

/** Time (s since 1970) at which a trip reaches position `s` in phase `phase` (from `phaseIndexAtS`); NaN for -1. */
export function timeInPhaseAtS(trip: Trip, phase: number, s: number): number {
  if (phase < 0) return Number.NaN;
  const p = phase * 4;
  if (phase === trip.phases.length / 4 - 1) return trip.phases[p] as number;
  const v0 = trip.phases[p + 2] as number;
  const a = trip.phases[p + 3] as number;
  const ds = s - (trip.phases[p + 1] as number);
  const dt = Math.abs(a) < 1e-9 ? ds / Math.max(v0, 1e-6) : (-v0 + Math.sqrt(Math.max(0, v0 * v0 + 2 * a * ds))) / a;
  return (trip.phases[p] as number) + dt;
}

/** Time (s since 1970) at which a trip reaches position `s`, or NaN if it never does. */
export function tripTimeAtS(trip: Trip, s: number): number {
  return timeInPhaseAtS(trip, phaseIndexAtS(trip, s), s);
}
