import { LabScorecardSchema } from '@sandbox/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../test/build-test-app';

type App = Awaited<ReturnType<typeof buildTestApp>>;
let app: App;
// Wednesday 15 July 2026, 12:00–20:00 in the test city: the evening peak period and home charging.
const window = 'from=2026-07-15T16:00:00Z&to=2026-07-16T00:00:00Z';
const v1 = encodeURIComponent('seed=4&evShare=0.6');

beforeAll(async () => {
  app = await buildTestApp();
});
afterAll(() => app.close());

async function get(url: string) {
  const res = await app.inject(url);
  return { status: res.statusCode, body: res.json(), text: res.body };
}

describe('GET /api/lab/scorecard', () => {
  it('compares a baseline with a variant over the window, with a band over the seeds', async () => {
    const { status, body } = await get(`/api/lab/scorecard?city=testville&seed=4&v1=${v1}&${window}&seeds=2`);
    expect(status).toBe(200);
    const answer = LabScorecardSchema.parse(body);
    expect(answer.from).toBe('2026-07-15T16:00:00.000Z');
    expect(answer.scenarios.map((s) => [s.role, s.seed, s.query.evShare])).toEqual([
      ['baseline', 4, undefined],
      ['variant', 4, '0.6'],
    ]);
    const [comparison] = answer.comparisons;
    expect(comparison?.changed).toEqual(['evShare']);
    const energy = comparison?.kpis.find((k) => k.id === 'energy');
    expect(energy?.diff).toBeGreaterThan(0);
    expect(energy?.band?.seeds).toBe(2);
    expect(energy?.why).toEqual(['ev-chargers']);
    expect(answer.kpis.find((k) => k.id === 'gridCo2')?.how.en).toMatch(/RFCW, 911\.4 lb\/MWh; Austin: ERCT, 733\.9 lb\/MWh/);
  });

  it('answers a comparison it has computed from its cache, the same bytes', async () => {
    const url = `/api/lab/scorecard?city=testville&seed=4&v1=${v1}&${window}&seeds=2`;
    const first = await get(url);
    const started = performance.now();
    const again = await get(url);
    expect(again.text).toBe(first.text);
    expect(performance.now() - started).toBeLessThan(250);
  });

  it('refuses a wrong variant with a 400 naming the variant and its parameter', async () => {
    const { status, body } = await get(`/api/lab/scorecard?city=testville&v2=${encodeURIComponent('evShare=3')}&${window}`);
    expect(status).toBe(400);
    expect(body.message).toBe('Invalid query parameter "v2.evShare": must be a number from 0 to 1');
    expect(body.issues).toEqual([{ path: 'v2.evShare', message: 'must be a number from 0 to 1' }]);
  });

  it('refuses more than a week (413 naming the cap), a comparison over the cost cap (413 naming seeds and the cap), an unknown city (404)', async () => {
    const long = await get('/api/lab/scorecard?city=testville&from=2026-07-01T04:00:00Z&to=2026-07-09T04:00:00Z');
    expect(long.status).toBe(413);
    expect(long.body.message).toMatch(/cap of 7 days/);
    const variants = ['seed=20', 'seed=30', 'seed=40'].map((v, i) => `v${i + 1}=${encodeURIComponent(v)}`).join('&');
    const many = await get(`/api/lab/scorecard?city=testville&${variants}&from=2026-07-06T04:00:00Z&to=2026-07-13T04:00:00Z&seeds=6`);
    expect(many.status).toBe(413);
    expect(many.body.error).toBe('Payload Too Large');
    expect(many.body.message).toMatch(/over the cap of 20 s per comparison; ask for at most 1 seed with this window/);
    expect(many.body.issues).toEqual([{ path: 'seeds', message: many.body.message }]);
    const unknown = await get(`/api/lab/scorecard?city=atlantis&${window}`);
    expect(unknown.status).toBe(404);
  });
});
