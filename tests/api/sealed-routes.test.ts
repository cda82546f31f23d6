/**
 * Student mode over real HTTP: every route of the contract that simulates, called with a student's
 * sealed scenario (a class scenario carrying a bench dropout and a lever), answers the same values
 * as the same scenario spelled out, and no answer to the sealed request contains the fault's
 * definition, its kind or the instants of its window. The ground-truth download is refused.
 */
import {
  ApiErrorSchema,
  contract,
  MINUTE_MS,
  pathFor,
  type RouteContract,
  ScenarioSchema,
  scenarioQueryShape,
  scenarioToQuery,
  studentSeed,
  takesSealed,
} from '@sandbox/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../support/server';
import { readEvents } from '../support/sse';

let server: RunningServer;
let sealed = '';
let explicit: Record<string, string> = {};

const DROPOUT = { kind: 'dropout', stationId: 'linden-park-bench', from: '2026-07-15T14:07:13Z', to: '2026-07-15T17:41:29Z' } as const;
/** What must never reach a student: the fault's kind and the odd seconds of its window (no reading falls on them). */
const SECRETS = ['dropout', '14:07:13', '17:41:29', '"faults"', 'faults='];
const SCENARIO_KEYS = new Set(Object.keys(scenarioQueryShape));

beforeAll(async () => {
  server = await startServer({ RATE_LIMIT_PER_MINUTE: '0' });
  const scenario = { city: 'columbus', seed: 5, levers: { evShare: 0.4 }, faults: [DROPOUT] };
  const created = await fetch(`${server.url}/api/classes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Sealed walk', scenario }),
  });
  const { code } = (await created.json()) as { code: string };
  const seat = await fetch(`${server.url}/api/classes/${code}/students`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ student: 'Mina' }),
  });
  sealed = ((await seat.json()) as { sealed: string }).sealed;
  // The student's seed, as the server derives it, is the one thing the walk needs to spell the scenario out.
  explicit = scenarioToQuery(ScenarioSchema.parse({ ...scenario, seed: studentSeed(code, 'Mina') }));
}, MINUTE_MS);
afterAll(async () => {
  await server?.stop();
});

const routes = (Object.entries(contract) as [string, RouteContract][]).filter(([, route]) => takesSealed(route.query));

/** The route's example without its scenario, plus `scenario` (sealed or spelled out). */
function urlOf(route: RouteContract, scenario: Record<string, string>): string {
  const own = Object.entries(route.example.query ?? {}).filter(([key]) => !SCENARIO_KEYS.has(key));
  const extra: [string, string][] = route.kind === 'sse' ? [['frames', '2']] : [];
  const query = new URLSearchParams([...own.map(([k, v]) => [k, String(v)] as [string, string]), ...extra, ...Object.entries(scenario)]);
  return `${server.url}${pathFor(route.path, route.example.params)}?${query}`;
}

async function bodyOf(route: RouteContract, url: string): Promise<{ status: number; text: string }> {
  const res = await fetch(url);
  if (route.kind !== 'sse' || res.status !== 200) return { status: res.status, text: await res.text() };
  // The first frame is at `start` on any machine; later ones may be coalesced when the machine is busy.
  const [first] = (await readEvents(res, 2)).filter((event) => event.event === 'frame');
  if (!first) throw new Error(`no frame from ${url}`);
  return { status: res.status, text: first.data };
}

/** The Lab's answer without what a sealed answer leaves out (its baseline's echo and the lever explanations). */
function labFigures(text: string) {
  const card = JSON.parse(text) as { scenarios: { values: unknown; series: unknown }[]; comparisons: { kpis: { diff: unknown }[] }[] };
  return { values: card.scenarios.map((s) => [s.values, s.series]), diffs: card.comparisons.map((c) => c.kpis.map((k) => k.diff)) };
}

describe('every simulating route with a sealed scenario', () => {
  it('covers the simulating routes (each whose query takes a scenario)', () => {
    // The routes left out read no scenario: the service, the city files, the policy context and the road network.
    const without = Object.keys(contract).filter((name) => !routes.some(([taken]) => taken === name));
    expect(without).toEqual(['health', 'ready', 'cities', 'citySchema', 'city', 'basemap', 'policy', 'usStates', 'mobilityNetwork']);
  });

  it.each(routes)('%s: same values as the scenario spelled out, and none of its faults', async (name, route) => {
    const student = await bodyOf(route, urlOf(route, { sealed }));
    if (name === 'exportTruth') {
      expect(student.status).toBe(403);
      expect(ApiErrorSchema.parse(JSON.parse(student.text)).issues?.[0]?.path).toBe('sealed');
      return;
    }
    expect(student.status, student.text.slice(0, 300)).toBe(200);
    for (const secret of SECRETS) expect(student.text, `${name} shows ${secret}`).not.toContain(secret);
    const teacher = await bodyOf(route, urlOf(route, explicit));
    expect(teacher.status).toBe(200);
    if (name === 'labScorecard') {
      // The spelled-out answer echoes the faults (what the redaction removes), and the figures agree.
      expect(teacher.text).toContain('dropout');
      expect(labFigures(student.text)).toEqual(labFigures(teacher.text));
      expect(JSON.parse(student.text).scenarios[0].query).toEqual({ sealed });
    } else {
      expect(student.text).toBe(teacher.text);
    }
  });

  it('SensorThings answers a sealed scenario too, and its links repeat the token, never the faults', async () => {
    const path = `/sta/v1.1/Datastreams('air:linden-park-bench:pm25UgM3')/Observations?$top=5&$filter=${encodeURIComponent('phenomenonTime ge 2026-07-15T14:00:00Z')}`;
    const res = await fetch(`${server.url}${path}&sealed=${sealed}`);
    const text = await res.text();
    expect(res.status, text.slice(0, 300)).toBe(200);
    for (const secret of SECRETS) expect(text).not.toContain(secret);
    expect(text).toContain(`sealed=${sealed}`);
  });

  it('refuses a fault added to a sealed request, naming `faults`', async () => {
    const res = await fetch(`${server.url}/api/air/aqi?sealed=${sealed}&faults=${encodeURIComponent('[]')}`);
    expect(res.status).toBe(400);
    expect(ApiErrorSchema.parse(await res.json()).issues?.[0]?.path).toBe('faults');
  });
});
