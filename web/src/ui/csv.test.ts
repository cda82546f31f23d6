import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

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
});
