import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { logSink } from '../test/log-sink';
import { loggerOptions, registerHumanRequestLog, requestLogging } from './logging';

/** A small app with the same logging wiring as buildApp (requests 200, 404 and 500). */
async function appWith(format: 'human' | 'json', level: 'info' | 'debug' = 'info') {
  const out = logSink();
  const app = Fastify({ logger: loggerOptions({ LOG_FORMAT: format, LOG_LEVEL: level }, out.stream), ...requestLogging(format) });
  if (format === 'human') registerHumanRequestLog(app);
  app.get('/api/ok', async () => ({ ok: true }));
  app.get('/api/boom', async () => {
    throw new Error('boom');
  });
  await app.ready();
  return { app, out };
}

describe('request logs', () => {
  it('human (default): quiet for successful requests, one short line per failed one, without the query', async () => {
    const { app, out } = await appWith('human');
    for (let i = 0; i < 5; i++) await app.inject('/api/ok?city=columbus&seed=1');
    await app.inject('/api/missing?token=abc');
    await app.inject('/api/boom');
    await app.close();
    const lines = out
      .text()
      .split('\n')
      .filter((line) => line.includes('→'));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^\[\d\d:\d\d:\d\d\] WARN: GET \/api\/missing → 404 \(\d+ ms\)$/);
    expect(lines[1]).toMatch(/ERROR: GET \/api\/boom → 500/);
    expect(out.text()).not.toContain('/api/ok');
    expect(out.text()).not.toContain('token=abc');
    expect(out.text()).not.toMatch(/^\{/m);
  });

  it('human at LOG_LEVEL=debug: every request, one line each', async () => {
    const { app, out } = await appWith('human', 'debug');
    await app.inject('/api/ok');
    await app.close();
    expect(out.text()).toMatch(/DEBUG: GET \/api\/ok → 200 \(\d+ ms\)/);
  });

  it('json: every line is a JSON object, with Fastify request and response records', async () => {
    const { app, out } = await appWith('json');
    await app.inject('/api/ok');
    await app.close();
    const records = out
      .text()
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { msg: string; req?: { url: string }; res?: { statusCode: number } });
    expect(records.find((r) => r.msg === 'incoming request')?.req?.url).toBe('/api/ok');
    expect(records.find((r) => r.msg === 'request completed')?.res?.statusCode).toBe(200);
  });
});
