/**
 * CSV as RFC 4180 writes it (https://www.rfc-editor.org/rfc/rfc4180#section-2): fields separated by
 * commas, records ended by CRLF; a field holding a comma, a double quote, CR or LF is enclosed in
 * double quotes with inner quotes doubled. A missing value is an empty field. Numbers are printed
 * as JavaScript prints them (`.` decimal point, no grouping), so every spreadsheet parses them.
 *
 * Text that a spreadsheet would run as a formula (a leading `=`, `+`, `-`, `@`, tab or CR) gets a
 * leading `'`, as OWASP advises for CSV injection. Only strings are touched: a negative number is a
 * number. Our own text fields (ids, enums, ISO times, sentences) never start that way; the guard is
 * for ids a scenario link carries in, such as a fault's `meterId`.
 */

export type CsvCell = string | number | boolean | null | undefined;

const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA_START = /^[=+\-@\t\r]/;

/** One field, escaped. */
export function csvField(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  // JSON.stringify prints a number exactly as String() does, but V8 caches String()'s result for a
  // non-integer in its old generation: millions of rows would grow the heap by tens of MB.
  if (typeof value === 'number') return Number.isFinite(value) ? JSON.stringify(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One record: escaped fields joined by commas, ended by CRLF. */
export function csvLine(cells: readonly CsvCell[]): string {
  let line = '';
  for (let i = 0; i < cells.length; i++) line += (i === 0 ? '' : ',') + csvField(cells[i]);
  return `${line}\r\n`;
}
