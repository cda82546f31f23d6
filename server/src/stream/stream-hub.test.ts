import { EventEmitter } from 'node:events';
import type { ServerResponse } from 'node:http';
import { ApiErrorSchema, ApiProblem, MINUTE_MS } from '@sandbox/shared';
import { describe, expect, it } from 'vitest';
import { createSimClock } from './sim-clock';
import { StreamHub } from './stream-hub';

/** A stand-in for a socket-backed response whose backpressure the test controls. */
class FakeResponse extends EventEmitter {
  chunks: string[] = [];
  writableLength = 0;
  writableNeedDrain = false;
  ended = false;
  get writableEnded() {
    return this.ended;
  }
  write(chunk: string | Buffer) {
    if (this.ended) throw new Error('write after end');
    this.chunks.push(String(chunk));
    return !this.writableNeedDrain;
  }
  end() {
    this.ended = true;
    this.emit('close');
  }
  /** The data of each `event: error`, parsed with the one error shape. */
  errors() {
    return this.chunks
      .filter((c) => c.startsWith('event: error\n'))
      .map((c) => ApiErrorSchema.strict().parse(JSON.parse(/data: (.*)\n/.exec(c)?.[1] ?? 'null')));
  }
  frames() {
    return this.chunks
      .filter((c) => c.startsWith('id:'))
      .map((c) => ({ id: Number(/^id: (\d+)/.exec(c)?.[1]), data: JSON.parse(/data: (.*)\n/.exec(c)?.[1] ?? 'null') }));
  }
}

function setup() {
  let wall = 1_000_000;
  const calls: { key: string; from: number; to: number }[] = [];
  const hub = new StreamHub<null>({
    now: () => wall,
    heartbeatMs: 5_000,
    computeFrame: ({ scenarioKey: key }, from, to) => {
      calls.push({ key, from, to });
      return JSON.stringify({ key, from, to });
    },
  });
  return { hub, calls, advance: (ms: number) => (wall += ms) };
}

const spec = { scenarioKey: 'columbus|1', startMs: Date.parse('2026-07-15T12:00:00Z'), speed: 60, intervalMs: 1000, payload: null };
const asResponse = (fake: FakeResponse) => fake as unknown as ServerResponse;

describe('sim clock', () => {
  it('advances speed × interval of sim time per frame, on a grid shared by all clients', () => {
    const clock = createSimClock(Date.parse('2026-07-15T12:00:30Z'), 60, 1000, 0);
    expect(clock.stepMs).toBe(MINUTE_MS);
    expect(new Date(clock.instantAt(0)).toISOString()).toBe('2026-07-15T12:00:00.000Z');
    expect(new Date(clock.instantAt(2_500)).toISOString()).toBe('2026-07-15T12:02:00.000Z');
  });
});

describe('StreamHub', () => {
  it('sends the first frame at once and one per interval after, each id its sim instant', () => {
    const { hub, advance } = setup();
    const res = new FakeResponse();
    hub.open(asResponse(res), spec);
    advance(1000);
    hub.tick();
    advance(1000);
    hub.tick();
    const frames = res.frames();
    expect(frames.map((f) => f.id)).toEqual([spec.startMs, spec.startMs + MINUTE_MS, spec.startMs + 2 * MINUTE_MS]);
    expect(frames[1]?.data).toMatchObject({ from: spec.startMs, to: spec.startMs + MINUTE_MS });
    expect(res.chunks[0]).toBe('retry: 2000\n: clock-start 1000000\n\n');
  });

  it('ends a stream that asked for so many frames after its last, with a close event', () => {
    const { hub, advance } = setup();
    const res = new FakeResponse();
    const other = new FakeResponse();
    hub.open(asResponse(res), { ...spec, frames: 2 });
    hub.open(asResponse(other), spec);
    for (let i = 0; i < 3; i++) {
      advance(1000);
      hub.tick();
    }
    expect(res.frames()).toHaveLength(2);
    expect(res.ended).toBe(true);
    expect(res.chunks.at(-1)).toBe('event: close\ndata: {"reason":"sent the 2 frames asked for"}\n\n');
    expect(other.frames()).toHaveLength(4);
    expect(hub.clientCount).toBe(1);
  });

  it('keeps frames on the wall-clock grid when a tick runs late', () => {
    const { hub, advance } = setup();
    const res = new FakeResponse();
    hub.open(asResponse(res), spec);
    advance(1040); // a tick 40 ms late (a busy event loop)
    hub.tick();
    advance(960); // the next one on time: the second frame is due now, not 1,000 ms after the late one
    hub.tick();
    expect(res.frames().map((f) => f.id)).toEqual([spec.startMs, spec.startMs + MINUTE_MS, spec.startMs + 2 * MINUTE_MS]);
  });

  it('computes a frame once for all clients watching the same scenario', () => {
    const { hub, calls, advance } = setup();
    const clients = Array.from({ length: 5 }, () => new FakeResponse());
    for (const res of clients) hub.open(asResponse(res), spec);
    advance(1000);
    hub.tick();
    expect(calls).toHaveLength(2);
    for (const res of clients) expect(res.frames()).toHaveLength(2);
  });

  it('skips frames for a backed-up client, then sends one covering everything it missed', () => {
    const { hub, calls, advance } = setup();
    const res = new FakeResponse();
    hub.open(asResponse(res), spec);
    res.writableNeedDrain = true;
    for (let i = 0; i < 3; i++) {
      advance(1000);
      hub.tick();
    }
    expect(res.frames()).toHaveLength(1);
    expect(hub.coalesced).toBe(3);
    res.writableNeedDrain = false;
    advance(1000);
    hub.tick();
    const last = res.frames().at(-1);
    expect(last?.data).toMatchObject({ from: spec.startMs, to: spec.startMs + 4 * MINUTE_MS });
    expect(calls.at(-1)).toMatchObject({ from: spec.startMs, to: spec.startMs + 4 * MINUTE_MS });
  });

  it('resumes right after the Last-Event-ID the client saw', () => {
    const { hub } = setup();
    const res = new FakeResponse();
    const lastSeen = spec.startMs + 10 * MINUTE_MS;
    hub.open(asResponse(res), spec, lastSeen);
    expect(res.frames()[0]).toMatchObject({ id: lastSeen + MINUTE_MS, data: { from: lastSeen, to: lastSeen + MINUTE_MS } });
  });

  it('sends heartbeats when frames are far apart', () => {
    const { hub, advance } = setup();
    const res = new FakeResponse();
    hub.open(asResponse(res), { ...spec, intervalMs: MINUTE_MS });
    advance(6_000);
    hub.tick();
    expect(res.chunks.at(-1)).toBe(': heartbeat\n\n');
  });

  it('forgets a client as soon as it disconnects', () => {
    const { hub } = setup();
    const res = new FakeResponse();
    hub.open(asResponse(res), spec);
    expect(hub.clientCount).toBe(1);
    res.emit('close');
    expect(hub.clientCount).toBe(0);
  });

  it('ends every stream with a close event on shutdown', () => {
    const { hub } = setup();
    const a = new FakeResponse();
    const b = new FakeResponse();
    hub.open(asResponse(a), spec);
    hub.open(asResponse(b), spec);
    hub.closeAll();
    for (const res of [a, b]) {
      expect(res.ended).toBe(true);
      expect(res.chunks.at(-1)).toContain('event: close');
    }
    expect(hub.clientCount).toBe(0);
  });
});

describe('StreamHub when a stream fails', () => {
  /** A hub whose frame computer throws `failure` for the scenario keys in `failing`, and records reported errors. */
  function failingSetup(failure: unknown) {
    let wall = 1_000_000;
    const failing = new Set<string>();
    const reported: unknown[] = [];
    const hub = new StreamHub<null>({
      now: () => wall,
      onError: (error) => reported.push(error),
      computeFrame: ({ scenarioKey: key }, from, to) => {
        if (failing.has(key)) throw failure;
        return JSON.stringify({ key, from, to });
      },
    });
    return { hub, failing, reported, advance: (ms: number) => (wall += ms) };
  }

  it('closes only the failing stream with an error event in the one error shape, and keeps serving the others', () => {
    const { hub, failing, reported, advance } = failingSetup(new RangeError('Invalid time value'));
    const bad = new FakeResponse();
    const good = new FakeResponse();
    hub.open(asResponse(bad), { ...spec, scenarioKey: 'bad' });
    hub.open(asResponse(good), spec);
    failing.add('bad');
    advance(1000);
    expect(() => hub.tick()).not.toThrow();
    expect(bad.errors()).toEqual([{ error: 'Internal Server Error', message: expect.stringContaining('closed') }]);
    expect(bad.ended).toBe(true);
    expect(hub.clientCount).toBe(1);
    expect(hub.failed).toBe(1);
    expect(reported).toEqual([expect.any(RangeError)]);
    advance(1000);
    hub.tick();
    expect(good.frames()).toHaveLength(3);
    expect(bad.frames()).toHaveLength(1);
  });

  it('closes a stream whose very first frame fails, without throwing to the route', () => {
    const { hub, failing } = failingSetup(new Error('boom'));
    failing.add(spec.scenarioKey);
    const res = new FakeResponse();
    expect(() => hub.open(asResponse(res), spec)).not.toThrow();
    expect(res.errors()).toHaveLength(1);
    expect(res.ended).toBe(true);
    expect(hub.clientCount).toBe(0);
  });

  it('names the field of a known problem (a clock past the time range) and does not report it as unexpected', () => {
    const { hub, failing, reported, advance } = failingSetup(new ApiProblem(400, 'The clock ran out.', 'start'));
    const res = new FakeResponse();
    hub.open(asResponse(res), spec);
    failing.add(spec.scenarioKey);
    advance(1000);
    hub.tick();
    expect(res.errors()).toEqual([
      { error: 'Bad Request', message: 'The clock ran out.', issues: [{ path: 'start', message: 'The clock ran out.' }] },
    ]);
    expect(reported).toEqual([]);
  });

  it('closes a stream whose response emits an error', () => {
    const { hub } = failingSetup(undefined);
    const res = new FakeResponse();
    hub.open(asResponse(res), spec);
    res.emit('error', new Error('write EPIPE'));
    expect(hub.clientCount).toBe(0);
    expect(res.ended).toBe(true);
  });
});

describe('frames computed elsewhere (engine threads)', () => {
  function asyncSetup() {
    let wall = 1_000_000;
    const pending: { from: number; to: number; resolve: (json: string) => void; reject: (error: Error) => void }[] = [];
    const hub = new StreamHub<null>({
      now: () => wall,
      computeFrame: (_spec, from, to) =>
        new Promise<string>((resolve, reject) => pending.push({ from, to, resolve, reject: (e) => reject(e) })),
    });
    return { hub, pending, advance: (ms: number) => (wall += ms) };
  }
  const settle = () => new Promise((resolve) => setImmediate(resolve));

  it('computes a frame once for every viewer, sends nothing else to a client while it waits, then covers the gap', async () => {
    const { hub, pending, advance } = asyncSetup();
    const a = new FakeResponse();
    const b = new FakeResponse();
    hub.open(asResponse(a), spec);
    hub.open(asResponse(b), spec);
    expect(pending).toHaveLength(1); // both viewers wait for the same frame
    advance(3000);
    hub.tick(); // three frames fell due meanwhile: none is asked while the first is computing
    expect(pending).toHaveLength(1);
    pending[0]?.resolve('{"n":1}');
    await settle();
    expect(a.frames().map((f) => f.data)).toEqual([{ n: 1 }]);
    expect(b.frames().map((f) => f.data)).toEqual([{ n: 1 }]);
    hub.tick();
    expect(pending).toHaveLength(2);
    // The next frame starts where the one sent ended: nothing in between is lost.
    expect(pending[1]?.from).toBe(pending[0]?.to);
    hub.closeAll();
  });

  it('closes only the waiting streams with an error event when the computation fails', async () => {
    const { hub, pending } = asyncSetup();
    const failing = new FakeResponse();
    hub.open(asResponse(failing), spec);
    const other = new FakeResponse();
    hub.open(asResponse(other), { ...spec, scenarioKey: 'columbus|2' });
    pending[0]?.reject(new ApiProblem(400, 'too far', 'start'));
    pending[1]?.resolve('{}');
    await settle();
    expect(failing.errors()).toEqual([{ error: 'Bad Request', message: 'too far', issues: [{ path: 'start', message: 'too far' }] }]);
    expect(failing.ended).toBe(true);
    expect(other.ended).toBe(false);
    expect(hub.clientCount).toBe(1);
    hub.closeAll();
  });
});

describe('a frame computation that fails because its engine thread restarted', () => {
  it('ends the stream without an error event, so EventSource reconnects and resumes', async () => {
    let reject: (error: Error) => void = () => {};
    const hub = new StreamHub<null>({
      computeFrame: () => new Promise<string>((_, no) => (reject = no)),
    });
    const res = new FakeResponse();
    hub.open(asResponse(res), spec);
    reject(Object.assign(new Error('engine restarting'), { statusCode: 503 }));
    await new Promise((resolve) => setImmediate(resolve));
    expect(res.ended).toBe(true);
    expect(res.errors()).toEqual([]);
    expect(hub.clientCount).toBe(0);
  });

  it('keeps a waiting stream alive with heartbeats, and never joins a response that is already gone', () => {
    let wall = 0;
    const hub = new StreamHub<null>({ now: () => wall, heartbeatMs: 5_000, computeFrame: () => new Promise<string>(() => {}) });
    const waiting = new FakeResponse();
    hub.open(asResponse(waiting), spec);
    wall += 6_000;
    hub.tick();
    expect(waiting.chunks.filter((c) => c.startsWith(': heartbeat'))).toHaveLength(1);
    const gone = Object.assign(new FakeResponse(), { destroyed: true });
    hub.open(asResponse(gone), spec);
    expect(hub.clientCount).toBe(1);
    expect(gone.chunks).toEqual([]);
    hub.closeAll();
  });
});
