/**
 * SensorThings (/sta/v1.1, decision 180) against the real app in its own process, as ratios to the
 * hello-world route of the same run:
 * - one Datastream's page of 100 Observations, sliding by an hour per request (a client paging a
 *   bench's history): throughput, for information;
 * - the largest read the observation budget allows (2 hours of every Datastream of Columbus, counted
 *   and sorted) while /api/health is polled: health p99 under 100 ms (the event loop stays free).
 */
import { HOUR_MS } from '@sandbox/shared/common/time';
import { pollHealth } from '../../support/scenario-load';
import { quantile, recorder, round, shown } from '../record';
import type { BenchSuite } from '../types';
import { run, startBenchServer } from './server';

const CONNECTIONS = 10;
const DURATION_S = 8;

/** A bench's hour of observations, a different hour per request. */
function slidingHourPath(): () => string {
  const start = Date.parse('2026-07-01T04:00:00Z');
  let i = 0;
  return () => {
    const from = new Date(start + (i++ % 720) * HOUR_MS).toISOString();
    const to = new Date(Date.parse(from) + HOUR_MS).toISOString();
    const filter = encodeURIComponent(`phenomenonTime ge ${from} and phenomenonTime lt ${to}`);
    return `/sta/v1.1/Datastreams('air:linden-park-bench:pm25UgM3')/Observations?$filter=${filter}`;
  };
}

export const staSuite: BenchSuite = {
  name: 'sta',
  description: `SensorThings API: paging one Datastream (autocannon, ${CONNECTIONS} connections × ${DURATION_S} s), the largest Observations read`,
  async run() {
    const { url, child } = await startBenchServer({ RATE_LIMIT_PER_MINUTE: '0' });
    try {
      const base = { connections: CONNECTIONS, duration: DURATION_S };
      await run({ url: `${url}/__bench/hello`, ...base, duration: 2 });
      const hello = await run({ url: `${url}/__bench/hello`, ...base });
      const nextPath = slidingHourPath();
      const requests = [{ setupRequest: (req: object) => ({ ...req, path: nextPath() }) }];
      await run({ url, ...base, duration: 2, requests });
      const page = await run({ url, ...base, requests });
      if (page.non2xx > 0 || page.errors > 0) throw new Error(`sta page: ${page.non2xx} non-2xx, ${page.errors} errors`);

      const hours = encodeURIComponent('phenomenonTime ge 2026-07-20T04:00:00Z and phenomenonTime lt 2026-07-20T06:00:00Z');
      let done = false;
      const started = performance.now();
      const read = fetch(`${url}/sta/v1.1/Observations?$count=true&$top=1000&$orderby=result%20desc&$filter=${hours}`).then(async (res) => {
        await res.arrayBuffer();
        done = true;
        return { status: res.status, ms: performance.now() - started };
      });
      const health = await pollHealth(url, () => done, 5);
      const { status, ms } = await read;
      if (status !== 200) throw new Error(`largest read answered ${status}`);
      const healthP99 = quantile(health, 0.99);
      const record = recorder('sta');
      return [
        record(shown('sta.hello.rps', 'Hello-world route of the same server', Math.round(hello.requests.average), 'req/s')),
        record({
          name: 'sta.page.rps',
          label: "One Datastream's hour of Observations (60), sliding, 10 conns",
          value: Math.round(page.requests.average),
          unit: 'req/s',
          baseline: Math.round(hello.requests.average),
          ratio: round(page.requests.average / hello.requests.average, 3),
          target: '—',
          met: null,
        }),
        record(
          shown('sta.largest-read.ms', 'Every Observation of Columbus for 2 h (cold, counted, sorted, 1000 a page)', Math.round(ms), 'ms'),
        ),
        record({
          name: 'sta.largest-read.health-p99-ms',
          label: '/api/health p99 while that read runs',
          value: round(healthP99, 1),
          unit: 'ms',
          baseline: round(hello.latency.p99, 1),
          ratio: round(healthP99 / Math.max(1, hello.latency.p99), 2),
          target: '< 100',
          met: healthP99 < 100,
        }),
      ];
    } finally {
      child.kill('SIGTERM');
    }
  },
};
