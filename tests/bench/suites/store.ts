/**
 * The store under load, SQLite and PostgreSQL side by side: saves per second and their p99 latency
 * with 50 concurrent clients (autocannon, each save a different scenario, so each makes its own
 * share link), against the real app in its own process. Each backend's server is measured against
 * its own hello-world route in the same run (the floor: HTTP, plugins, no store; the baseline column). PostgreSQL is a
 * throw-away Debian PostgreSQL started for the run with its durable defaults (fsync, synchronous
 * commit); SQLite is the embedded default (WAL, synchronous NORMAL; decision 110).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type autocannon from 'autocannon';
import { postgresUnavailable, startPostgres } from '../../../server/src/store/test/postgres-instance';
import { recorder, round } from '../record';
import type { BenchRecord, BenchSuite } from '../types';
import { run, startBenchServer } from './server';

const CONNECTIONS = 50;
const DURATION_S = 8;

/** A save body; the seed makes every scenario (and so its share link) different. */
const saveBody = (i: number) =>
  JSON.stringify({
    name: `bench save ${i}`,
    notes: 'autocannon',
    scenario: { city: 'columbus', seed: i, levers: { evShare: 0.4 } },
    view: { page: '/air', t: '2026-07-15T21:00:00Z' },
  });

interface Measured {
  hello: autocannon.Result;
  saves: autocannon.Result;
}

async function measure(env: Record<string, string>): Promise<Measured> {
  const { url, child } = await startBenchServer({ ENGINE_WORKERS: '0', ...env });
  try {
    const base = { url, connections: CONNECTIONS };
    let i = 0;
    const saves = {
      ...base,
      requests: [
        {
          method: 'POST' as const,
          headers: { 'content-type': 'application/json' },
          setupRequest: (req: autocannon.Request) => ({ ...req, path: '/api/scenarios', body: saveBody(i++) }),
        },
      ],
    };
    // Warm up: JIT, the pool's connections, the first pages of the file or table.
    await run({ ...base, url: `${url}/__bench/hello`, duration: 2 });
    await run({ ...saves, duration: 2 });
    const hello = await run({ ...base, url: `${url}/__bench/hello`, duration: DURATION_S });
    const result = await run({ ...saves, duration: DURATION_S });
    for (const [name, r] of [
      ['hello', hello],
      ['saves', result],
    ] as const)
      if (r.non2xx > 0 || r.errors > 0) throw new Error(`${name}: ${r.non2xx} non-2xx, ${r.errors} errors`);
    return { hello, saves: result };
  } finally {
    child.kill('SIGTERM');
  }
}

function figures(backend: 'sqlite' | 'postgres', label: string, { hello, saves }: Measured): BenchRecord[] {
  const record = recorder('store');
  const helloRps = hello.requests.average;
  return [
    record({
      name: `store.${backend}.saves-per-s`,
      label: `POST /api/scenarios on ${label}, ${CONNECTIONS} concurrent clients`,
      value: Math.round(saves.requests.average),
      unit: 'saves/s',
      baseline: Math.round(helloRps),
      ratio: round(saves.requests.average / helloRps, 3),
      target: '—',
      met: null,
    }),
    record({
      name: `store.${backend}.save.p99-ms`,
      label: `Save latency p99 on ${label}, ${CONNECTIONS} concurrent clients`,
      value: saves.latency.p99,
      unit: 'ms',
      baseline: hello.latency.p99,
      ratio: round(saves.latency.p99 / Math.max(1, hello.latency.p99)),
      target: '—',
      met: null,
    }),
  ];
}

export const storeSuite: BenchSuite = {
  name: 'store',
  description: `saved-scenario saves, SQLite and PostgreSQL, autocannon, ${CONNECTIONS} connections × ${DURATION_S} s`,
  async run() {
    const records = figures('sqlite', 'SQLite', await measure({ STATE_DIR: mkdtempSync(join(tmpdir(), 'bench-state-')) }));
    const unavailable = postgresUnavailable();
    if (unavailable) {
      console.warn(`store: PostgreSQL skipped: ${unavailable}`);
      return records;
    }
    const postgres = await startPostgres({ durable: true });
    try {
      records.push(...figures('postgres', 'PostgreSQL 15', await measure({ DATABASE_URL: await postgres.freshDatabase() })));
    } finally {
      await postgres.stop();
    }
    return records;
  },
};
