/**
 * The one builder of every tabular download (CSV or NDJSON). A stream states only what is its own:
 * how long a chunk of its window is and, per request, the entities it selects and the rows of each
 * chunk. This builder does the rest, the same for all: the row cap (units from the route's CAPS row),
 * the file name, the CSV columns (csv-fields.ts) and the text written chunk by chunk.
 */
import { checkRowCap, contract, DAY_MS, HOUR_MS, MINUTE_MS, type WindowCap } from '@sandbox/shared';
import { fixedChunkCount, fixedChunks, type TimeChunk } from './chunks';
import { CSV_FIELDS } from './csv-fields';
import { type ExportJob, exportFilename, mediaType } from './job';
import type { ExportBuilder, ExportRequest, QueryOf, RecordOf, TabularRoute } from './request';
import { table, tableText } from './table';

/** What one request of a stream writes, decided before the first byte. */
export interface TablePlan<R> {
  /** The one entity or filter the file is about, for its name. */
  selection?: string | undefined;
  /** Entities × time steps the file holds, checked against the cap's row limit (streams without one leave it out). */
  size?: { entities: number; steps: number };
  /** The rows of one chunk, in order, computed when the stream wants them. */
  rows(chunk: TimeChunk): Iterable<R>;
  /** Runs after a chunk is written (e.g. to release what it built). */
  afterChunk?(chunk: TimeChunk): void;
}

export interface TabularStream<K extends TabularRoute> {
  /** Chunk length, cut on the epoch grid (default a UTC day): the work of one turn of the event loop. */
  stepMs?: number;
  /** Checks the query's entities (404 before anything is sent) and plans the file. */
  plan(request: ExportRequest<QueryOf<K>>): TablePlan<RecordOf<K>>;
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

/** 413 when the file would hold more rows than the cap allows; the cap's unit (`station-minutes`) names entity and step. */
function checkSize(cap: WindowCap, name: string, size: TablePlan<unknown>['size']): void {
  if (!cap.rows || !size) return;
  const [entity = '', step = ''] = cap.rows.unit.split('-').map((word) => word.replace(/s$/, ''));
  checkRowCap(cap, name, size.entities, entity, size.steps, step);
}

/** The builder of a tabular download: its stream planned, checked, then written chunk by chunk. */
export function tabularExport<K extends TabularRoute>(route: K, stream: TabularStream<K>): ExportBuilder<K> {
  const tbl = table<RecordOf<K>, (typeof contract)[K]['csvColumns']>(contract[route].csvColumns, CSV_FIELDS[route]);
  const stepMs = stream.stepMs ?? DAY_MS;
  return (request): ExportJob => {
    const plan = stream.plan(request);
    checkSize(request.cap, request.name, plan.size);
    const { sim, name, window, format } = request;
    return {
      filename: exportFilename(sim.city, name, window, format, plan.selection),
      contentType: mediaType(format),
      totalChunks: fixedChunkCount(window.fromMs, window.toMs, stepMs),
      chunkUnit: chunkUnitOf(stepMs),
      write: (progress) =>
        tableText(
          format,
          tbl,
          (function* () {
            for (const chunk of fixedChunks(window.fromMs, window.toMs, stepMs)) {
              yield plan.rows(chunk);
              plan.afterChunk?.(chunk);
            }
          })(),
          progress,
        ),
    };
  };
}
