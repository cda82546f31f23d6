/**
 * What every export shares before its first byte: the window and its caps, entity selection with a
 * 404 naming an unknown id, the download's file name, and the job handed to the streaming layer.
 * All checks happen here, before the response starts, so a refused export is a clean 4xx JSON error.
 */
import {
  DAY_MS,
  EXPORT_CAPS,
  EXPORT_MEDIA_TYPES,
  type ExportFormat,
  type ExportStream,
  localTime,
  type ResolvedWindow,
  resolveWindow,
  WindowError,
} from '@sandbox/shared';
import type { ExportProgress } from './stream';

/** A checked export, ready to stream. */
export interface ExportJob {
  /** The download's file name, e.g. `columbus-air-2026-07-15_2026-07-16.csv`. */
  filename: string;
  contentType: string;
  /** Chunks of the window (days, hours or minutes) the writer walks through. */
  totalChunks: number;
  /** What a chunk is, for the log line (`day`, `hour`, `minute`). */
  chunkUnit: string;
  /** The text, generated lazily, one chunk at a time. */
  write(progress: ExportProgress): Iterable<Buffer>;
}

const NAMES: Record<ExportStream, string> = {
  air: 'air',
  airHourly: 'air-hourly',
  meters: 'meters',
  load: 'load',
  segments: 'segments',
  events: 'events',
  bsm: 'bsm',
  truth: 'truth',
  greenButton: 'greenbutton',
};

const plural = (n: number, unit: string) => `${n.toLocaleString('en-US')} ${unit}${n === 1 ? '' : 's'}`;

/**
 * The export window from optional `from`/`to` (default: the stream's span up to now), refused with 400 when
 * `to` is not after `from` and 413 when it is longer than the stream's cap.
 */
export function exportWindow(
  stream: ExportStream,
  query: { from?: string | undefined; to?: string | undefined },
  nowMs: number,
): ResolvedWindow {
  const { maxDays, defaultSpanMs } = EXPORT_CAPS[stream];
  const window = resolveWindow(query, nowMs, defaultSpanMs, Number.POSITIVE_INFINITY, '');
  if (window.toMs - window.fromMs > maxDays * DAY_MS) {
    throw new WindowError(
      'window',
      `The window is longer than the cap of ${plural(maxDays, 'day')} for ${NAMES[stream]} exports; split it into several downloads.`,
      413,
    );
  }
  return window;
}

/** Refuses with 413 when `entities × steps` is over the stream's row cap, naming the cap and the count. */
export function checkRowCap(stream: ExportStream, entities: number, entityUnit: string, steps: number, stepUnit: string): void {
  const { maxRows, rows } = EXPORT_CAPS[stream];
  if (maxRows === null || entities * steps <= maxRows) return;
  throw new WindowError(
    'window',
    `This export would have ${(entities * steps).toLocaleString('en-US')} rows (${plural(entities, entityUnit)} × ${plural(steps, stepUnit)}), over the cap of ${maxRows.toLocaleString('en-US')} ${rows} for ${NAMES[stream]} exports; choose fewer ${entityUnit}s or a shorter window.`,
    413,
  );
}

/** Steps of `stepMs` starting in `[fromMs, toMs)` on the step grid (the engine's alignment). */
export function stepsIn(window: ResolvedWindow, stepMs: number): number {
  return Math.max(0, Math.ceil((window.toMs - Math.ceil(window.fromMs / stepMs) * stepMs) / stepMs));
}

/** `2026-07-15`, or `2026-07-15T0930` (`T093015`) when the instant is not a local midnight. */
function localStamp(timeZone: string, utcMs: number): string {
  const t = localTime(timeZone, utcMs);
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${t.year}-${pad(t.month)}-${pad(t.day)}`;
  const seconds = Math.round(t.hourOfDay * 3600);
  if (seconds === 0) return date;
  const hhmm = `${pad(Math.floor(seconds / 3600))}${pad(Math.floor(seconds / 60) % 60)}`;
  return `${date}T${hhmm}${seconds % 60 === 0 ? '' : pad(seconds % 60)}`;
}

/**
 * `<city>-<stream>[-<selection>]-<from>_<to>.<ext>`, dates in the city's local calendar, e.g.
 * `columbus-air-2026-07-15_2026-07-16.csv` for the local day of July 15.
 */
export function exportFilename(
  city: { id: string; timezone: string },
  stream: ExportStream,
  window: ResolvedWindow,
  ext: string,
  selection?: string,
): string {
  const parts = [city.id, NAMES[stream], ...(selection ? [selection] : [])];
  return `${parts.join('-')}-${localStamp(city.timezone, window.fromMs)}_${localStamp(city.timezone, window.toMs)}.${ext}`;
}

export function mediaType(format: ExportFormat | 'xml'): string {
  return EXPORT_MEDIA_TYPES[format];
}
