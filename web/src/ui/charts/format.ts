/** Small formatting helpers shared by charts and their text alternatives. */
export function formatHour(localHour: number): string {
  return `${String(localHour).padStart(2, '0')}:00`;
}

export interface Extreme {
  value: number;
  localHour: number;
}

/** The lowest and highest value of a series with the hour each occurs (first occurrence). */
export function extremes<T extends { localHour: number }>(
  points: readonly T[],
  value: (point: T) => number,
): { low: Extreme; high: Extreme } | null {
  const first = points[0];
  if (!first) return null;
  let low = { value: value(first), localHour: first.localHour };
  let high = { ...low };
  for (const point of points) {
    const v = value(point);
    if (v < low.value) low = { value: v, localHour: point.localHour };
    if (v > high.value) high = { value: v, localHour: point.localHour };
  }
  return { low, high };
}
