/**
 * The Mobility page's own view state, kept in the URL beside the shared clock and scenario so a
 * copied link reopens the same corridor, intersection, chart span and BSM record. Values that do not
 * fit the city fall back to defaults instead of failing.
 */
import type { City } from '@sandbox/shared/city/schemas';
import { HOUR_MS } from '@sandbox/shared/common/time';

/** Chart spans (the window ending at the clock's now) and the bucket each is drawn with. */
export const SPANS = {
  '6h': { ms: 6 * HOUR_MS, resolution: '5m' },
  '24h': { ms: 24 * HOUR_MS, resolution: '15m' },
} as const;
export type Span = keyof typeof SPANS;
export const SPAN_KEYS = Object.keys(SPANS) as Span[];

export const MOBILITY_PARAMS = ['corridor', 'intersection', 'span', 'bsm'] as const;
export type MobilityParam = (typeof MOBILITY_PARAMS)[number];

export const DEFAULT_CORRIDOR = 'high-st';

export interface MobilityView {
  corridorId: string;
  /** The intersection whose signal state is detailed; always on `corridorId`. */
  intersectionId: string | null;
  span: Span;
  /** TemporaryID of the Basic Safety Message shown field by field. */
  messageId: string | null;
}

const isSpan = (value: string | null): value is Span => value !== null && Object.hasOwn(SPANS, value);

/** The corridor an intersection belongs to, or undefined for an unknown id. */
export function corridorOfIntersection(city: City, intersectionId: string): string | undefined {
  return city.corridors.find((c) => c.intersections.some((i) => i.id === intersectionId))?.id;
}

export function parseMobilityView(params: URLSearchParams, city: City | undefined): MobilityView {
  const corridorIds = city?.corridors.map((c) => c.id) ?? [];
  const fallback = corridorIds.includes(DEFAULT_CORRIDOR) ? DEFAULT_CORRIDOR : (corridorIds[0] ?? DEFAULT_CORRIDOR);
  const wantedIntersection = params.get('intersection');
  const intersectionCorridor = city && wantedIntersection ? corridorOfIntersection(city, wantedIntersection) : undefined;
  const wantedCorridor = params.get('corridor');
  const corridorId =
    wantedCorridor !== null && (corridorIds.includes(wantedCorridor) || !city) ? wantedCorridor : (intersectionCorridor ?? fallback);
  const span = params.get('span');
  const message = params.get('bsm');
  return {
    corridorId,
    intersectionId: intersectionCorridor === corridorId ? wantedIntersection : null,
    span: isSpan(span) ? span : '6h',
    messageId: message && /^[0-9A-F]{8}$/.test(message) ? message : null,
  };
}

/** The URL after a change: `null` removes a parameter; everything else in the URL is kept. */
export function withView(current: URLSearchParams, patch: Partial<Record<MobilityParam, string | null>>): URLSearchParams {
  const next = new URLSearchParams(current);
  for (const [key, value] of Object.entries(patch)) {
    if (value === null || value === undefined) next.delete(key);
    else next.set(key, value);
  }
  return next;
}
