import {
  ApiErrorSchema,
  SavedScenarioListSchema,
  SavedScenarioSchema,
  ScenarioFileSchema,
  savedScenarioRoutes,
  scenarioFromQuery,
  scenarioQueryShape,
} from '@sandbox/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildTestApp } from '../test/build-test-app';

type App = Awaited<ReturnType<typeof buildTestApp>>;
let app: App;
beforeAll(async () => {
  app = await buildTestApp();
});
afterAll(() => app.close());

const body = (overrides: Record<string, unknown> = {}) => ({
  name: 'EV share 40 %',
  notes: 'roadside PM2.5',
  scenario: { city: 'testville', seed: 7, levers: { evShare: 0.4 } },
  view: { page: '/air', t: '2026-07-15T21:00:00Z', lang: 'ko' },
  ...overrides,
});

const post = (payload: unknown) => app.inject({ method: 'POST', url: '/api/scenarios', payload: payload as object });

async function created(overrides: Record<string, unknown> = {}) {
  const res = await post(body(overrides));
  expect(res.statusCode, res.body).toBe(201);
  return SavedScenarioSchema.parse(res.json());
}

/** The error of a 4xx answer, checked to be in the one error shape. */
function problem(res: { statusCode: number; json: () => unknown }, status: number) {
  expect(res.statusCode).toBe(status);
  return ApiErrorSchema.parse(res.json());
}

describe('saved scenarios over HTTP', () => {
  it('saves, answers 201 with ETag and Location, and reads it back (304 when the copy is current)', async () => {
    const res = await post(body());
    expect(res.statusCode).toBe(201);
    const saved = SavedScenarioSchema.parse(res.json());
    expect(res.headers.etag).toBe('"1"');
    expect(res.headers.location).toBe(`/api/scenarios/${saved.id}`);
    expect(saved).toMatchObject({ name: 'EV share 40 %', notes: 'roadside PM2.5', version: 1, view: { page: '/air', lang: 'ko' } });
    expect(saved.scenario.levers.evShare).toBe(0.4);
    const read = await app.inject(`/api/scenarios/${saved.id}`);
    expect(read.json()).toEqual(saved);
    expect(read.headers.etag).toBe('"1"');
    const again = await app.inject({ url: `/api/scenarios/${saved.id}`, headers: { 'if-none-match': '"1"' } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
  });

  it('names the field at fault in every bad body (400), never a 500', async () => {
    const cases: [unknown, string][] = [
      [body({ name: undefined }), 'name'],
      [body({ name: '   ' }), 'name'],
      [body({ name: 'two\nlines' }), 'name'],
      [body({ notes: 'x'.repeat(4001) }), 'notes'],
      [body({ scenario: { levers: { evShare: 2 } } }), 'scenario.levers.evShare'],
      [body({ scenario: { city: 'atlantis' } }), 'scenario.city'],
      [
        body({ scenario: { faults: [{ kind: 'meteor', from: '2026-07-15T00:00:00Z', to: '2026-07-16T00:00:00Z' }] } }),
        'scenario.faults.0.kind',
      ],
      [body({ view: { page: '/nowhere' } }), 'view.page'],
      [body({ view: { params: { evShare: '0.4' } } }), 'view.params.evShare'],
      // A Lab view's comparison is read as the Lab reads it: a broken variant, days or seeds is named.
      [body({ view: { page: '/lab', params: { v1: 'evShare=banana' } } }), 'view.params.v1.evShare'],
      [body({ view: { page: '/lab', params: { v2: 'colour=blue' } } }), 'view.params.v2'],
      [body({ view: { page: '/lab', params: { labDays: '5' } } }), 'view.params.labDays'],
      [body({ view: { page: '/lab', params: { labSeeds: '11' } } }), 'view.params.labSeeds'],
      [body({ view: { page: '/lab', params: { station: 'x' } } }), 'view.params.station'],
      // Text a URL or PostgreSQL cannot hold, and names that do not read as one line left to right.
      [body({ view: { params: { station: '\ud800' } } }), 'view.params.station'],
      [body({ view: { params: { station: 'a\u0000b' } } }), 'view.params.station'],
      [body({ name: 'lone \udc00 half' }), 'name'],
      [body({ name: 'photo \u202Egnp.exe' }), 'name'],
      [body({ notes: 'half \ud83d' }), 'notes'],
      // A misspelled lever or an unknown field of a fault is named, not dropped.
      [body({ scenario: { levers: { evshare: 0.4 } } }), 'scenario.levers'],
      [
        body({
          scenario: {
            faults: [{ kind: 'feeder-outage', from: '2026-07-15T00:00:00Z', to: '2026-07-16T00:00:00Z', feederId: 'f1', extra: 1 }],
          },
        }),
        'scenario.faults.0',
      ],
      [
        body({
          scenario: {
            faults: [{ kind: 'meter-missing', from: '2026-07-15T00:00:00Z', to: '2026-07-16T00:00:00Z', meterId: 'x'.repeat(65) }],
          },
        }),
        'scenario.faults.0.meterId',
      ],
      [body({ colour: 'blue' }), 'colour'],
      [{ ...body(), format: 'smart-city-sandbox.scenario', formatVersion: 2, exportedAt: '2026-12-06T10:00:00Z' }, 'formatVersion'],
    ];
    for (const [payload, field] of cases) {
      const error = problem(await post(payload), 400);
      expect(error.issues?.map((issue) => issue.path).join(' '), JSON.stringify(payload)).toContain(field);
      expect(error.message).toContain(field);
    }
    for (const payload of ['null', '[]', '"text"', '42', '{"name":', '{}']) {
      const res = await app.inject({ method: 'POST', url: '/api/scenarios', headers: { 'content-type': 'application/json' }, payload });
      expect(res.statusCode, payload).toBe(400);
      ApiErrorSchema.parse(res.json());
    }
  });

  it('refuses a 1 MB body (413) and a body that is not JSON (415)', async () => {
    const huge = JSON.stringify(body({ notes: 'x'.repeat(1024 * 1024) }));
    expect(
      problem(
        await app.inject({ method: 'POST', url: '/api/scenarios', headers: { 'content-type': 'application/json' }, payload: huge }),
        413,
      ).message,
    ).toContain('256 KiB');
    const notJson = problem(
      await app.inject({ method: 'POST', url: '/api/scenarios', headers: { 'content-type': 'text/plain' }, payload: 'hello' }),
      415,
    );
    expect(notJson.message).toBe('Content-Type "text/plain" is not accepted here: send JSON with "Content-Type: application/json".');
    expect(notJson.issues?.[0]?.path).toBe('Content-Type');
  });

  it('replaces only with the current ETag: 428 without If-Match, 412 with a stale one (and the current ETag), 400 for a malformed one', async () => {
    const saved = await created();
    const put = (headers: Record<string, string>, name = 'renamed') =>
      app.inject({ method: 'PUT', url: `/api/scenarios/${saved.id}`, headers, payload: body({ name }) });
    expect(problem(await put({}), 428).issues?.[0]?.path).toBe('If-Match');
    const renamed = await put({ 'if-match': '"1"' });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.headers.etag).toBe('"2"');
    expect(SavedScenarioSchema.parse(renamed.json())).toMatchObject({ name: 'renamed', version: 2 });
    const stale = await put({ 'if-match': '"1"' }, 'second editor');
    expect(problem(stale, 412).message).toContain('"2"');
    expect(stale.headers.etag).toBe('"2"');
    expect(problem(await put({ 'if-match': 'W/"2"' }), 400).issues?.[0]?.path).toBe('If-Match');
    expect(problem(await put({ 'if-match': '"1", "2"' }), 400).issues?.[0]?.path).toBe('If-Match');
    expect((await put({ 'if-match': '*' }, 'forced')).json().version).toBe(3);
    expect((await app.inject(`/api/scenarios/${saved.id}`)).json().name).toBe('forced');
  });

  it('deletes only with the current ETag; a deleted or unknown id is a 404, a malformed one a 400 naming it', async () => {
    const saved = await created();
    const remove = (headers: Record<string, string>, id = saved.id) =>
      app.inject({ method: 'DELETE', url: `/api/scenarios/${id}`, headers });
    problem(await remove({}), 428);
    problem(await remove({ 'if-match': '"7"' }), 412);
    expect((await remove({ 'if-match': '"1"' })).statusCode).toBe(204);
    problem(await remove({ 'if-match': '"1"' }), 404);
    problem(await app.inject(`/api/scenarios/${saved.id}`), 404);
    expect(problem(await app.inject('/api/scenarios/not-an-id'), 400).issues?.[0]?.path).toBe('id');
    problem(await app.inject({ method: 'PUT', url: '/api/scenarios/AAAAAAAAAAAA', headers: { 'if-match': '"1"' }, payload: body() }), 404);
  });

  it('exports a file that imports as the same scenario, view and share link', async () => {
    const saved = await created({ name: '폭염 시나리오 / heat' });
    const file = await app.inject(`/api/scenarios/${saved.id}/export`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-disposition']).toBe(
      `attachment; filename="heat.scenario.json"; filename*=UTF-8''${encodeURIComponent('폭염 시나리오 / heat.scenario.json')}`,
    );
    const parsed = ScenarioFileSchema.parse(file.json());
    expect(parsed).toMatchObject({ format: 'smart-city-sandbox.scenario', formatVersion: 1, name: saved.name, scenario: saved.scenario });
    const imported = SavedScenarioSchema.parse((await post(file.json())).json());
    expect(imported.id).not.toBe(saved.id);
    expect({ ...imported, id: '', createdAt: '', updatedAt: '' }).toEqual({ ...saved, id: '', createdAt: '', updatedAt: '' });
    problem(await app.inject('/api/scenarios/AAAAAAAAAAAA/export'), 404);
  });

  it('opens a share link as a redirect to the exact view, whose URL decodes to the same scenario', async () => {
    const saved = await created({ scenario: { city: 'testville', seed: 9, levers: { evShare: 0.25, signalRetiming: true } } });
    const res = await app.inject(saved.shareUrl);
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe(saved.address);
    const url = new URL(String(res.headers.location), 'http://localhost');
    expect(url.pathname).toBe('/air');
    expect(url.searchParams.get('t')).toBe('2026-07-15T21:00:00Z');
    expect(url.searchParams.get('lang')).toBe('ko');
    const query = z.object(scenarioQueryShape).parse(Object.fromEntries(url.searchParams));
    expect(scenarioFromQuery(query)).toEqual(saved.scenario);
    problem(await app.inject('/s/NoSuchLink1'), 404);
    expect(problem(await app.inject('/s/no!'), 400).issues?.[0]?.path).toBe('slug');
  });

  it('lists a page at a time with search, a total and a cursor; a bad cursor or limit is a 400 naming it', async () => {
    const fresh = await buildTestApp();
    try {
      for (let i = 0; i < 25; i++) {
        const res = await fresh.inject({
          method: 'POST',
          url: '/api/scenarios',
          payload: body({ name: `${i % 5 === 0 ? 'Smoke' : 'Heat'} ${i}` }),
        });
        expect(res.statusCode).toBe(201);
      }
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const res = await fresh.inject(`/api/scenarios?limit=10${cursor ? `&cursor=${cursor}` : ''}`);
        const page = SavedScenarioListSchema.parse(res.json());
        expect(page.total).toBe(25);
        seen.push(...page.items.map((item) => item.name));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toEqual(Array.from({ length: 25 }, (_, i) => `${(24 - i) % 5 === 0 ? 'Smoke' : 'Heat'} ${24 - i}`));
      const smoke = SavedScenarioListSchema.parse((await fresh.inject('/api/scenarios?q=SMOKE')).json());
      expect(smoke.total).toBe(5);
      expect(smoke.nextCursor).toBeNull();
      expect(smoke.items[0]).toMatchObject({ name: 'Smoke 20', city: 'testville', page: '/air', version: 1 });
      expect(problem(await fresh.inject('/api/scenarios?cursor=bm90LWEtY3Vyc29y'), 400).issues?.[0]?.path).toBe('cursor');
      expect(problem(await fresh.inject('/api/scenarios?limit=101'), 400).issues?.[0]?.path).toBe('limit');
      expect(problem(await fresh.inject('/api/scenarios?sort=name'), 400).issues?.[0]?.path).toBe('sort');
      expect(problem(await fresh.inject('/api/scenarios?q=plan%0Adown'), 400).issues?.[0]?.path).toBe('q');
    } finally {
      await fresh.close();
    }
  });

  it('declares every route of the saved-scenario contract', () => {
    for (const route of Object.values(savedScenarioRoutes))
      expect(app.hasRoute({ method: route.method, url: route.path }), route.path).toBe(true);
  });
});
