import { describe, expect, it } from 'vitest';
import { newProgress } from './stream';
import { interleave, table, tableText } from './table';

interface Row {
  id: string;
  value: number | null;
  note: string;
}
const rows: Row[] = [
  { id: 'a', value: 1.5, note: 'plain' },
  { id: 'b', value: null, note: 'with, comma' },
];
const tbl = table<Row, readonly ['id', 'value_kwh', 'note']>(['id', 'value_kwh', 'note'] as const, {
  id: 'id',
  value_kwh: 'value',
  note: 'note',
});

describe('tableText', () => {
  it('writes CSV: the header row, then one escaped record per row, CRLF-terminated', () => {
    const progress = newProgress(2);
    const text = Buffer.concat([...tableText('csv', tbl, [rows.slice(0, 1), rows.slice(1)], progress)]).toString();
    expect(text).toBe('id,value_kwh,note\r\na,1.5,plain\r\nb,,"with, comma"\r\n');
    expect(progress).toMatchObject({ chunks: 2, rows: 2 });
  });

  it('marks the end of every chunk with an empty piece, so the stream yields to the event loop even when a chunk has few rows', () => {
    const pieces = [...tableText('csv', tbl, [rows.slice(0, 1), [], rows.slice(1)], newProgress(3))];
    expect(pieces.filter((piece) => piece.length === 0)).toHaveLength(3);
  });

  it('writes NDJSON: the records as they are, one per line, no header', () => {
    const text = Buffer.concat([...tableText('ndjson', tbl, [rows], newProgress(1))]).toString();
    expect(
      text
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line)),
    ).toEqual(rows);
  });

  it('pulls chunks lazily, one per piece of output', () => {
    let pulled = 0;
    function* chunks() {
      for (let c = 0; c < 100; c++) {
        pulled++;
        yield Array.from({ length: 1000 }, (_, i) => ({ id: `r${i}`, value: c, note: 'x'.repeat(60) }));
      }
    }
    const text = tableText('csv', tbl, chunks(), newProgress(100));
    text.next();
    expect(pulled).toBe(1);
  });
});

describe('table', () => {
  interface Nested {
    at: [number, number];
    aqi: { aqi: number; category: string } | null;
    partII?: { vse: { events: string } };
  }
  const nested = table<Nested, readonly ['lng', 'lat', 'aqi', 'events']>(['lng', 'lat', 'aqi', 'events'] as const, {
    lng: 'at.0',
    lat: 'at.1',
    aqi: 'aqi.aqi',
    events: 'partII.vse.events',
  });

  it('reads each column from its field path, in header order: tuple items and nested objects', () => {
    expect(
      nested.cells({ at: [-83, 39.97], aqi: { aqi: 54, category: 'moderate' }, partII: { vse: { events: '0000000100000' } } }),
    ).toEqual([-83, 39.97, 54, '0000000100000']);
  });

  it('leaves a cell empty when an object on the path is null or absent', () => {
    expect(nested.cells({ at: [1, 2], aqi: null })).toEqual([1, 2, undefined, undefined]);
  });
});

describe('interleave', () => {
  it('orders per-entity rows by time, then entity', () => {
    expect([
      ...interleave([
        ['a1', 'a2'],
        ['b1', 'b2', 'b3'],
      ]),
    ]).toEqual(['a1', 'b1', 'a2', 'b2', 'b3']);
  });
});
