/**
 * One writer for every tabular export: records in, CSV or NDJSON text out, in ~64 KB pieces. NDJSON
 * lines are the records as the API's schemas define them; CSV rows are the same records flattened
 * through a column map: each documented header name (`CSV_COLUMNS` in the shared contract) names the
 * record field it is read from.
 */
import type { ExportFormat } from '@sandbox/shared';
import { type CsvCell, csvLine } from './csv';
import { CHUNK_DONE, type ExportProgress, PieceBuffer } from './stream';

export interface Table<R> {
  header: readonly string[];
  cells(row: R): CsvCell[];
}

type Depth = [never, 0, 1, 2, 3];
type KeysOf<T> = T extends readonly unknown[] ? Exclude<keyof T, keyof unknown[]> & string : keyof T & string;
/**
 * The fields of a record that hold one CSV cell, as dotted paths: `stationId`, `aqi.category`,
 * `position.0`, `coreData.accelSet.long` (up to five keys deep).
 */
export type FieldPath<T, D extends number = 4> = [D] extends [never]
  ? never
  : { [K in KeysOf<T>]-?: NonNullable<T[K]> extends CsvCell ? K : `${K}.${FieldPath<NonNullable<T[K]>, Depth[D]>}` }[KeysOf<T>];

const PLAIN_PATH = /^[A-Za-z_$][\w$]*(\.[\w$]+)*$/;

/**
 * The reader of one column, compiled once per table: `row?.["aqi"]?.["category"]`, so an absent or
 * null object on the way is an empty cell. Why compiled: a loop over the keys would be one property
 * load for every column's keys, which V8 leaves megamorphic; measured, that makes a 28-column BSM row
 * a third slower to write than a hand-written accessor, and a compiled reader is as fast. The paths
 * are the stream tables' type-checked literals, never request input, and must be plain names here.
 */
function fieldReader(path: string): (row: unknown) => CsvCell {
  if (!PLAIN_PATH.test(path)) throw new Error(`Not a field path: ${JSON.stringify(path)}`);
  const access = path
    .split('.')
    .map((key) => `?.[${JSON.stringify(key)}]`)
    .join('');
  return new Function('row', `return row${access};`) as (row: unknown) => CsvCell;
}

/** A table from a header and the field each column is read from (the type checks that every column has one). */
export function table<R, const H extends readonly string[]>(header: H, fields: { [K in H[number]]: FieldPath<R> }): Table<R> {
  const readers = header.map((name: H[number]) => fieldReader(fields[name]));
  return { header, cells: (row) => readers.map((read) => read(row)) };
}

/**
 * The text of a tabular export: the CSV header first, then one line per record. `chunks` yields the
 * records of one chunk of the window at a time (computed lazily, when the stream wants more).
 */
export function* tableText<R>(
  format: ExportFormat,
  tbl: Table<R>,
  chunks: Iterable<Iterable<R>>,
  progress: ExportProgress,
): Generator<Buffer> {
  const buffer = new PieceBuffer();
  if (format === 'csv') buffer.add(csvLine(tbl.header));
  for (const rows of chunks) {
    for (const row of rows) {
      const piece = buffer.add(format === 'csv' ? csvLine(tbl.cells(row)) : `${JSON.stringify(row)}\n`);
      progress.rows++;
      if (piece !== undefined) yield piece;
    }
    progress.chunks++;
    yield CHUNK_DONE;
  }
  const rest = buffer.flush();
  if (rest.length > 0) yield rest;
}

/** Rows of several per-entity lists, time-major: the i-th row of every entity, then the next i. */
export function* interleave<R>(lists: readonly (readonly R[])[]): Generator<R> {
  const longest = Math.max(0, ...lists.map((list) => list.length));
  for (let i = 0; i < longest; i++) for (const list of lists) if (i < list.length) yield list[i] as R;
}

/**
 * Rows built from several entities' columns, time-major, one record at a time (records die young
 * instead of a whole day of them being kept): the time is formatted once per step.
 */
export function* timeMajor<E, R>(
  entities: readonly E[],
  steps: number,
  timeMs: (i: number) => number,
  row: (entity: E, i: number, time: string) => R,
): Generator<R> {
  for (let i = 0; i < steps; i++) {
    const time = new Date(timeMs(i)).toISOString();
    for (const entity of entities) yield row(entity, i, time);
  }
}
