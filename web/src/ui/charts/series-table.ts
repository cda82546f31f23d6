/** The table behind a line chart (and its CSV): one row per time, one column per line, as drawn. */
import type { PanelTable } from '../panel';
import { type ChartLine, type SeriesRow, seriesRows } from './series-rows';

export interface SeriesTableOptions {
  /** Header of the time column and how a time reads (the city's wall clock). */
  timeLabel: string;
  formatTime: (ms: number) => string;
  /** Header of a line's column, e.g. "Northbound (km/h)". */
  columnLabel: (line: ChartLine) => string;
  /** Decimals kept in the cells (and the CSV). */
  decimals: number;
  fileName: string;
  caption: string;
}

export function seriesTable(lines: readonly ChartLine[], options: SeriesTableOptions): PanelTable<SeriesRow> {
  const round = (value: number | null | undefined) =>
    value === null || value === undefined ? null : Number(value.toFixed(options.decimals));
  return {
    columns: [
      { key: 'time', label: options.timeLabel, value: (row) => options.formatTime(row.time) },
      // Local time is for reading; spreadsheets and the API take ISO 8601 UTC, so the CSV carries both.
      { key: 'utc', label: 'UTC', value: (row) => new Date(row.time).toISOString(), csvOnly: true },
      ...lines.map((line) => ({ key: line.key, label: options.columnLabel(line), value: (row: SeriesRow) => round(row[line.key]) })),
    ],
    rows: seriesRows(lines),
    fileName: options.fileName,
    caption: options.caption,
  };
}
