/**
 * 1,000 live-stream connect/disconnect cycles, many cut mid-frame: afterwards the server holds no
 * stream, no extra connection, and its memory is back near where it started. A stream asked for N
 * frames ends after them; an allowed origin's stream carries its CORS headers.
 */
import { HealthSchema } from '@sandbox/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../support/server';

const CYCLES = 1000;
const CONCURRENCY = 25;

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ RATE_LIMIT_PER_MINUTE: '0', MAX_STREAMS_PER_CLIENT: String(CONCURRENCY * 2) });
});
afterAll(async () => {
  await server?.stop();
});

async function health() {
  return HealthSchema.parse(await (await fetch(`${server.url}/api/health`)).json());
}

const TOPICS = ['air', 'energy', 'mobility', 'air,energy', 'mobility,air', 'air,energy,mobility'];

/** One client: connects, then leaves at once, after part of a frame, or after a few frames. */
async function cycle(i: number): Promise<void> {
  const controller = new AbortController();
  const url = `${server.url}/api/stream?start=2026-07-15T21:30:00Z&speed=${[1, 60, 3600][i % 3]}&topics=${TOPICS[i % TOPICS.length]}&intervalMs=250`;
  const res = await fetch(url, { signal: controller.signal });
  if (res.status !== 200) throw new Error(`stream answered ${res.status}`);
  const reader = res.body?.getReader();
  const mode = i % 4;
  const decoder = new TextDecoder();
  let text = '';
  const frames = () => text.split('event: frame').length - 1;
  try {
    // mode 0: leave right after the headers; 1: mid-way through the first frame; 2–3: after 1–2 whole frames.
    const done = () => (mode === 0 ? true : mode === 1 ? text.length >= 40 : frames() >= mode - 1 && text.endsWith('\n\n'));
    while (reader && !done()) {
      const chunk = await reader.read();
      if (chunk.done) break;
      text += decoder.decode(chunk.value, { stream: true });
    }
  } finally {
    controller.abort();
  }
}

describe('live stream reliability', () => {
  it(`frees everything after ${CYCLES} connect/disconnect cycles, some mid-frame`, async () => {
    // Warm up once so lazily built caches do not count as growth.
    await Promise.all(Array.from({ length: CONCURRENCY }, (_, i) => cycle(i)));
    await new Promise((resolve) => setTimeout(resolve, 500));
    const before = await health();

    for (let round = 0; round < CYCLES / CONCURRENCY; round++) {
      await Promise.all(Array.from({ length: CONCURRENCY }, (_, j) => cycle(round * CONCURRENCY + j)));
    }

    // The server notices closed sockets asynchronously; give it a moment.
    let after = await health();
    for (let i = 0; i < 50 && (after.streams > 0 || after.connections > before.connections); i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      after = await health();
    }
    expect(after.streams).toBe(0);
    expect(after.connections).toBeLessThanOrEqual(before.connections);
    expect(after.rssMb - before.rssMb).toBeLessThan(40);
  }, 180_000);

  it('ends a stream that asked for 3 frames after them with a close event, and frees its slot', async () => {
    const res = await fetch(`${server.url}/api/stream?start=2026-07-15T21:30:00Z&speed=60&topics=air&intervalMs=250&frames=3`);
    const text = await res.text();
    expect(text.split('event: frame').length - 1).toBe(3);
    expect(text.endsWith('event: close\ndata: {"reason":"sent the 3 frames asked for"}\n\n')).toBe(true);
    await expect.poll(async () => (await health()).streams).toBe(0);
  });

  it("carries CORS to an allowed origin's stream (its head is written by hand), and none to another", async () => {
    const allowed = 'http://dashboard.example:8000';
    const own = await startServer({ CORS_ORIGINS: allowed });
    try {
      const open = (origin: string) => fetch(`${own.url}/api/stream?topics=air&frames=1`, { headers: { origin } });
      const ok = await open(allowed);
      expect(ok.headers.get('access-control-allow-origin')).toBe(allowed);
      expect(ok.headers.get('content-type')).toMatch(/^text\/event-stream/);
      await ok.text();
      const other = await open('http://elsewhere.example');
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
      await other.text();
    } finally {
      await own.stop();
    }
  });
});
