/**
 * A stream client's simulated clock: sim time runs `speed` times faster than the wall clock from
 * `startMs`. Frame instants sit on a grid (multiples of the sim step) so that clients watching the
 * same scenario at the same speed ask for the same instants and share computed frames.
 */
export interface SimClock {
  /** Sim milliseconds advanced per frame. */
  stepMs: number;
  /** The frame instant to show at wall time `wallMs` (on the step grid, never before the start). */
  instantAt(wallMs: number): number;
}

export function createSimClock(startMs: number, speed: number, intervalMs: number, wallStartMs: number): SimClock {
  const stepMs = Math.max(1, Math.round(speed * intervalMs));
  const firstInstant = Math.floor(startMs / stepMs) * stepMs;
  return {
    stepMs,
    instantAt(wallMs) {
      const elapsedFrames = Math.floor(Math.max(0, wallMs - wallStartMs) / intervalMs);
      return firstInstant + elapsedFrames * stepMs;
    },
  };
}
