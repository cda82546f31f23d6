/**
 * /sta/v1.1 on the real, built server over HTTP with Columbus and the engine threads: links a client
 * follows from the root, the same observation through /sta and /api in a non-default scenario, the
 * largest Observations read the budget allows without holding up /api/health, and CORS for /sta
 * exactly as for /api.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pollHealth } from '../support/scenario-load';
import { type RunningServer, startServer } from '../support/server';

const ALLOWED = 'https://dashboard.city.test';
let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ RATE_LIMIT_PER_MINUTE: '0', CORS_ORIGINS: ALLOWED });
});
afterAll(async () => {
  await server?.stop();
});

type Json = Record<string, unknown>;
const getJson = async (url: string) => {
  const res = await fetch(url);
  expect(res.status, url).toBe(200);
  return (await res.json()) as Json;
};
const q = encodeURIComponent;

describe('SensorThings over HTTP', () => {
  it('the root links to sets whose entities link on, all on the address the client used', async () => {
    const root = await getJson(`${server.url}/sta/v1.1`);
    const things = (root.value as { name: string; url: string }[]).find((set) => set.name === 'Things');
    expect(things?.url).toBe(`${server.url}/sta/v1.1/Things`);
    const page = await getJson(`${things?.url}?$top=1&$count=true`);
    expect(page['@iot.count']).toBe(199);
    const first = (page.value as Json[])[0] as Json;
    const streams = await getJson(String(first['Datastreams@iot.navigationLink']));
    expect((streams.value as Json[]).length).toBeGreaterThan(0);
    const next = await getJson(String(page['@iot.nextLink']));
    expect((next.value as Json[])[0]?.['@iot.id']).not.toBe(first['@iot.id']);
  });

  it('gives the REST value of a bucket in a non-default scenario (seed and smoke), and keeps the scenario on its links', async () => {
    const scenario = `seed=7&smoke=${q('2026-07-15T12:00:00Z/2026-07-16T00:00:00Z')}`;
    const rest = await getJson(
      `${server.url}/api/air/readings?${scenario}&station=linden-park-bench&metric=pm25UgM3&from=2026-07-15T18:00:00Z&to=2026-07-15T19:00:00Z`,
    );
    const series = (rest.series as { time: number[]; value: (number | null)[] }[])[0];
    const value = series?.value[series.time.indexOf(Date.parse('2026-07-15T18:30:00Z'))];
    expect(value).toEqual(expect.any(Number));
    const page = await getJson(
      `${server.url}/sta/v1.1/Datastreams('air:linden-park-bench:pm25UgM3')/Observations?${scenario}&$filter=${q('phenomenonTime eq 2026-07-15T18:30:00Z')}`,
    );
    const observation = (page.value as Json[])[0] as Json;
    expect(observation.result).toBe(value);
    expect(String(observation['@iot.selfLink'])).toContain(`?${scenario}`);
    expect((await getJson(String(observation['@iot.selfLink']))).result).toBe(value);
  });

  it("reads a day of one Datastream of Columbus's 637 when $filter pins it by id, as its own path does", async () => {
    const day = 'phenomenonTime ge 2026-07-15T00:00:00Z and phenomenonTime lt 2026-07-16T00:00:00Z';
    const id = 'air:linden-park-bench:pm25UgM3';
    const pinned = await getJson(
      `${server.url}/sta/v1.1/Observations?$count=true&$filter=${q(`Datastream/@iot.id eq '${id}' and ${day}`)}`,
    );
    const path = await getJson(`${server.url}/sta/v1.1/Datastreams('${id}')/Observations?$count=true&$filter=${q(day)}`);
    expect(pinned['@iot.count']).toBe(path['@iot.count']);
    expect(pinned['@iot.count']).toBeGreaterThan(1000);
    expect(pinned.value).toEqual(path.value);
  });

  it('reads the largest window of every Observation the budget allows while /api/health stays prompt', async () => {
    const hours = `phenomenonTime ge 2026-07-20T04:00:00Z and phenomenonTime lt 2026-07-20T06:00:00Z`;
    let done = false;
    const read = fetch(
      `${server.url}/sta/v1.1/Observations?seed=4242&$count=true&$top=1000&$orderby=${q('result desc')}&$filter=${q(hours)}`,
    ).then(async (res) => {
      const body = (await res.json()) as Json;
      done = true;
      return { status: res.status, body };
    });
    const health = await pollHealth(server.url, () => done, 5);
    const { status, body } = await read;
    expect(status).toBe(200);
    expect(body['@iot.count']).toBeGreaterThan(20_000);
    expect(body.value as Json[]).toHaveLength(1000);
    // Order of magnitude above a healthy loop, below one held by a whole answer (see event-loop.test.ts).
    expect([...health].sort((a, b) => a - b)[Math.floor(health.length * 0.99)]).toBeLessThan(200);
  }, 120_000);

  it('shows in docs/api.md the numbers this server answers to its examples (a staffer checks a setup against them)', async () => {
    const docs = readFileSync(new URL('../../docs/api.md', import.meta.url), 'utf8');
    const weather = await getJson(`${server.url}/api/weather/hourly?city=columbus&date=2026-07-15`);
    const midnight = (weather.hours as Json[])[0] as Json;
    expect(docs).toContain(`"localHour":0,"temperatureC":${midnight.temperatureC}}`);
    const rest = await getJson(
      `${server.url}/api/air/readings?station=linden-park-bench&metric=pm25UgM3&from=2026-07-15T18:00:00Z&to=2026-07-15T18:02:00Z`,
    );
    expect(docs).toContain(`"value":${JSON.stringify((rest.series as Json[])[0]?.value)}}`);
    const hour = q('phenomenonTime ge 2026-07-15T18:00:00Z and phenomenonTime lt 2026-07-15T19:00:00Z');
    const page = await getJson(`${server.url}/sta/v1.1/Datastreams('air:linden-park-bench:pm25UgM3')/Observations?$top=2&$filter=${hour}`);
    const [first, second] = page.value as Json[];
    expect(docs).toContain(`"phenomenonTime":"2026-07-15T18:00:00.000Z","result":${first?.result},`);
    expect(docs).toContain(`"result":${second?.result}, …}]}`);
    const thing = await getJson(`${server.url}/sta/v1.1/Things('air:linden-park-bench')`);
    expect(docs).toContain(`"description":${JSON.stringify(thing.description)}`);
  });

  it('answers an allowed origin with CORS headers and another with none, as /api does', async () => {
    for (const path of ['/sta/v1.1/Things?$top=1', '/api/cities']) {
      const allowed = await fetch(`${server.url}${path}`, { headers: { origin: ALLOWED } });
      expect(allowed.headers.get('access-control-allow-origin'), path).toBe(ALLOWED);
      const other = await fetch(`${server.url}${path}`, { headers: { origin: 'https://elsewhere.test' } });
      expect(other.headers.get('access-control-allow-origin'), path).toBeNull();
    }
  });
});
