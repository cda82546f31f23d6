/**
 * The Air page's own view state in the URL: the selected station (`station=`) and the span of the
 * charts (`span=6h|24h|7d`). Unknown values fall back to the defaults, so an old link still opens.
 */
import { DAY_MS, HOUR_MS } from '@sandbox/shared/common/time';

export const SPANS = { '6h': 6 * HOUR_MS, '24h': DAY_MS, '7d': 7 * DAY_MS } as const;
export type SpanKey = keyof typeof SPANS;
export const DEFAULT_SPAN: SpanKey = '24h';

export function parseSpan(value: string | null): SpanKey {
  return value !== null && Object.hasOwn(SPANS, value) ? (value as SpanKey) : DEFAULT_SPAN;
}

/** The station a link names if the city has it, else the city's first station. */
export function pickStation<T extends { id: string }>(value: string | null, stations: readonly T[]): T | undefined {
  return stations.find((s) => s.id === value) ?? stations[0];
}
