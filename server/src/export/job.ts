/**
 * What every export hands the streaming layer (a checked job: its file name, media type and text,
 * generated lazily), and the helpers builders share. The window and caps are checked by the
 * pipeline, entities by each builder, all before the response starts, so a refused export is a
 * clean 4xx JSON error.
 */
import { EXPORT_MEDIA_TYPES, type ExportFormat, localTime, type ResolvedWindow } from '@sandbox/shared';
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

/** Steps of `stepMs` starting in `[fromMs, toMs)` on the step grid (the engine's alignment). */
export function stepsIn(window: ResolvedWindow, stepMs: number): number {
  return Math.max(0, Math.ceil((window.toMs - Math.ceil(window.fromMs / stepMs) * stepMs) / stepMs));
}

/** Steps of `stepMs` on the grid that overlap `[fromMs, toMs)`, the one the window starts in included (hourly means, minute flow). */
export function stepsTouched(window: ResolvedWindow, stepMs: number): number {
  return Math.ceil((window.toMs - Math.floor(window.fromMs / stepMs) * stepMs) / stepMs);
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
  name: string,
  window: ResolvedWindow,
  ext: string,
  selection?: string,
): string {
  const parts = [city.id, name, ...(selection ? [selection] : [])];
  return `${parts.join('-')}-${localStamp(city.timezone, window.fromMs)}_${localStamp(city.timezone, window.toMs)}.${ext}`;
}

export function mediaType(format: ExportFormat | 'xml'): string {
  return EXPORT_MEDIA_TYPES[format];
}
