/** API series → rows for Recharts and tables: one row per time, one column per line. */
import type { Series } from '@sandbox/shared/common/query';

export interface ChartLine {
  /** Column key in the rows. */
  key: string;
  label: string;
  color: string;
  series: Series;
  dashed?: boolean;
}

/** The most points any one line has: what "points per pixel" means for a multi-line chart. */
export function maxLinePoints(lines: readonly ChartLine[]): number {
  return lines.reduce((max, line) => Math.max(max, line.series.time.length), 0);
}

export type SeriesRow = { time: number } & Record<string, number | null>;

export function seriesRows(lines: readonly ChartLine[]): SeriesRow[] {
  const byTime = new Map<number, SeriesRow>();
  for (const line of lines) {
    const { time, value } = line.series;
    for (let i = 0; i < time.length; i++) {
      const t = time[i] as number;
      let row = byTime.get(t);
      if (!row) {
        row = { time: t } as SeriesRow;
        byTime.set(t, row);
      }
      row[line.key] = value[i] ?? null;
    }
  }
  return [...byTime.values()].sort((a, b) => a.time - b.time);
}

/**
 * Rows to draw: lines of one chart rarely share their times (an hourly line on a minute axis, two
 * stations thinned each to its own shape), so a row holds some lines' samples and not others'. A line
 * is drawn across the rows where it has no sample, straight from its sample before to its sample
 * after, exactly as the line would be drawn; but where its own sample is missing (null: a gap in the
 * data) it breaks. `bridged` tells a row's filled-in value from a sample, for the tooltip. The table
 * and the CSV keep `seriesRows`: only what was sampled.
 */
export function chartRows(lines: readonly ChartLine[]): { rows: SeriesRow[]; bridged: (row: SeriesRow, key: string) => boolean } {
  const rows = seriesRows(lines);
  const filled = new Map<SeriesRow, Set<string>>();
  for (const { key } of lines) {
    let before = -1;
    for (let i = 0; i < rows.length; i++) {
      if ((rows[i] as SeriesRow)[key] === undefined) continue;
      const a = before >= 0 ? (rows[before] as SeriesRow) : undefined;
      const b = rows[i] as SeriesRow;
      const from = a?.[key];
      const to = b[key];
      if (a && typeof from === 'number' && typeof to === 'number') {
        for (let j = before + 1; j < i; j++) {
          const row = rows[j] as SeriesRow;
          row[key] = from + ((to - from) * (row.time - a.time)) / (b.time - a.time);
          filled.set(row, (filled.get(row) ?? new Set()).add(key));
        }
      }
      before = i;
    }
  }
  return { rows, bridged: (row, key) => filled.get(row)?.has(key) ?? false };
}

/** A stretch of time where one or more lines have no data: from their last sample before to their first after. */
export interface NoDataSpan {
  fromMs: number;
  toMs: number;
  /** The labels of the lines without data there (all of them when the whole chart is empty there). */
  lines: string[];
}

/** One line's gaps: from its last sample before each run of nulls to its first sample after. */
function lineGaps(line: ChartLine): Array<[number, number]> {
  const { time, value } = line.series;
  const gaps: Array<[number, number]> = [];
  let lastGood: number | undefined;
  let open: number | undefined;
  for (let i = 0; i < time.length; i++) {
    const t = time[i] as number;
    if (value[i] === null || value[i] === undefined) {
      open ??= lastGood ?? t;
      continue;
    }
    if (open !== undefined) gaps.push([open, t]);
    open = undefined;
    lastGood = t;
  }
  if (open !== undefined) gaps.push([open, time.at(-1) as number]);
  return gaps.filter(([from, to]) => to > from);
}

/**
 * Where the lines break: a null sample is a missing reading (thinning keeps one where a gap starts),
 * and the line is missing from its last sample before to its first sample after, which is exactly the
 * stretch the chart leaves undrawn. The time axis is cut where any line's gap starts or ends, so each
 * span names exactly the lines missing in all of it (an hourly average may stay missing after the
 * minute readings are back).
 */
export function noDataSpans(lines: readonly ChartLine[]): NoDataSpan[] {
  const gaps = lines.map((line) => ({ label: line.label, gaps: lineGaps(line) }));
  const cuts = [...new Set(gaps.flatMap((line) => line.gaps.flat()))].sort((a, b) => a - b);
  const spans: NoDataSpan[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const fromMs = cuts[i] as number;
    const toMs = cuts[i + 1] as number;
    const missing = gaps.filter((line) => line.gaps.some(([from, to]) => from <= fromMs && to >= toMs)).map((line) => line.label);
    if (missing.length === 0) continue;
    const last = spans.at(-1);
    if (last && last.toMs === fromMs && last.lines.join('\n') === missing.join('\n')) last.toMs = toMs;
    else spans.push({ fromMs, toMs, lines: missing });
  }
  return spans;
}
