/** Readiness as a load balancer reads it: 200 while the store answers, 503 with Retry-After while it does not. */
import { ApiErrorSchema, HealthSchema, ReadySchema } from '@sandbox/shared';
import Fastify from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';
import { afterEach, describe, expect, it } from 'vitest';
import { registerErrorHandling } from '../plugins/errors';
import { StoreUnavailableError } from '../store/store';
import { healthRoutes } from './health';

let down = false;
let pings = 0;
const store = {
  kind: 'postgres' as const,
  ping: async () => {
    pings++;
    await new Promise((resolve) => setTimeout(resolve, 20));
    if (down)
      throw new StoreUnavailableError('The database is not reachable right now (connect ECONNREFUSED 127.0.0.1:5432); retry shortly.');
  },
};

async function app() {
  const instance = Fastify({ logger: false });
  instance.setValidatorCompiler(validatorCompiler);
  instance.setSerializerCompiler(() => (data) => JSON.stringify(data)); // as app.ts does
  registerErrorHandling(instance);
  await instance.register(healthRoutes, { startedAt: performance.now(), version: '0.1.0', streams: () => 0, store });
  return instance;
}

afterEach(() => {
  down = false;
  pings = 0;
});

describe('GET /api/ready', () => {
  it('is ready while the store answers, and names the store', async () => {
    const res = await (await app()).inject('/api/ready');
    expect(res.statusCode).toBe(200);
    expect(ReadySchema.parse(res.json())).toEqual({ status: 'ready', store: 'postgres' });
  });

  it('is a 503 with Retry-After and the reason while the store does not answer; liveness stays ok', async () => {
    const server = await app();
    down = true;
    const res = await server.inject('/api/ready');
    expect(res.statusCode).toBe(503);
    expect(res.headers['retry-after']).toBe('1');
    expect(ApiErrorSchema.parse(res.json()).message).toContain('The database is not reachable right now (connect ECONNREFUSED');
    expect(HealthSchema.parse((await server.inject('/api/health')).json()).status).toBe('ok');
    down = false;
    expect((await server.inject('/api/ready')).statusCode).toBe(200);
  });

  it('asks the store once for a burst of probes, and not again while a ready answer stands', async () => {
    const server = await app();
    const answers = await Promise.all(Array.from({ length: 50 }, () => server.inject('/api/ready')));
    expect(answers.map((res) => res.statusCode)).toEqual(Array(50).fill(200));
    expect(pings).toBe(1);
    expect((await server.inject('/api/ready')).statusCode).toBe(200);
    expect(pings).toBe(1);
  });

  it('does not keep a failure: the next probe asks again', async () => {
    const server = await app();
    down = true;
    expect((await server.inject('/api/ready')).statusCode).toBe(503);
    expect((await server.inject('/api/ready')).statusCode).toBe(503);
    expect(pings).toBe(2);
  });
});
