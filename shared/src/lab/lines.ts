/** A scorecard's numbers as JSON: no value is null (never NaN or ±Infinity), lines to three decimals. */

export const orNull = (x: number | null) => (x !== null && Number.isFinite(x) ? x : null);

/** Hourly values as JSON: NaN as null, three decimals (the lines are drawn, not summed). */
export const line = (values: ArrayLike<number>) => Array.from(values, (x) => (Number.isFinite(x) ? Math.round(x * 1000) / 1000 : null));
