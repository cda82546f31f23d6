import { once } from 'node:events';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { describe, expect, it } from 'vitest';
import { type ExportOutcome, exportStream, newProgress, PIECE_BYTES, PieceBuffer } from './stream';

/** A writer of `chunks` chunks of ~100 KB each that counts how many it has computed. */
function counting(chunks: number) {
  const state = { computed: 0, closed: false };
  const progress = newProgress(chunks);
  function* write(): Generator<Buffer> {
    try {
      for (let c = 0; c < chunks; c++) {
        state.computed++;
        progress.chunks++;
        yield Buffer.from(`${String(c).padStart(8, '0')}${'x'.repeat(100_000)}\n`);
      }
    } finally {
      state.closed = true;
    }
  }
  return { state, progress, write };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('exportStream', () => {
  it('delivers every piece in order and reports completion once', async () => {
    const { progress, write } = counting(20);
    const outcomes: ExportOutcome[] = [];
    const stream = exportStream(write(), progress, (outcome) => outcomes.push(outcome));
    const received: Buffer[] = [];
    await pipeline(
      stream,
      new Writable({
        write(chunk, _encoding, done) {
          received.push(chunk);
          done();
        },
      }),
    );
    const text = Buffer.concat(received).toString('utf8');
    expect(
      text
        .split('\n')
        .filter(Boolean)
        .map((line) => Number(line.slice(0, 8))),
    ).toEqual([...Array(20).keys()]);
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0]).toMatchObject({ completed: true, progress: { chunks: 20, totalChunks: 20, bytes: text.length } });
  });

  it('computes nothing ahead of a reader that stops reading (backpressure)', async () => {
    const { state, progress, write } = counting(1000);
    const stream = exportStream(write(), progress, () => {});
    stream.pause();
    stream.read(0);
    await tick();
    // The readable holds one 64 KB high-water mark: with ~100 KB chunks it stops after one or two.
    expect(state.computed).toBeLessThanOrEqual(2);
    stream.destroy();
  });

  it('stops generating when the consumer goes away mid-export, and says how far it got', async () => {
    const { state, progress, write } = counting(1000);
    const outcomes: ExportOutcome[] = [];
    const stream = exportStream(write(), progress, (outcome) => outcomes.push(outcome));
    let seen = 0;
    stream.on('data', () => {
      seen++;
      if (seen === 5) stream.destroy();
    });
    await once(stream, 'close');
    await tick();
    const computedAtClose = state.computed;
    await tick();
    expect(state.closed).toBe(true);
    expect(state.computed).toBe(computedAtClose);
    expect(state.computed).toBeLessThan(10);
    expect(outcomes).toEqual([expect.objectContaining({ completed: false, progress: expect.objectContaining({ totalChunks: 1000 }) })]);
    expect(outcomes[0]?.progress.chunks).toBeLessThan(10);
  });

  it('reports an export that failed half way as not completed and errors the stream', async () => {
    const progress = newProgress(3);
    function* failing(): Generator<Buffer> {
      yield Buffer.from('a\n');
      throw new Error('engine bug');
    }
    const outcomes: ExportOutcome[] = [];
    const stream = exportStream(failing(), progress, (outcome) => outcomes.push(outcome));
    await expect(pipeline(stream, new Writable({ write: (_c, _e, done) => done() }))).rejects.toThrow('engine bug');
    expect(outcomes).toEqual([expect.objectContaining({ completed: false })]);
  });
});

describe('PieceBuffer', () => {
  it('encodes lines into pieces of about the piece size, and the rest on flush', () => {
    const buffer = new PieceBuffer();
    const line = `${'y'.repeat(998)}°\n`;
    const pieces: Buffer[] = [];
    for (let i = 0; i < 200; i++) {
      const piece = buffer.add(line);
      if (piece !== undefined) pieces.push(piece);
    }
    pieces.push(buffer.flush());
    expect(Buffer.concat(pieces).toString('utf8')).toBe(line.repeat(200));
    for (const piece of pieces.slice(0, -1)) {
      expect(piece.length).toBeLessThanOrEqual(PIECE_BYTES);
      expect(piece.length).toBeGreaterThan(PIECE_BYTES - 3 * line.length);
    }
    expect(buffer.flush().length).toBe(0);
  });

  it('takes a line longer than a piece whole', () => {
    const buffer = new PieceBuffer();
    buffer.add('head\n');
    const long = 'z'.repeat(3 * PIECE_BYTES);
    expect(buffer.add(long)?.toString()).toBe('head\n');
    expect(buffer.flush().toString()).toBe(long);
  });
});
