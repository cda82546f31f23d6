/**
 * Every route of the shared contract, called over real HTTP with its documented example: the 200
 * answer parses with the route's response schema, and the OpenAPI document lists the route.
 */
import { contract, exampleUrl, MINUTE_MS, type RouteContract, StreamFrameSchema } from '@sandbox/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../support/server';
import { readEvents } from '../support/sse';

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ RATE_LIMIT_PER_MINUTE: '0' });
});
afterAll(async () => {
  await server?.stop();
});

const routes = Object.entries(contract) as [string, RouteContract][];
const jsonRoutes = routes.filter(([, route]) => (route.kind ?? 'json') === 'json');

describe('the contract over HTTP', () => {
  it.each(jsonRoutes)('%s: the example answers 200 and parses with its schema', async (_, route) => {
    const res = await fetch(`${server.url}${exampleUrl(route)}`);
    expect(res.status).toBe(200);
    route.response.parse(await res.json());
  });

  it('stream: frames parse with the frame schema and advance at the requested speed', async () => {
    const res = await fetch(`${server.url}/api/stream?start=2026-07-15T21:30:00Z&speed=60&intervalMs=250`);
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const frames = (await readEvents(res, 3)).filter((e) => e.event === 'frame');
    expect(frames).toHaveLength(3);
    const parsed = frames.map((f) => StreamFrameSchema.parse(JSON.parse(f.data)));
    expect(parsed[0]?.air?.stations.length).toBeGreaterThan(0);
    expect(parsed[0]?.energy?.districts.length).toBeGreaterThan(0);
    expect(parsed[0]?.mobility?.vehicles.id.length).toBeGreaterThan(0);
    expect(frames.map((f) => Number(f.id))).toEqual([0, 1, 2].map((i) => Date.parse('2026-07-15T21:30:00Z') + i * 15_000));
  });

  it('stream: resumes after Last-Event-ID', async () => {
    const last = Date.parse('2026-07-15T22:00:00Z');
    const res = await fetch(`${server.url}/api/stream?topics=air&speed=60`, { headers: { 'last-event-id': String(last) } });
    const [first] = (await readEvents(res, 1)).filter((e) => e.event === 'frame');
    expect(Number(first?.id)).toBe(last + MINUTE_MS);
  });

  it('OpenAPI lists every route of the contract', async () => {
    const spec = await (await fetch(`${server.url}/api/openapi.json`)).json();
    for (const [, route] of routes) expect(spec.paths[route.path.replace(/:([A-Za-z]+)/g, '{$1}')], route.path).toBeDefined();
  });
});
