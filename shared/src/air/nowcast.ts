/**
 * EPA NowCast: a weighted average of recent hourly concentrations that follows fast changes (smoke)
 * while smoothing steady conditions. PM (12 hours, weight floor 0.5, truncated to 0.1 µg/m³) and
 * ozone (8 hours, no floor, truncated to 1 ppb = 0.001 ppm). Valid only when at least 2 of the 3 most
 * recent hours are present. Negative hours count as 0. See FACTS.md section B.
 */
import { truncateTo } from './aqi';

export type NowCastKind = 'pm' | 'ozone';

const SETTINGS: Record<NowCastKind, { hours: number; minWeight: number; decimals: number }> = {
  pm: { hours: 12, minWeight: 0.5, decimals: 1 },
  ozone: { hours: 8, minWeight: 0, decimals: 0 },
};

/**
 * NowCast from hourly values, most recent first (`hourly[0]` = the latest complete hour). Missing
 * hours are `NaN` (or absent at the end). Returns `null` when fewer than 2 of the 3 latest are present.
 */
export function nowCast(hourly: ArrayLike<number>, kind: NowCastKind): number | null {
  const { hours, minWeight, decimals } = SETTINGS[kind];
  const n = Math.min(hours, hourly.length);
  let recent = 0;
  for (let i = 0; i < Math.min(3, n); i++) if (Number.isFinite(hourly[i] as number)) recent++;
  if (recent < 2) return null;
  let cMin = Number.POSITIVE_INFINITY;
  let cMax = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const c = hourly[i] as number;
    // Stryker disable next-line ConditionalExpression: a missing hour (NaN) compares false with both bounds, so skipping it changes nothing
    if (!Number.isFinite(c)) continue;
    const v = Math.max(0, c);
    // Stryker disable next-line EqualityOperator: an equal value leaves the bound as it is
    if (v < cMin) cMin = v;
    // Stryker disable next-line EqualityOperator: an equal value leaves the bound as it is
    if (v > cMax) cMax = v;
  }
  const weight = cMax > 0 ? Math.max(cMin / cMax, minWeight) : 1;
  let numerator = 0;
  let denominator = 0;
  let factor = 1;
  for (let i = 0; i < n; i++) {
    const c = hourly[i] as number;
    if (Number.isFinite(c)) {
      numerator += factor * Math.max(0, c);
      denominator += factor;
    }
    factor *= weight;
  }
  return truncateTo(numerator / denominator, decimals);
}

/**
 * NowCast for every hour of a series in time order (oldest first), each from the hours up to and
 * including it; `NaN` where not valid. Hours before the series start count as missing.
 */
export function nowCastSeries(hourly: ArrayLike<number>, kind: NowCastKind): Float64Array {
  const { hours } = SETTINGS[kind];
  const out = new Float64Array(hourly.length);
  const window = new Float64Array(hours);
  // Stryker disable next-line EqualityOperator: one pass more only writes past the end of a typed array, which is ignored
  for (let t = 0; t < hourly.length; t++) {
    // Stryker disable next-line EqualityOperator,ConditionalExpression: window[hours] is past the end (ignored); an hour before the start reads undefined, stored as NaN either way
    for (let i = 0; i < hours; i++) window[i] = t - i >= 0 ? (hourly[t - i] as number) : Number.NaN;
    out[t] = nowCast(window, kind) ?? Number.NaN;
  }
  return out;
}
