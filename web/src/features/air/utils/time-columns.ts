/** Time columns for tables and CSV: the city's wall clock as `YYYY-MM-DD HH:mm` (sortable in a spreadsheet) and its zone's short name. */
import { toLocalInputValue } from '../../../i18n/format-time';

export function localStamp(ms: number, timeZone: string): string {
  return toLocalInputValue(ms, timeZone).replace('T', ' ');
}

/** A window start as a file-name stamp: `2026-07-15T1600`. */
export function csvStamp(iso: string): string {
  return iso.slice(0, 16).replace(':', '');
}
