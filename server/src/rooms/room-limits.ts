/**
 * Per-room rate limits (shared/src/rooms/limits.ts), counted on this instance in fixed one-minute
 * windows per key (a room's writes, a team's, a room's joins, an address's new rooms). Memory stays
 * bounded: each new minute drops the previous minute's counters.
 */
import { ApiProblem, MINUTE_MS } from '@sandbox/shared';

export interface Limited {
  /** Seconds until the window resets, for `Retry-After`. */
  retryAfterS: number;
}

export class RoomLimits {
  private minute = -1;
  private counts = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Counts one request against `key`; a 429 (with the seconds to wait) once it is over `perMinute`. */
  take(key: string, perMinute: number, what: string): void {
    const now = this.now();
    const minute = Math.floor(now / MINUTE_MS);
    if (minute !== this.minute) {
      this.minute = minute;
      this.counts = new Map();
    }
    const count = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, count);
    if (count > perMinute) {
      const retryAfterS = Math.max(1, Math.ceil(((minute + 1) * MINUTE_MS - now) / 1000));
      throw Object.assign(new ApiProblem(429, `More than ${perMinute} ${what} a minute; retry in ${retryAfterS} s.`), { retryAfterS });
    }
  }

  /** Keys counted this minute (for tests: the memory bound). */
  get size(): number {
    return this.counts.size;
  }
}

/** The seconds to wait of a 429 thrown by `take`, if it is one. */
export const retryAfterOf = (error: unknown): number | undefined => (error as Partial<Limited>)?.retryAfterS;
