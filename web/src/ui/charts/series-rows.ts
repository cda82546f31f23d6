/** API series → rows for Recharts and tables: one row per time, one column per line. */
import type { Series } from '@sandbox/shared/common/query';

export interface ChartLine {
  /** Column key in the rows. */
  key: string;
  label: string;
  color: string;
  series: Series;
  dashed?: boolean;
  /** Draw across times this line has no sample (e.g. an hourly line on a minute axis). */
  connectNulls?: boolean;
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
