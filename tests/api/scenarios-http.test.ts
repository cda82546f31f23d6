/**
 * Saved scenarios on the built server over real HTTP: every status the OpenAPI document lists for a
 * write route is answered for real and validates (ajv) against the documented schema; a share link
 * lands on the built app's page; a PostgreSQL that goes away gives 503s, not 500s, and the process
 * lives on; a state file that is not a database, or comes from a newer server, stops the boot with
 * one line. (Redocly lints these routes with the rest of the document in openapi-lint.test.ts.)
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MINUTE_MS, savedScenarioRoutes, type WriteRouteContract } from '@sandbox/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresUnavailable, startPostgres } from '../../server/src/store/test/postgres-instance';
import { recordNewerMigration } from '../../server/src/store/test/state-files';
import { documentedRoutes } from '../support/documented';
import { type RunningServer, runServerToExit, startServer, tempStateDir } from '../support/server';

let server: RunningServer;
const documented = documentedRoutes(() => server.url);
const { conforms, call } = documented;

const EXAMPLE = savedScenarioRoutes.createSaved.exampleBody;
const json = { 'content-type': 'application/json' };

beforeAll(async () => {
  server = await startServer({ RATE_LIMIT_PER_MINUTE: '0', ENGINE_WORKERS: '0' });
});
afterAll(async () => {
  await server?.stop();
});

async function save(): Promise<{ id: string; shareUrl: string }> {
  const res = await fetch(`${server.url}/api/scenarios`, { method: 'POST', headers: json, body: JSON.stringify(EXAMPLE) });
  return res.json();
}

describe('saved-scenario routes as documented', () => {
  it('answers each route’s success as documented', async () => {
    const r = savedScenarioRoutes;
    const { id, shareUrl } = await save();
    await conforms(r.listSaved, await call(r.listSaved, {}, {}, '?q=EV&limit=5'));
    await conforms(r.createSaved, await call(r.createSaved, {}, { headers: json, body: JSON.stringify(EXAMPLE) }));
    await conforms(r.getSaved, await call(r.getSaved, { id }));
    await conforms(r.exportSaved, await call(r.exportSaved, { id }));
    const replaced = await call(
      r.replaceSaved,
      { id },
      { headers: { ...json, 'if-match': '"1"' }, body: JSON.stringify(r.replaceSaved.exampleBody) },
    );
    expect(replaced.headers.get('etag')).toBe('"2"');
    await conforms(r.replaceSaved, replaced);
    const notModified = await call(r.getSaved, { id }, { headers: { 'if-none-match': '"2"' } });
    expect(notModified.status).toBe(304);
    await conforms(r.getSaved, notModified);
    const shared = await fetch(`${server.url}${shareUrl}`, { redirect: 'manual' });
    expect(shared.status).toBe(302);
    await conforms(r.openShare, shared);
    const deleted = await call(r.deleteSaved, { id }, { headers: { 'if-match': '"2"' } });
    expect(deleted.status).toBe(204);
    await conforms(r.deleteSaved, deleted);
  });

  it('answers every documented 4xx for real, in the documented error shape', async () => {
    const r = savedScenarioRoutes;
    const { id } = await save();
    const huge = JSON.stringify({ ...EXAMPLE, notes: 'x'.repeat(1024 * 1024) });
    const cases: [WriteRouteContract, number, Promise<Response>][] = [
      [r.listSaved, 400, call(r.listSaved, {}, {}, '?limit=0')],
      [r.createSaved, 400, call(r.createSaved, {}, { headers: json, body: '{"name":""}' })],
      [r.createSaved, 413, call(r.createSaved, {}, { headers: json, body: huge })],
      [r.createSaved, 415, call(r.createSaved, {}, { headers: { 'content-type': 'text/plain' }, body: 'a scenario' })],
      [r.getSaved, 400, call(r.getSaved, { id: 'not-an-id' })],
      [r.getSaved, 404, call(r.getSaved, { id: 'AAAAAAAAAAAA' })],
      [r.replaceSaved, 400, call(r.replaceSaved, { id }, { headers: { ...json, 'if-match': '"1"' }, body: '{}' })],
      [
        r.replaceSaved,
        404,
        call(r.replaceSaved, { id: 'AAAAAAAAAAAA' }, { headers: { ...json, 'if-match': '"1"' }, body: JSON.stringify(EXAMPLE) }),
      ],
      [r.replaceSaved, 412, call(r.replaceSaved, { id }, { headers: { ...json, 'if-match': '"9"' }, body: JSON.stringify(EXAMPLE) })],
      [r.replaceSaved, 413, call(r.replaceSaved, { id }, { headers: { ...json, 'if-match': '"1"' }, body: huge })],
      [r.replaceSaved, 415, call(r.replaceSaved, { id }, { headers: { 'content-type': 'text/plain', 'if-match': '"1"' }, body: 'x' })],
      [r.replaceSaved, 428, call(r.replaceSaved, { id }, { headers: json, body: JSON.stringify(EXAMPLE) })],
      [r.deleteSaved, 400, call(r.deleteSaved, { id: 'not-an-id' }, { headers: { 'if-match': '"1"' } })],
      [r.deleteSaved, 404, call(r.deleteSaved, { id: 'AAAAAAAAAAAA' }, { headers: { 'if-match': '"1"' } })],
      [r.deleteSaved, 412, call(r.deleteSaved, { id }, { headers: { 'if-match': '"9"' } })],
      [r.deleteSaved, 428, call(r.deleteSaved, { id })],
      [r.exportSaved, 400, call(r.exportSaved, { id: 'not-an-id' })],
      [r.exportSaved, 404, call(r.exportSaved, { id: 'AAAAAAAAAAAA' })],
      [r.openShare, 400, call(r.openShare, { slug: 'no' })],
      [r.openShare, 404, call(r.openShare, { slug: 'NoSuchLink1' })],
    ];
    await documented.expectCases(Object.values(r), cases);
  });

  it('opens a share link on the built app’s page', async () => {
    const { shareUrl } = await save();
    const page = await fetch(`${server.url}${shareUrl}`);
    expect(page.status).toBe(200);
    expect(new URL(page.url).pathname).toBe('/air');
    expect(new URL(page.url).searchParams.get('evShare')).toBe('0.4');
    expect(await page.text()).toContain('<div id="root">');
  });
});

describe.skipIf(postgresUnavailable())('with PostgreSQL gone', () => {
  it('answers the store’s routes 503 with Retry-After, never 500, and the server lives on', { timeout: MINUTE_MS }, async () => {
    const postgres = await startPostgres();
    const withDatabase = await startServer({ DATABASE_URL: await postgres.freshDatabase(), ENGINE_WORKERS: '0' });
    try {
      expect((await fetch(`${withDatabase.url}/api/scenarios`)).status).toBe(200);
      await postgres.stop();
      for (const init of [{}, { method: 'POST', headers: json, body: JSON.stringify(EXAMPLE) }]) {
        const res = await fetch(`${withDatabase.url}/api/scenarios`, init);
        expect(res.status).toBe(503);
        expect(res.headers.get('retry-after')).toBe('1');
        await conforms(savedScenarioRoutes.listSaved, res);
      }
      expect((await fetch(`${withDatabase.url}/api/health`)).status).toBe(200);
    } finally {
      await withDatabase.stop();
    }
  });
});

describe('a state the server cannot use', () => {
  it('stops the boot with one line naming the file when it is not a database', async () => {
    const dir = tempStateDir();
    writeFileSync(join(dir, 'sandbox.sqlite'), 'not a database at all; '.repeat(100));
    const { code, output } = await runServerToExit({ STATE_DIR: dir });
    expect(code).toBe(1);
    expect(output.trim().split('\n')).toEqual([
      `smart-city-sandbox: cannot read the state file ${join(dir, 'sandbox.sqlite')}: file is not a database; move it aside to start with an empty store, or set STATE_DIR to another folder`,
    ]);
  });

  it('stops the boot with one line when a newer server wrote the store', async () => {
    const dir = tempStateDir();
    const first = await startServer({ STATE_DIR: dir, ENGINE_WORKERS: '0' });
    await first.stop();
    recordNewerMigration(join(dir, 'sandbox.sqlite'), 99, '9.0.0');
    const { code, output } = await runServerToExit({ STATE_DIR: dir });
    expect(code).toBe(1);
    expect(output).toMatch(
      /^smart-city-sandbox: .*sandbox\.sqlite has store schema version 99 \(written by Smart City Sandbox 9\.0\.0\), but this server knows versions up to \d+/,
    );
    expect(output.trim().split('\n')).toHaveLength(1);
  });
});
