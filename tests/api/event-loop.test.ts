/**
 * One heavy request must not hold up everyone else: while a cold week of segment flow is computed
 * (seconds of engine work), /api/health keeps answering promptly and a live stream keeps its
 * frames on its schedule. On a server that computes answers on its event loop both wait for the
 * whole week. The thresholds are an order of magnitude above what the server needs and an order
 * below what a blocked loop costs, so load on the test machine does not decide the outcome.
 */
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { healthDuringColdWeek } from '../support/scenario-load';
import { type RunningServer, startServer } from '../support/server';

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ RATE_LIMIT_PER_MINUTE: '0' });
});
afterAll(async () => {
  await server?.stop();
});

const INTERVAL_MS = 500;

/** Opens a stream and records how late each frame arrives against the server's own schedule. */
function watchStream(url: string) {
  let clockStart: number | null = null;
  let frames = 0;
  const lateness: number[] = [];
  const request = http.get(`${url}/api/stream?seed=9101&speed=60&intervalMs=${INTERVAL_MS}`, { agent: false }, (res) => {
    let buffer = '';
    res.setEncoding('utf8');
    res.on('data', (chunk: string) => {
      buffer += chunk;
      for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
        const event = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const clock = /: clock-start (\d+)/.exec(event);
        if (clock) clockStart = Number(clock[1]);
        if (event.includes('event: frame') && clockStart !== null) {
          // Frame k (the first is k = 0, sent at once) falls due at clock start + k × interval.
          lateness.push(Date.now() - (clockStart + frames * INTERVAL_MS));
          frames++;
        }
      }
    });
  });
  request.on('error', () => {});
  return { lateness, close: () => request.destroy() };
}

const quantile = (values: number[], q: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))] ?? Number.NaN;

describe('a long computation', () => {
  it('leaves /api/health and a live stream on time while a cold 7-day segment query runs', async () => {
    const stream = watchStream(server.url);
    await new Promise((resolve) => setTimeout(resolve, 1500)); // the stream's scenario is warm
    const framesBefore = stream.lateness.length;

    const { health, status, weekMs } = await healthDuringColdWeek(server.url, 777);
    stream.close();

    expect(status).toBe(200);
    const during = stream.lateness.slice(framesBefore);
    // The week took seconds: long enough that a blocked loop could not hide between polls.
    expect(weekMs).toBeGreaterThan(1000);
    expect(health.length).toBeGreaterThan(10);
    expect(quantile(health, 0.99)).toBeLessThan(200);
    expect(during.length).toBeGreaterThan(2);
    expect(Math.max(...during)).toBeLessThan(250);
  }, 120_000);
});
