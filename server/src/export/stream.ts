/**
 * Turns an export's text generator into a Node Readable with backpressure and prompt cancellation.
 *
 * The writer is a synchronous generator that computes one chunk of the window (a day, a minute of
 * BSMs) per step and yields UTF-8 text in pieces of about 64 KB. `Readable.from` pulls a piece only when
 * its 64 KB buffer has room, i.e. when the socket (or the compressor in front of it) has drained,
 * so a slow client pauses generation instead of growing memory. Between pieces the loop yields to
 * the event loop, so other requests are served while a year is being written. When the client goes
 * away Fastify destroys the stream, the generator's `return()` runs its `finally` at the next piece
 * boundary, and nothing more is computed; `onEnd` reports how far it got.
 */
import { Readable } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';

/** How far an export got. Writers update `chunks` and `rows`; the stream counts bytes. */
export interface ExportProgress {
  /** Chunks of the window (days, minutes) fully written. */
  chunks: number;
  /** Chunks in the whole window. */
  totalChunks: number;
  /** Data rows (CSV records, NDJSON lines, interval readings). */
  rows: number;
  /** Bytes handed to the response (before any compression). */
  bytes: number;
}

export interface ExportOutcome {
  completed: boolean;
  progress: ExportProgress;
  elapsedMs: number;
}

export function newProgress(totalChunks: number): ExportProgress {
  return { chunks: 0, totalChunks, rows: 0, bytes: 0 };
}

/** Pieces of about this many bytes are handed to the stream. */
export const PIECE_BYTES = 64 * 1024;

/** Yielded by writers after each chunk of the window: a turn of the event loop, no bytes. */
export const CHUNK_DONE = Buffer.alloc(0);

/**
 * A byte stream of the writer's text. `onEnd` runs once: after the last piece (completed) or when
 * the stream is destroyed early (aborted, or the writer threw).
 */
export function exportStream(text: Iterable<Buffer>, progress: ExportProgress, onEnd: (outcome: ExportOutcome) => void): Readable {
  const startedAt = performance.now();
  async function* pieces(): AsyncGenerator<Buffer> {
    let completed = false;
    try {
      for (const piece of text) {
        // An empty piece marks the end of a chunk of the window: nothing to send, but a turn of the
        // event loop all the same, so a sparse export (an hour of events is a few rows) never
        // computes hour after hour in one go while other requests wait.
        if (piece.length > 0) {
          progress.bytes += piece.length;
          yield piece;
        }
        await nextTurn();
      }
      completed = true;
    } finally {
      onEnd({ completed, progress, elapsedMs: performance.now() - startedAt });
    }
  }
  return Readable.from(pieces(), { objectMode: false, highWaterMark: PIECE_BYTES });
}

/**
 * Collects lines into pieces of about `PIECE_BYTES`, encoding each line into the piece's buffer as it
 * comes: the line strings die young and the piece lives outside the JavaScript heap, so a long
 * export leaves little for the garbage collector to promote. `add` returns the previous piece when
 * the line does not fit (or `undefined`), `flush` what is left.
 */
export class PieceBuffer {
  private buffer = Buffer.allocUnsafe(PIECE_BYTES);
  private used = 0;

  add(text: string): Buffer | undefined {
    const worst = text.length * 3;
    let full: Buffer | undefined;
    if (this.used + worst > this.buffer.length) {
      if (this.used > 0) full = this.flush();
      if (worst > this.buffer.length) this.buffer = Buffer.allocUnsafe(worst);
    }
    this.used += this.buffer.write(text, this.used, 'utf8');
    return full;
  }

  flush(): Buffer {
    const piece = this.buffer.subarray(0, this.used);
    this.buffer = Buffer.allocUnsafe(PIECE_BYTES);
    this.used = 0;
    return piece;
  }
}
