/**
 * Walks the minutes `[startMs, startMs + count minutes)` one hour block at a time: for each block its
 * start, the first minute of it that is wanted (`offset`), how many minutes to take, and where they
 * go in the output (`at`). Hour-block caches (air, segment flow) assemble any window this way.
 */
import { HOUR_MS, MINUTE_MS } from './time';

export interface HourSpan {
  hourStart: number;
  offset: number;
  take: number;
  at: number;
}

export function* hourSpans(startMs: number, count: number): Generator<HourSpan> {
  let at = 0;
  while (at < count) {
    const t = startMs + at * MINUTE_MS;
    const hourStart = Math.floor(t / HOUR_MS) * HOUR_MS;
    const offset = (t - hourStart) / MINUTE_MS;
    const take = Math.min(60 - offset, count - at);
    yield { hourStart, offset, take, at };
    at += take;
  }
}
