/**
 * The finest bucket that keeps a window within a chart's width: for charts with several lines,
 * where aligned buckets read better than lines thinned each on its own (LTTB picks different
 * times per line).
 */
import { RESOLUTION_MS, type Resolution } from '@sandbox/shared/common/query';

export function resolutionFor(
  spanMs: number,
  widthPx: number,
  allowed: readonly Resolution[] = ['1m', '5m', '15m', '1h', '1d'],
): Resolution {
  for (const resolution of allowed) if (spanMs / RESOLUTION_MS[resolution] <= widthPx) return resolution;
  return allowed[allowed.length - 1] ?? '1d';
}
