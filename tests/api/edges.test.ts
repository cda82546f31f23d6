/**
 * The edges of the running server over real HTTP: a stream whose clock runs past the representable
 * time range, and a Last-Event-ID past it while another stream is live (once a crash of the whole
 * process). A failed stream ends with an error event and frees its place under the per-address cap.
 */
import { ApiErrorSchema, HealthSchema } from '@sandbox/shared';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../support/server';
import { readEvents } from '../support/sse';

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ RATE_LIMIT_PER_MINUTE: '0', MAX_STREAMS_PER_CLIENT: '2' });
});
afterAll(async () => {
  await server?.stop();
});

async function health() {
  return HealthSchema.parse(await (await fetch(`${server.url}/api/health`)).json());
}

// Streams a test aborted are freed when the server sees their sockets close: wait for that, so each
// test starts with the whole per-address cap.
beforeEach(async () => {
  await expect.poll(async () => (await health()).streams).toBe(0);
});

describe('streams at the edge of the time range', () => {
  it('refuses a Last-Event-ID past the range with a 400 naming the header, while another stream keeps running', async () => {
    const live = new AbortController();
    const open = await fetch(`${server.url}/api/stream?topics=air&intervalMs=250`, { signal: live.signal });
    expect(open.status).toBe(200);
    const reader = open.body?.getReader();
    await reader?.read();
    const res = await fetch(`${server.url}/api/stream?topics=air`, { headers: { 'last-event-id': '9999999999999999' } });
    expect(res.status).toBe(400);
    const body = ApiErrorSchema.strict().parse(await res.json());
    expect(body.issues?.[0]?.path).toBe('Last-Event-ID');
    // The live stream still gets frames from the same, living process.
    const next = await reader?.read();
    expect(next?.done).toBe(false);
    live.abort();
    expect((await health()).status).toBe('ok');
  });

  it('ends a stream whose clock runs past the range with an error event, and frees its place under the cap', async () => {
    // 15 sim minutes per frame from 23:45 on the last day: the third frame would be past 2200-01-01T00:00:00Z.
    // A second between frames: the first is computed cold on the engine thread and must not make the
    // clock skip the second one.
    const url = `${server.url}/api/stream?topics=air&start=2199-12-31T23:45:00Z&speed=900&intervalMs=1000`;
    const events = await readEvents(await fetch(url), 10);
    const frames = events.filter((e) => e.event === 'frame');
    expect(frames.map((e) => Number(e.id))).toEqual([Date.parse('2199-12-31T23:45:00Z'), Date.parse('2200-01-01T00:00:00Z')]);
    const errors = events.filter((e) => e.event === 'error');
    expect(errors).toHaveLength(1);
    const error = ApiErrorSchema.strict().parse(JSON.parse(errors[0]?.data ?? ''));
    expect(error.issues?.[0]?.path).toBe('start');
    expect(error.message).toContain('2200-01-01T00:00:00Z');
    // With MAX_STREAMS_PER_CLIENT=2, two more streams open: the failed one no longer counts.
    const controllers = [new AbortController(), new AbortController()];
    const statuses = [];
    for (const controller of controllers) {
      statuses.push((await fetch(`${server.url}/api/stream?topics=air`, { signal: controller.signal })).status);
    }
    for (const controller of controllers) controller.abort();
    expect(statuses).toEqual([200, 200]);
  });
});

describe('refusals before a route runs, over real HTTP', () => {
  it('answers headers over the size limit with 431 in the one error shape', async () => {
    const res = await fetch(`${server.url}/api/health`, { headers: { 'x-padding': 'a'.repeat(20_000) } });
    expect(res.status).toBe(431);
    expect(ApiErrorSchema.strict().parse(await res.json()).message).toContain('16 KB');
  });

  it('answers a URL over the size limit with 431 in the one error shape', async () => {
    const res = await fetch(`${server.url}/api/health?x=${'a'.repeat(20_000)}`);
    expect(res.status).toBe(431);
    ApiErrorSchema.strict().parse(await res.json());
  });

  it('answers a stream over the per-address cap with 429, Retry-After and the one error shape', async () => {
    const controllers = [new AbortController(), new AbortController()];
    for (const controller of controllers) {
      expect((await fetch(`${server.url}/api/stream?topics=air`, { signal: controller.signal })).status).toBe(200);
    }
    const refused = await fetch(`${server.url}/api/stream?topics=air`);
    for (const controller of controllers) controller.abort();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(ApiErrorSchema.strict().parse(await refused.json()).message).toContain('MAX_STREAMS_PER_CLIENT');
  });
});
