/**
 * Property-based fuzzing of every route's query string over real HTTP: thousands of random and
 * malformed queries, built from each route's own parameter names plus strangers, with values that
 * are valid, borderline or garbage. The server must never answer 5xx, and every 4xx must be the one
 * error shape naming what was wrong.
 */
import { ApiErrorSchema, contract, pathFor, type RouteContract } from '@sandbox/shared';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../support/server';

const RUNS = 2000;

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ RATE_LIMIT_PER_MINUTE: '0', MAX_STREAMS_PER_CLIENT: '1000' });
});
afterAll(async () => {
  await server?.stop();
});

const VALUES = [
  '',
  ' ',
  'columbus',
  'testville',
  'Columbus',
  '../../etc/passwd',
  '0',
  '1',
  '-1',
  '7',
  '0.5',
  '1.5',
  '1e309',
  'NaN',
  'Infinity',
  '4294967296',
  'true',
  'false',
  'yes',
  'null',
  '[]',
  '{}',
  '[{"kind":"stuck","stationId":"linden-park-bench","metric":"pm25","from":"2026-07-15T10:00:00Z","to":"2026-07-15T12:00:00Z"}]',
  '[{"kind":"meltdown"}]',
  '2026-07-15T04:00:00Z',
  '2026-07-15T06:00:00Z',
  '2026-07-15',
  '2026-13-45T99:99:99Z',
  '2026-07-15T04:00:00Z/2026-07-15T08:00:00Z',
  '2026-07-15T08:00:00Z/2026-07-15T04:00:00Z',
  'linden-park-bench',
  'linden-park-bench,nowhere',
  'northland-res-00001',
  'high-st',
  'high-st-nb-03',
  'pm25UgM3,ozonePpb',
  'speedMps,volume',
  'air,energy',
  '1m',
  '15m',
  '1h',
  'district',
  'class',
  '60',
  '3600',
  '250',
  '500',
  '%',
  '%00',
  '😀',
  'x'.repeat(3000),
  'a,,b,',
];
const STRANGERS = ['foo', 'city[]', '__proto__', 'constructor', 'seed.x', ''];

function queryKeys(route: RouteContract): string[] {
  const shape = (route.query as unknown as { shape?: Record<string, unknown> } | undefined)?.shape;
  return shape ? Object.keys(shape) : [];
}

const routes = Object.entries(contract) as [string, RouteContract][];

/** Path parameters: a city slug (`/api/cities/:city`) or a file format (`/api/export/air.:format`). */
function paramArbitraries(route: RouteContract): Record<string, fc.Arbitrary<string>> {
  const shape = (route.params as unknown as { shape?: Record<string, unknown> } | undefined)?.shape ?? {};
  const known: Record<string, string[]> = {
    city: ['columbus', 'atlantis', 'NOT A SLUG', '%2e%2e'],
    format: ['csv', 'ndjson', 'xml', 'CSV', 'csv.gz', ''],
  };
  return Object.fromEntries(
    Object.keys(shape).map((key) => [key, fc.oneof(fc.constantFrom(...(known[key] ?? ['x'])), fc.string({ maxLength: 8 }))]),
  );
}

const requestArbitrary = fc.constantFrom(...routes).chain(([name, route]) => {
  const keys = [...queryKeys(route), ...STRANGERS];
  const pair = fc.tuple(fc.constantFrom(...keys), fc.oneof(fc.constantFrom(...VALUES), fc.string({ maxLength: 12 })));
  const params = route.params ? fc.record(paramArbitraries(route)) : fc.constant({});
  return fc.tuple(fc.constant(name), params, fc.array(pair, { maxLength: 6 }));
});

function urlOf(route: RouteContract, params: Record<string, string>, pairs: [string, string][]): string {
  let path: string;
  try {
    path = pathFor(route.path, params);
  } catch {
    path = route.path;
  }
  const query = pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
  return `${server.url}${path}${query ? `?${query}` : ''}`;
}

describe('fuzzing every route', () => {
  it(`answers ${RUNS} random and malformed queries without a 5xx, in the one error shape`, async () => {
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(requestArbitrary, async ([name, params, pairs]) => {
        const route = contract[name as keyof typeof contract] as RouteContract;
        const url = urlOf(route, params, pairs);
        const controller = new AbortController();
        const res = await fetch(url, { signal: controller.signal });
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        if (res.headers.get('content-type')?.includes('text/event-stream')) {
          controller.abort();
          expect(res.status, `${name} ${url}`).toBe(200);
          return;
        }
        // A download may be long (a year of meters): its first bytes are enough, then hang up.
        if (res.headers.get('content-disposition')?.startsWith('attachment')) {
          expect(res.status, `${name} ${url}`).toBe(200);
          await res.body?.getReader().read();
          controller.abort();
          return;
        }
        const text = await res.text();
        expect(res.status, `${name} ${url}\n${text.slice(0, 300)}`).toBeLessThan(500);
        if (res.status >= 400) {
          const body = ApiErrorSchema.strict().parse(JSON.parse(text));
          expect(body.message.length, url).toBeGreaterThan(0);
          if (res.status === 400 && body.issues)
            expect(
              body.issues.every((issue) => issue.path.length > 0),
              `${url} ${text}`,
            ).toBe(true);
        }
      }),
      { numRuns: RUNS, seed: 20261128 },
    );
    // The fuzzer must reach the handlers too, not only the validators.
    expect(statuses.get(200) ?? 0).toBeGreaterThan(50);
    expect(statuses.get(400) ?? 0).toBeGreaterThan(500);
  }, 240_000);
});
