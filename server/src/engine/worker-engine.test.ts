import { ApiProblem } from '@sandbox/shared';
import { testCity } from '@sandbox/shared/test-support/test-city';
import { afterAll, describe, expect, it } from 'vitest';
import { jsonText } from './engine';
import { EngineStartError, EngineUnavailableError, workerEngine } from './worker-engine';

const share = { memoryBytes: 16 * 1024 * 1024, maxHeapMb: 256 };
const engine = workerEngine({ threads: 2, cities: [testCity], query: share, live: share });
afterAll(() => engine.close());

const now = Date.parse('2026-07-15T21:30:00Z');
/** A pool of stand-in threads (test/stand-in-worker.mjs) that answer with what they were asked and which thread they are. */
const standIn = (threads: number, onThreadError?: (error: unknown) => void) =>
  workerEngine({
    threads,
    cities: [],
    query: share,
    live: share,
    onThreadError,
    workerUrl: new URL('./test/stand-in-worker.mjs', import.meta.url),
  });

describe('the engine on worker threads', () => {
  it('answers a query with the JSON the service gives on this thread', async () => {
    const json = await engine.call('airAqi', { city: testCity.id, seed: 3, at: '2026-07-15T21:30:00Z' } as never, now);
    const answer = JSON.parse(jsonText(json)) as { seed: number; stations: unknown[] };
    expect(answer.seed).toBe(3);
    expect(answer.stations.length).toBe(testCity.stations.length);
  }, 30_000);

  it('turns a problem the caller should hear into an ApiProblem with its status and field', async () => {
    const failing = engine.call('airAqi', { city: testCity.id, station: ['nowhere'] } as never, now);
    await expect(failing).rejects.toBeInstanceOf(ApiProblem);
    await expect(failing).rejects.toMatchObject({ status: 404, field: 'station' });
  }, 30_000);

  it('fails the calls of a thread that dies with a 503, and answers the next call from a new thread', async () => {
    const errors: unknown[] = [];
    const dying = standIn(1, (error) => errors.push(error));
    try {
      await expect(dying.call('segments', { city: 'x' } as never, now)).rejects.toBeInstanceOf(EngineUnavailableError);
      expect(errors.map(String)).toEqual(['Error: the stand-in thread fails on segments']);
      expect(JSON.parse(jsonText(await dying.call('airAqi', { city: 'x' } as never, now)))).toEqual({
        method: 'airAqi',
        nowMs: now,
        thread: expect.any(Number),
      });
    } finally {
      await dying.close();
    }
  }, 30_000);

  it('answers a live frame while a long query of the same scenario holds its query thread', async () => {
    const busy = standIn(1);
    try {
      const order: string[] = [];
      const query = { city: 'x', seed: 1 };
      const long = busy.call('corridorFlow', query as never, now).then(() => order.push('query'));
      const frame = busy.call('streamFrame', { ...query, topics: [], fromMs: 0, toMs: 1 } as never, now).then(() => order.push('frame'));
      await Promise.all([long, frame]);
      expect(order).toEqual(['frame', 'query']);
    } finally {
      await busy.close();
    }
  }, 30_000);

  it('sends a query that names a lane to that query thread (lane modulo the threads), a live frame still to the live thread', async () => {
    const pool = standIn(2);
    try {
      expect(pool.lanes).toBe(2);
      const threadOf = async (method: 'airAqi' | 'streamFrame', lane: number) =>
        (JSON.parse(jsonText(await pool.call(method, { city: 'x', seed: 1, lane } as never, now))) as { thread: number }).thread;
      const [zero, one, two, live] = await Promise.all([
        threadOf('airAqi', 0),
        threadOf('airAqi', 1),
        threadOf('airAqi', 2),
        threadOf('streamFrame', 1),
      ]);
      expect(zero).not.toBe(one);
      expect(two).toBe(zero);
      expect([zero, one]).not.toContain(live);
      // Without a lane, one scenario always goes to one thread.
      const unnamed = await Promise.all(
        [1, 2, 3].map(
          async () => (JSON.parse(jsonText(await pool.call('airAqi', { city: 'x', seed: 5 } as never, now))) as { thread: number }).thread,
        ),
      );
      expect(new Set(unnamed).size).toBe(1);
    } finally {
      await pool.close();
    }
  }, 30_000);

  it('fails a call pending on a closed engine with a 503 instead of leaving it hanging', async () => {
    const closing = workerEngine({ threads: 1, cities: [testCity], query: share, live: share });
    // The expectation is attached before the close that rejects the call, so the rejection is never unhandled.
    const rejected = expect(closing.call('airAqi', { city: testCity.id } as never, now)).rejects.toBeInstanceOf(EngineUnavailableError);
    await closing.close();
    await rejected;
  }, 30_000);
});

describe('an engine thread that cannot start', () => {
  it('makes ready() fail with a message saying so, and is not restarted in a tight loop', async () => {
    const errors: unknown[] = [];
    const broken = workerEngine({
      threads: 1,
      cities: [],
      query: { memoryBytes: 1, maxHeapMb: 64 },
      live: { memoryBytes: 1, maxHeapMb: 64 },
      onThreadError: (error) => errors.push(error),
      workerUrl: new URL('./test/no-such-worker.mjs', import.meta.url),
    });
    try {
      await expect(broken.ready()).rejects.toBeInstanceOf(EngineStartError);
      await new Promise((resolve) => setTimeout(resolve, 600));
      // Two threads (query + live), each restarted after 250 ms then 500 ms: a handful of tries, not hundreds.
      expect(errors.length).toBeGreaterThan(0);
      expect(errors.length).toBeLessThanOrEqual(8);
    } finally {
      await broken.close();
    }
  });
});
