/** Client-side CSV (RFC 4180) for "download what this chart shows", with a UTF-8 BOM for spreadsheets. */
export interface TableColumn<Row> {
  key: string;
  label: string;
  value: (row: Row) => string | number | null | undefined;
  /** In the CSV only, not the table on screen (e.g. ISO 8601 UTC beside the local time people read). */
  csvOnly?: boolean;
  /**
   * What the CSV holds when it differs from the screen: a numeric column's cell left empty where the
   * screen says in words why there is no number (a spreadsheet would read the words as text).
   */
  csvValue?: (row: Row) => string | number | null | undefined;
}

/** The columns a table on screen shows. */
export function visibleColumns<Row>(columns: readonly TableColumn<Row>[]): TableColumn<Row>[] {
  return columns.filter((column) => !column.csvOnly);
}

function cell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv<Row>(columns: readonly TableColumn<Row>[], rows: readonly Row[]): string {
  const lines = [columns.map((c) => cell(c.label)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => cell((c.csvValue ?? c.value)(row))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

export function downloadCsv(fileName: string, csv: string): void {
  const url = URL.createObjectURL(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
