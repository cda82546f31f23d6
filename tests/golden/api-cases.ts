/**
 * Representative API answers through the server's test app (`app.inject`) on the real data folder:
 * every route's documented example from the contract (the JSON routes whole; each download format's
 * row count, first rows and digest), a few what-if variants, the snapshot, a live-stream frame and the
 * OpenAPI document.
 */
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { contract, exampleUrl, type RouteContract } from '@sandbox/shared';
import { buildTestApp } from '../../server/src/test/build-test-app';
import type { GoldenCase } from './engine-cases';
import { glimpse } from './golden-book';

type App = Awaited<ReturnType<typeof buildTestApp>>;

const REPO_DATA = fileURLToPath(new URL('../../data/', import.meta.url));

/** The test app on the repository's own data folder (Columbus), answers computed in process. */
export function buildGoldenApp(): Promise<App> {
  return buildTestApp({ DATA_DIR: REPO_DATA, RATE_LIMIT_PER_MINUTE: '0' });
}

const HEAT_WAVE = 'heatWave=2026-07-14T04:00:00Z/2026-07-17T04:00:00Z&heatWaveDeltaC=8';
const FAULTS = `faults=${encodeURIComponent(
  JSON.stringify([
    { kind: 'stuck', stationId: 'linden-park-bench', metric: 'pm25', from: '2026-07-15T16:00:00Z', to: '2026-07-15T22:00:00Z' },
    { kind: 'feeder-outage', feederId: 'northland-f1', from: '2026-07-15T18:00:00Z', to: '2026-07-15T19:00:00Z' },
  ]),
)}`;

/** JSON answers beyond the documented examples: what-if scenarios and other shapes of the same routes. */
const VARIANTS: Record<string, string> = {
  'air-aqi/heat-wave': `/api/air/aqi?at=2026-07-15T20:00:00Z&${HEAT_WAVE}`,
  'air-readings/faults': `/api/air/readings?station=linden-park-bench&from=2026-07-15T16:00:00Z&to=2026-07-15T22:00:00Z&resolution=1m&metric=pm25UgM3&${FAULTS}`,
  'air-readings/thinned-day': `/api/air/readings?station=morse-karl-roadside&from=2026-07-15T04:00:00Z&to=2026-07-16T04:00:00Z&resolution=1m&metric=pm25UgM3,ozonePpb,no2Ppb&maxPoints=200`,
  'air-daily/strong-heat-wave': `/api/air/daily?station=morse-stelzer-roadside&from=2026-07-13&to=2026-07-20&asOf=2026-07-21T04:00:00Z&heatWave=2026-07-14T04:00:00Z/2026-07-18T04:00:00Z&heatWaveDeltaC=15`,
  // Two scenarios that differ only in the inversion's intensity: each must get its own answer (cache keys).
  'air-hourly/inversion-0.3': `/api/air/hourly?station=linden-park-bench&from=2026-07-15T04:00:00Z&to=2026-07-16T04:00:00Z&inversion=2026-07-15T04:00:00Z/2026-07-15T16:00:00Z&inversionIntensity=0.3`,
  'air-hourly/inversion-0.9': `/api/air/hourly?station=linden-park-bench&from=2026-07-15T04:00:00Z&to=2026-07-16T04:00:00Z&inversion=2026-07-15T04:00:00Z/2026-07-15T16:00:00Z&inversionIntensity=0.9`,
  'energy-readings/thinned-year': `/api/energy/readings?meter=northland-res-00002&from=2026-01-01T05:00:00Z&to=2027-01-01T05:00:00Z&maxPoints=300`,
  'air-hourly/smoke': `/api/air/hourly?station=linden-park-bench&from=2026-07-15T04:00:00Z&to=2026-07-16T04:00:00Z&smoke=2026-07-15T10:00:00Z/2026-07-16T10:00:00Z&smokeIntensity=0.8`,
  'energy-summary/heat-wave-districts': `/api/energy/summary?groupBy=district&from=2026-07-15T04:00:00Z&to=2026-07-16T04:00:00Z&resolution=1h&${HEAT_WAVE}`,
  'energy-summary/faults-feeders': `/api/energy/summary?groupBy=feeder&from=2026-07-15T16:00:00Z&to=2026-07-15T22:00:00Z&resolution=15m&${FAULTS}`,
  'mobility-segments/retimed': `/api/mobility/segments?corridor=morse-rd&from=2026-07-15T20:00:00Z&to=2026-07-15T23:00:00Z&resolution=5m&signalRetiming=true&transitSignalPriority=true`,
  'mobility-corridor-flow/all': `/api/mobility/corridor-flow?from=2026-07-15T04:00:00Z&to=2026-07-16T04:00:00Z&resolution=1h`,
  'mobility-vehicles/all-at-peak': '/api/mobility/vehicles?at=2026-07-15T21:30:00Z',
  'mobility-events/day': '/api/mobility/events?from=2026-07-15T04:00:00Z&to=2026-07-16T04:00:00Z&limit=500',
  'snapshot/all-topics-heat-wave': `/api/snapshot?at=2026-07-15T21:30:00Z&${HEAT_WAVE}`,
  // Answers 400 today (the weather route takes no scenario): issue 11 makes it follow the heat wave.
  'weather-hourly/heat-wave': `/api/weather/hourly?date=2026-07-15&${HEAT_WAVE}`,
};

/** A JSON answer: its status and body (health keeps only what does not change by the second). */
async function json(app: App, url: string) {
  const res = await app.inject(url);
  const body = res.json() as Record<string, unknown>;
  if (url.startsWith('/api/health')) return { status: res.statusCode, body: { status: body.status, fields: Object.keys(body).sort() } };
  return { status: res.statusCode, body };
}

/** A download: its status, type, file name, row count, first rows and (through the digest) every byte. */
async function download(app: App, url: string) {
  const res = await app.inject(url);
  const lines = res.body.split(/\r?\n/);
  return {
    status: res.statusCode,
    type: res.headers['content-type'],
    disposition: res.headers['content-disposition'],
    lines: lines.length - 1,
    first: lines.slice(0, 3),
    body: res.body,
  };
}

/** The first frame of a live stream over real HTTP: deterministic for a given start, speed and interval. */
async function firstFrame(app: App, query: string) {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  const controller = new AbortController();
  const res = await fetch(`http://127.0.0.1:${port}/api/stream?${query}`, { signal: controller.signal });
  const reader = (res.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let text = '';
  while (!/event: frame\ndata: .*\n\n/.test(text)) {
    const { value, done } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
  }
  controller.abort();
  const block = /id: (.*)\nevent: frame\ndata: (.*)\n\n/.exec(text);
  return { status: res.status, id: block?.[1], frame: JSON.parse(block?.[2] ?? 'null') };
}

/** The OpenAPI document, but the health example's live figures (uptime, memory) written as placeholders. */
function withoutLiveHealth(doc: { paths: Record<string, unknown> }) {
  const text = JSON.stringify(doc.paths['/api/health']).replace(/"(uptimeS|rssMb)":[\d.]+/g, '"$1":"live"');
  return { ...doc, paths: { ...doc.paths, '/api/health': JSON.parse(text) } };
}

const routeName = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

export function apiCases(app: () => App): GoldenCase[] {
  const cases: GoldenCase[] = [];
  for (const [name, route] of Object.entries(contract) as [string, RouteContract][]) {
    if (route.kind === 'sse') continue;
    if (route.kind === 'download') {
      for (const format of Object.keys(route.produces ?? {})) {
        const params = route.example.params ? { ...route.example.params, format } : undefined;
        const url = exampleUrl({ ...route, example: { ...route.example, ...(params ? { params } : {}) } });
        cases.push({
          name: `api/${routeName(name)}/example.${format}`,
          value: () => download(app(), url),
          head: (v: Awaited<ReturnType<typeof download>>) => ({ ...v, body: undefined, first: v.first.map((line) => glimpse(line)) }),
        });
      }
    } else {
      cases.push({ name: `api/${routeName(name)}/example`, value: () => json(app(), exampleUrl(route)) });
    }
  }
  for (const [name, url] of Object.entries(VARIANTS)) cases.push({ name: `api/${name}`, value: () => json(app(), url) });
  cases.push({
    name: 'api/stream/first-frame',
    value: () => firstFrame(app(), 'start=2026-07-15T21:30:00Z&speed=60&intervalMs=1000&topics=air,energy,mobility'),
  });
  cases.push({
    name: 'api/openapi-document',
    value: async () => withoutLiveHealth((await app().inject('/api/openapi.json')).json()),
    head: (doc: { info: unknown; paths: Record<string, unknown> }) => ({ info: doc.info, paths: Object.keys(doc.paths).length }),
  });
  return cases;
}
