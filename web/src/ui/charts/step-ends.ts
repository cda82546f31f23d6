/**
 * Rows for a `stepAfter` chart whose every interval is drawn over its whole width. Recharts draws a
 * point's step only as far as the next point; when the next point is missing (null, a gap) or there
 * is none (the window's end), the step had no end, so the last interval before a gap showed as a
 * vertical tick and a blank strip not marked missing. A closing row at the interval's end, carrying
 * the same values, gives that step its end; the null that follows still breaks the line there.
 */

export type Closing<T> = T & {
  /** A row added to end the step before it: not a reading of its own (a tooltip shows no value). */
  closing?: true;
};

/**
 * `rows` (in time order) with a closing row after each row whose step would otherwise have no end:
 * before a row where one of `keys` turns null, at that row's time; after the last row, at
 * `lastEndMs` (the last interval's end, e.g. its time plus the resolution, within the window).
 */
export function closeSteps<T extends { time: number }>(rows: readonly T[], keys: readonly (keyof T)[], lastEndMs: number): Closing<T>[] {
  const out: Closing<T>[] = [];
  rows.forEach((row, i) => {
    out.push(row);
    const next = rows[i + 1];
    const ends = next ? keys.some((key) => row[key] !== null && next[key] === null) : true;
    const endMs = next ? next.time : lastEndMs;
    if (ends && endMs > row.time) out.push({ ...row, time: endMs, closing: true });
  });
  return out;
}

/** Where the last of `rows` ends: one spacing of the series after it (the spacing before it), within `toMs`. */
export function lastStepEnd(rows: readonly { time: number }[], toMs: number): number {
  const last = rows.at(-1);
  const before = rows.at(-2);
  if (!last || !before) return last?.time ?? toMs;
  return Math.min(toMs, last.time + (last.time - before.time));
}
