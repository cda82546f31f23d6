import { describe, expect, it } from 'vitest';
import { toCsv, visibleColumns } from './csv';

describe('toCsv', () => {
  it('writes a header row and escapes per RFC 4180', () => {
    const csv = toCsv(
      [
        { key: 'a', label: 'Name', value: (r: { a: string; b: number | null }) => r.a },
        { key: 'b', label: 'PM2.5 (µg/m³)', value: (r) => r.b },
      ],
      [
        { a: 'Linden, "Park"', b: 5.1 },
        { a: 'Easton', b: null },
      ],
    );
    expect(csv).toBe('Name,PM2.5 (µg/m³)\r\n"Linden, ""Park""",5.1\r\nEaston,\r\n');
  });

  it('keeps a number column numeric: the words the screen shows for a missing number go to a CSV-only note', () => {
    type Row = { hour: string; index: number | null };
    const columns = [
      { key: 'hour', label: 'Hour', value: (r: Row) => r.hour },
      { key: 'index', label: 'Index', value: (r: Row) => r.index ?? 'outside the peak periods', csvValue: (r: Row) => r.index },
      { key: 'note', label: 'Note', csvOnly: true, value: (r: Row) => (r.index === null ? 'outside the peak periods' : null) },
    ];
    const rows = [
      { hour: '08:00', index: 1.21 },
      { hour: '12:00', index: null },
    ];
    expect(toCsv(columns, rows)).toBe('Hour,Index,Note\r\n08:00,1.21,\r\n12:00,,outside the peak periods\r\n');
    expect(visibleColumns(columns).map((c) => c.value(rows[1] as Row))).toEqual(['12:00', 'outside the peak periods']);
  });
});
