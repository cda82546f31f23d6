/**
 * The units an export generates one at a time: its window `[fromMs, toMs)` cut at whole UTC days
 * (or minutes for the 10 Hz BSM stream) or at the city's local midnights (Green Button's daily
 * IntervalBlocks). Memory then holds one chunk's values, whatever the window. The engine is random
 * access and its windows are `[from, to)` aligned up to its step, so chunks concatenate exactly.
 */
import { DAY_MS, localTime, utcFromLocal } from '@sandbox/shared';

export interface TimeChunk {
  fromMs: number;
  toMs: number;
}

/** `[fromMs, toMs)` cut at every multiple of `stepMs` since the epoch (UTC midnights for a day). */
export function* fixedChunks(fromMs: number, toMs: number, stepMs: number = DAY_MS): Generator<TimeChunk> {
  let start = fromMs;
  while (start < toMs) {
    const end = Math.min(toMs, (Math.floor(start / stepMs) + 1) * stepMs);
    yield { fromMs: start, toMs: end };
    start = end;
  }
}

/** How many chunks `fixedChunks` yields (for progress). */
export function fixedChunkCount(fromMs: number, toMs: number, stepMs: number = DAY_MS): number {
  return toMs > fromMs ? Math.floor((toMs - 1) / stepMs) - Math.floor(fromMs / stepMs) + 1 : 0;
}

/** The next local midnight of `timeZone` strictly after `utcMs` (23, 24 or 25 hours after the previous one). */
export function nextLocalMidnight(timeZone: string, utcMs: number): number {
  const local = localTime(timeZone, utcMs);
  const next = new Date(Date.UTC(local.year, local.month - 1, local.day + 1));
  return utcFromLocal(timeZone, next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate());
}

/** `[fromMs, toMs)` cut at the local midnights of `timeZone`: one chunk per local calendar day. */
export function* localDayChunks(timeZone: string, fromMs: number, toMs: number): Generator<TimeChunk> {
  let start = fromMs;
  while (start < toMs) {
    const end = Math.min(toMs, nextLocalMidnight(timeZone, start));
    yield { fromMs: start, toMs: end };
    start = end;
  }
}
