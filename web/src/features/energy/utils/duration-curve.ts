/**
 * The load-duration curve: every 15-minute demand of the window sorted from highest to lowest,
 * against the share of intervals at or above it. Planners read capacity needs off its left end
 * (the peak and the few hours near it) and base load off its right end.
 */
export interface DurationPoint {
  /** Share of the window's intervals with demand at or above `kw`, 0–1. */
  share: number;
  kw: number;
}

export interface DurationCurve {
  points: DurationPoint[];
  /** Intervals with a value. */
  intervals: number;
  peakKw: number;
  baseKw: number;
  /** Intervals within 10% of the peak (demand ≥ 0.9 × peak). */
  nearPeak: number;
}

/**
 * Sorts the values and keeps at most `maxPoints` of them, evenly spaced in rank and always keeping
 * the first (the peak) and the last (the minimum), so the chart gets no more points than pixels.
 */
export function durationCurve(values: readonly (number | null)[], maxPoints: number): DurationCurve | null {
  const sorted = values.filter((v): v is number => v !== null && Number.isFinite(v)).sort((a, b) => b - a);
  const n = sorted.length;
  if (n === 0) return null;
  const peakKw = sorted[0] as number;
  const keep = Math.max(2, Math.min(n, Math.floor(maxPoints)));
  const ranks = n <= keep ? sorted.map((_, i) => i) : Array.from({ length: keep }, (_, k) => Math.round((k * (n - 1)) / (keep - 1)));
  return {
    points: ranks.map((r) => ({ share: (r + 1) / n, kw: sorted[r] as number })),
    intervals: n,
    peakKw,
    baseKw: sorted[n - 1] as number,
    nearPeak: sorted.filter((v) => v >= 0.9 * peakKw).length,
  };
}
