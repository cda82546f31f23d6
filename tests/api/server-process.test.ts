import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ApiErrorSchema,
  CitySchema,
  CitySummarySchema,
  contract,
  HealthSchema,
  HourlyWeatherSchema,
  PolicySchema,
  type RouteContract,
} from '@sandbox/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, repoRoot, runServerToExit, startServer } from '../support/server';

describe('the built server over real HTTP', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('answers GET /api/health', async () => {
    const res = await fetch(`${server.url}/api/health`);
    expect(res.status).toBe(200);
    expect(HealthSchema.parse(await res.json()).status).toBe('ok');
  });

  it('serves Columbus from data/ with its stations, corridors and meters, among the bundled cities', async () => {
    const summaries = CitySummarySchema.array().parse(await (await fetch(`${server.url}/api/cities`)).json());
    expect(summaries.map((c) => c.id)).toEqual(['austin', 'columbus', 'pittsburgh']);
    const city = CitySchema.parse(await (await fetch(`${server.url}/api/cities/columbus`)).json());
    expect(city.corridors.map((c) => c.id).sort()).toEqual(['alum-creek-dr', 'cleveland-ave', 'high-st', 'morse-rd']);
    expect(city.stations.length).toBeGreaterThanOrEqual(8);
    expect(city.stations.length).toBeLessThanOrEqual(12);
    expect(city.districts.map((d) => d.name)).toEqual(expect.arrayContaining(['Linden', 'Downtown', 'Short North', 'Easton']));
  });

  it('serves the weather driver for a day', async () => {
    const res = await fetch(`${server.url}/api/weather/hourly?city=columbus&date=2026-07-15`);
    expect(HourlyWeatherSchema.parse(await res.json()).hours).toHaveLength(24);
  });

  it('serves the policy context in English and Korean, and names `lang` when it is unknown', async () => {
    const en = PolicySchema.parse(await (await fetch(`${server.url}/api/policy`)).json());
    const ko = PolicySchema.parse(await (await fetch(`${server.url}/api/policy?lang=ko`)).json());
    expect(en.lang).toBe('en');
    expect(ko.timeline.map((e) => e.id)).toEqual(en.timeline.map((e) => e.id));
    expect(ko.agencies.find((a) => a.id === 'dot')?.name).toBe('교통부');
    const bad = await fetch(`${server.url}/api/policy?lang=de`);
    expect(bad.status).toBe(400);
    expect(ApiErrorSchema.parse(await bad.json()).message).toContain('"lang"');
  });

  it('answers unknown API paths with JSON 404 naming the path, and client routes with the app', async () => {
    const missing = await fetch(`${server.url}/api/not-here`);
    expect(missing.status).toBe(404);
    expect(ApiErrorSchema.parse(await missing.json()).message).toContain('/api/not-here');
    const page = await fetch(`${server.url}/energy`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
  });

  it('documents every contract route in OpenAPI with an example request and its real answer', async () => {
    const spec = await (await fetch(`${server.url}/api/openapi.json`)).json();
    for (const route of Object.values(contract) as RouteContract[]) {
      const operation = spec.paths[route.path.replace(/:([A-Za-z]+)/g, '{$1}')]?.get;
      expect(operation, route.path).toBeDefined();
      if (route.kind === 'download') {
        // A download is documented per media type, each with its real first lines; NDJSON with its
        // first line as the record its schema describes (decision 070).
        const media = Object.keys(route.produces ?? {}).map((format) => route.produces?.[format]?.split(';')[0] ?? '');
        for (const type of media) {
          const example = operation.responses['200'].content[type]?.example;
          expect(example, `${route.path} ${type}`).toBeTypeOf(type === 'application/x-ndjson' ? 'object' : 'string');
        }
      } else if (route.kind !== 'sse') expect(operation.responses['200'].content['application/json'].example, route.path).toBeDefined();
    }
    const docs = await fetch(`${server.url}/api/docs/`);
    expect(docs.status).toBe(200);
    // The first /api/openapi.json computes every example's real answer (the Lab's two-seed comparison,
    // a day of the program's 110,000 meters, …): 10–15 s on a quiet 2-core machine, over 30 s under load.
  }, 90_000);

  it('prints a short banner with the local address and the API docs, then stays quiet while requests succeed', async () => {
    const own = await startServer({ LOG_LEVEL: 'info' });
    for (let i = 0; i < 3; i++) await fetch(`${own.url}/api/cities`);
    await fetch(`${own.url}/api/no-such-route`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const output = own.output();
    const port = new URL(own.url).port;
    expect(output).toContain(`Local:     http://localhost:${port}/`);
    expect(output).toContain(`API docs:  http://localhost:${port}/api/docs`);
    expect(output).not.toContain('/api/cities');
    expect(output).toMatch(/WARN: GET \/api\/no-such-route → 404/);
    expect(output).not.toMatch(/^\{/m);
    await own.stop();
  });

  it('logs JSON lines (every request) with LOG_FORMAT=json, the addresses in the ready line', async () => {
    const own = await startServer({ LOG_LEVEL: 'info', LOG_FORMAT: 'json' });
    await fetch(`${own.url}/api/cities`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const records = own
      .output()
      .trim()
      .split('\n')
      // Node's own warnings (stderr) are not the logger's.
      .filter((line) => !line.startsWith('(node:'))
      .map((line) => JSON.parse(line) as { msg: string; local?: string; req?: { url: string } });
    expect(records.find((r) => r.msg.includes('is ready'))?.local).toBe(`http://localhost:${new URL(own.url).port}/`);
    expect(records.some((r) => r.req?.url === '/api/cities')).toBe(true);
    await own.stop();
  });

  it('shuts down cleanly on SIGTERM', async () => {
    const own = await startServer();
    expect(await own.stop()).toBe(0);
  });

  it('shuts down cleanly on SIGTERM while an export is streaming, cutting it short (not by the force-exit timer, which exits 1)', async () => {
    const own = await startServer({ LOG_LEVEL: 'info' });
    const controller = new AbortController();
    // 30 days of every station's minutes: far more than the socket buffers, and we stop reading.
    const res = await fetch(`${own.url}/api/export/air.csv?from=2026-06-01T04:00:00Z&to=2026-07-01T04:00:00Z`, {
      signal: controller.signal,
    });
    expect(res.status).toBe(200);
    await res.body?.getReader().read();
    const code = await own.stop();
    controller.abort();
    expect(code).toBe(0);
    expect(own.output()).toContain('1 running export cut short');
  });
});

describe('the server refuses bad settings and bad data', () => {
  it('exits non-zero with one line naming PORT when PORT=abc', async () => {
    const { code, output } = await runServerToExit({ PORT: 'abc' });
    expect(code).not.toBe(0);
    const lines = output.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('PORT="abc"');
  });

  it.each([
    ['256.1.1.1', 'must be an IP address'],
    ['10.254.254.254', 'not an address of this machine'],
  ])('exits non-zero with one line naming HOST when HOST=%s', async (host, reason) => {
    const { code, output } = await runServerToExit({ HOST: host, PORT: '0' });
    expect(code).not.toBe(0);
    const lines = output.trim().split('\n');
    expect(lines, output).toHaveLength(1);
    expect(lines[0]).toContain(`HOST="${host}"`);
    expect(lines[0]).toContain(reason);
  });

  it.each([
    [
      'a bad city file',
      'cities/columbus/city.json',
      (city: { stations: object[] }) => Object.assign(city.stations[2] ?? {}, { location: [-83, 123] }),
      'field "stations[2].location[1]"',
    ],
    [
      'a policy event citing an unknown source',
      'policy/timeline.json',
      (timeline: object[]) => Object.assign(timeline[1] ?? {}, { sources: ['no-such-source'] }),
      'field "[1].sources[0]": unknown source "no-such-source"',
    ],
  ] as const)('refuses to start on %s, naming the file and the field', async (_, file, edit, names) => {
    // A copy of data/ with the one file broken.
    const dataDir = mkdtempSync(join(tmpdir(), 'sandbox-bad-data-'));
    cpSync(join(repoRoot, 'data'), dataDir, { recursive: true });
    const path = join(dataDir, file);
    const json = JSON.parse(readFileSync(path, 'utf8'));
    edit(json);
    writeFileSync(path, JSON.stringify(json));
    const { code, output } = await runServerToExit({ DATA_DIR: dataDir, PORT: '0' });
    expect(code).not.toBe(0);
    // The absolute path: the reader may not know the server's working directory.
    expect(output).toContain(path);
    expect(output).toContain(names);
  });

  it('lists every setting with --help', async () => {
    const { code, output } = await runServerToExit({}, ['--help']);
    expect(code).toBe(0);
    for (const key of ['PORT', 'HOST', 'LOG_LEVEL', 'DATA_DIR', 'WEB_DIST']) expect(output).toContain(key);
  });
});
