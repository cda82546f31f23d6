/**
 * One writer for every tabular export: records in, CSV or NDJSON text out, in ~64 KB pieces. NDJSON
 * lines are the records as the API's schemas define them; CSV rows are the same records flattened
 * through a column map whose keys are the documented header (`CSV_COLUMNS` in the shared contract).
 */
import { DAY_MS, type ExportFormat, HOUR_MS, MINUTE_MS } from '@sandbox/shared';
import { fixedChunkCount, fixedChunks, type TimeChunk } from './chunks';
import { type CsvCell, csvLine } from './csv';
import { type ExportJob, exportFilename, mediaType } from './job';
import type { ExportRequest } from './request';
import { CHUNK_DONE, type ExportProgress, PieceBuffer } from './stream';

export interface Table<R> {
  header: readonly string[];
  cells(row: R): CsvCell[];
}

/** A table from a header and one accessor per column (the type checks that every column has one). */
export function table<R, const H extends readonly string[]>(header: H, columns: { [K in H[number]]: (row: R) => CsvCell }): Table<R> {
  const getters = header.map((name: H[number]) => columns[name]);
  return { header, cells: (row) => getters.map((get) => get(row)) };
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

/** A tabular export: what it is, and the rows of each chunk of its window. */
export interface TableExport<R> {
  request: ExportRequest<unknown>;
  /** The one entity or filter the file is about, for its name. */
  selection?: string | undefined;
  table: Table<R>;
  /** Chunk length, cut on the epoch grid (default a UTC day). */
  stepMs?: number;
  /** The rows of one chunk, in order, computed when the stream wants them. */
  rows(chunk: TimeChunk): Iterable<R>;
  /** Runs after a chunk is written (e.g. to release what it built). */
  afterChunk?(chunk: TimeChunk): void;
}

/** A chunk's name in the log line (`12 of 96 quarter-hours`). */
function chunkUnitOf(stepMs: number): string {
  const names: Record<number, string> = {
    [DAY_MS]: 'day',
    [6 * HOUR_MS]: 'six-hour block',
    [HOUR_MS]: 'hour',
    [15 * MINUTE_MS]: 'quarter-hour',
    [MINUTE_MS]: 'minute',
  };
  return names[stepMs] ?? `${Math.round(stepMs / MINUTE_MS)}-minute block`;
}

/** The job of a tabular export: its file name and type, and its text generated chunk by chunk. */
export function tableJob<R>(spec: TableExport<R>): ExportJob {
  const { stepMs = DAY_MS } = spec;
  const { sim, name, window, format } = spec.request;
  return {
    filename: exportFilename(sim.city, name, window, format, spec.selection),
    contentType: mediaType(format),
    totalChunks: fixedChunkCount(window.fromMs, window.toMs, stepMs),
    chunkUnit: chunkUnitOf(stepMs),
    write: (progress) =>
      tableText(
        format,
        spec.table,
        (function* () {
          for (const chunk of fixedChunks(window.fromMs, window.toMs, stepMs)) {
            yield spec.rows(chunk);
            spec.afterChunk?.(chunk);
          }
        })(),
        progress,
      ),
  };
}
