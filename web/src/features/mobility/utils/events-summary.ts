/** Safety events of the day, summarized: counts by kind, per local hour (for the bar chart), latest first. */

import { HOUR_MS } from '@sandbox/shared/common/time';
import type { SafetyEvent, SafetyEventKind } from '@sandbox/shared/mobility/schemas';

export const EVENT_KINDS: readonly SafetyEventKind[] = ['hard-braking', 'red-light-violation-warning'];

export type KindCounts = Record<SafetyEventKind, number>;

export interface HourBar extends KindCounts {
  /** Start of the hour, UTC ms. */
  time: number;
}

const zero = (): KindCounts => ({ 'hard-braking': 0, 'red-light-violation-warning': 0 });

export function countByKind(events: readonly SafetyEvent[]): KindCounts {
  const counts = zero();
  for (const event of events) counts[event.kind]++;
  return counts;
}

/** One bar per hour from `dayStartMs` up to the hour containing `nowMs` (empty hours included). */
export function eventsByHour(events: readonly SafetyEvent[], dayStartMs: number, nowMs: number): HourBar[] {
  const hours = Math.max(1, Math.min(25, Math.floor((nowMs - dayStartMs) / HOUR_MS) + 1));
  const bars: HourBar[] = Array.from({ length: hours }, (_, h) => ({ time: dayStartMs + h * HOUR_MS, ...zero() }));
  for (const event of events) {
    const bar = bars[Math.floor((Date.parse(event.time) - dayStartMs) / HOUR_MS)];
    if (bar) bar[event.kind]++;
  }
  return bars;
}

/** The newest `count` events, newest first. */
export function latestEvents(events: readonly SafetyEvent[], count: number): SafetyEvent[] {
  return events.slice(-count).reverse();
}
