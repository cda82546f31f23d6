/**
 * The page's time window ("span"): a day, three days or a week up to the clock's now, and the
 * meter resolution that draws it without giving a chart more points than it has pixels.
 */

import { DAY_MS } from '@sandbox/shared/common/time';
import type { EnergyResolutionSchema } from '@sandbox/shared/energy/api-schemas';
import type { z } from 'zod';
import { resolutionFor } from '../../../ui/charts/resolution';

export type EnergyResolution = z.infer<typeof EnergyResolutionSchema>;

export const SPANS = { '1d': DAY_MS, '3d': 3 * DAY_MS, '7d': 7 * DAY_MS } as const;
export type SpanKey = keyof typeof SPANS;
export const SPAN_KEYS = Object.keys(SPANS) as SpanKey[];
export const DEFAULT_SPAN: SpanKey = '1d';

export function parseSpan(value: string | null): SpanKey {
  return value !== null && Object.hasOwn(SPANS, value) ? (value as SpanKey) : DEFAULT_SPAN;
}

/** Meter data comes in 15-minute intervals or coarser buckets of them. */
const ENERGY_RESOLUTIONS: readonly EnergyResolution[] = ['15m', '1h', '1d'];

/** The finest meter resolution (15 min, 1 h, 1 day) with at most `maxPoints` buckets in `spanMs`. */
export const energyResolution = (spanMs: number, maxPoints: number) =>
  resolutionFor(spanMs, maxPoints, ENERGY_RESOLUTIONS) as EnergyResolution;
