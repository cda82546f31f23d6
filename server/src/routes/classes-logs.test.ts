/**
 * The teacher key stays out of the server's logs: it travels only in `Authorization` (Fastify's
 * request records hold the method, URL and addresses, not headers), and the teacher link keeps it
 * in the fragment, which browsers never send. Checked with both log formats at the most verbose level.
 */
import { describe, expect, it } from 'vitest';
import { buildApp } from '../app';
import { loggerOptions } from '../terminal/logging';
import { testConfig } from '../test/build-test-app';
import { logSink } from '../test/log-sink';

describe.each(['json', 'human'] as const)('%s logs', (format) => {
  it('never contain the teacher key, whatever the request', async () => {
    const out = logSink();
    const config = testConfig({ LOG_FORMAT: format, LOG_LEVEL: 'trace' });
    const app = await buildApp(config, { logger: loggerOptions(config, out.stream) });
    try {
      const created = await app.inject({ method: 'POST', url: '/api/classes', payload: { name: 'Logs', scenario: { city: 'testville' } } });
      const { code, teacherKey } = created.json() as { code: string; teacherKey: string };
      const auth = { authorization: `Bearer ${teacherKey}` };
      expect((await app.inject({ url: `/api/classes/${code}/progress`, headers: auth })).statusCode).toBe(200);
      expect((await app.inject({ url: `/api/classes/${code}/progress.csv`, headers: auth })).statusCode).toBe(200);
      expect((await app.inject({ url: '/api/classes/ZZZZZZ/progress', headers: auth })).statusCode).toBe(404);
      const wrong = { authorization: `Bearer ${teacherKey.slice(1)}x` };
      expect((await app.inject({ url: `/api/classes/${code}/progress`, headers: wrong })).statusCode).toBe(403);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(out.text()).toContain(`/api/classes/${code}/progress`);
      expect(out.text()).not.toContain(teacherKey);
      expect(out.text()).not.toContain(teacherKey.slice(1));
    } finally {
      await app.close();
    }
  });
});
