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
