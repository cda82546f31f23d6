/**
 * The meter program at its real scale (issue 12: 110,000 meters), each figure beside a cost measured
 * in the same run:
 * - a day of every meter through the per-meter engine (every read as the API would serve it) and
 *   the same day summed by feeder and class (the load kernel), against the floor loop's time for the
 *   same number of 4-value intervals; target < 0.5 s on one core;
 * - a week's city chart (load by class, 15-minute) in process: cold on a fresh service (target
 *   < 2 s) and warm, windows sliding by 15 minutes (p99), against the floor loop's week; these
 *   in-process figures run bundled in a process of their own (meters-in-process.ts, bundled.ts);
 * - over HTTP against the built server (`pnpm build` first; engine threads, as deployed): the week
 *   chart cold, then warm at 10 connections (p99, target < 50 ms, the chart-query target), against
 *   the p99 of the server suite's chart query (24 h of 1-minute PM2.5, sliding) in the same run; the
 *   server's RSS after it (target < 400 MB), against its idle RSS.
 */
import { DAY_MS, INTERVAL_MS, utcFromLocal } from '@sandbox/shared';
import { loadCity } from '../../support/city';
import { rssMb } from '../../support/scenario-load';
import { startServer } from '../../support/server';
import { runBundled } from '../bundled';
import { recorder, round, shown } from '../record';
import type { BenchRecord, BenchSuite } from '../types';
import { run, slidingChartPath } from './server';

const weekQuery = (fromMs: number) =>
  `groupBy=class&resolution=15m&from=${new Date(fromMs).toISOString()}&to=${new Date(fromMs + 7 * DAY_MS).toISOString()}`;

export const metersSuite: BenchSuite = {
  name: 'meters',
  description: 'the 110,000-meter program: a day of every meter, a week city chart cold and warm (in process and over HTTP), server RSS',
  async run() {
    const record = recorder('meters');
    // In process, bundled as the engine threads run it (meters-in-process.ts), in a process of its own.
    const local = await runBundled<{
      meters: number;
      floorS: number;
      perMeterS: number;
      summedS: number;
      coldMs: number;
      warmP99: number;
    }>('meters-in-process.ts');
    const { floorS, coldMs, warmP99 } = local;
    const perMeter = local.perMeterS;
    const summed = local.summedS;
    const meters = local.meters.toLocaleString('en-US');
    console.info(
      `  a day of ${meters} meters: ${perMeter.toFixed(2)} s per meter, ${summed.toFixed(2)} s summed (floor ${floorS.toFixed(2)} s)`,
    );
    console.info(`  week chart in process: cold ${coldMs.toFixed(0)} ms, warm p99 ${warmP99.toFixed(1)} ms`);
    const city = loadCity();
    const weekFrom = utcFromLocal(city.timezone, 2026, 7, 8);

    // Over HTTP, engine threads as deployed.
    const server = await startServer({ RATE_LIMIT_PER_MINUTE: '0', LOG_LEVEL: 'error' });
    const { url } = server;
    const pid = server.process.pid as number;
    let http: { coldMs: number; p99: number; airP99: number; rps: number; rssMb: number; idleRssMb: number };
    try {
      await new Promise((resolve) => setTimeout(resolve, 2000)); // the threads' warm-up after start
      const idleRssMb = rssMb(pid);
      const base = { connections: 10, duration: 8 };
      const airPath = slidingChartPath();
      const air = () => [{ setupRequest: (req: object) => ({ ...req, path: airPath() }) }];
      await run({ url, ...base, duration: 2, requests: air() });
      const airChart = await run({ url, ...base, requests: air() });
      const t0 = performance.now();
      const first = await fetch(`${url}/api/energy/summary?${weekQuery(weekFrom)}`);
      if (!first.ok) throw new Error(`week chart: ${first.status}`);
      await first.text();
      const cold = performance.now() - t0;
      await (await fetch(`${url}/api/energy/summary?${weekQuery(weekFrom + 2 * DAY_MS)}`)).text();
      let i = 0;
      const path = () => `/api/energy/summary?${weekQuery(weekFrom + (i++ % 192) * INTERVAL_MS)}`;
      await run({ url, ...base, duration: 2, requests: [{ setupRequest: (req) => ({ ...req, path: path() }) }] });
      const chart = await run({ url, ...base, requests: [{ setupRequest: (req) => ({ ...req, path: path() }) }] });
      if (chart.non2xx > 0 || chart.errors > 0) throw new Error(`week chart: ${chart.non2xx} non-2xx, ${chart.errors} errors`);
      http = {
        coldMs: cold,
        p99: chart.latency.p99,
        airP99: airChart.latency.p99,
        rps: chart.requests.average,
        rssMb: rssMb(pid),
        idleRssMb,
      };
    } finally {
      await server.stop();
    }
    console.info(`  week chart over HTTP: cold ${http.coldMs.toFixed(0)} ms, warm p99 ${http.p99} ms; RSS ${http.rssMb.toFixed(0)} MB`);

    const floorWeekMs = 7 * floorS * 1000;
    const vs = (value: number, baseline: number) => ({ baseline: round(baseline, 2), ratio: round(value / baseline, 2) });
    return [
      record({
        name: 'meters.program-day.per-meter-s',
        label: `Day of all ${meters} meters, every read (per-meter engine), one core (baseline: floor loop, same intervals)`,
        value: round(perMeter, 3),
        unit: 's',
        ...vs(perMeter, floorS),
        target: '< 0.5',
        met: perMeter < 0.5,
      }),
      record({
        name: 'meters.program-day.summed-s',
        label: `Day of all ${meters} meters summed by feeder and class (load kernel) (baseline: floor loop)`,
        value: round(summed, 3),
        unit: 's',
        ...vs(summed, floorS),
        target: '< 0.5',
        met: summed < 0.5,
      }),
      record({
        name: 'meters.week-chart.cold-ms',
        label: 'Week city chart (load by class, 15-min), fresh service, in process (baseline: floor loop, a week of intervals)',
        value: round(coldMs, 0),
        unit: 'ms',
        ...vs(coldMs, floorWeekMs),
        target: '< 2000',
        met: coldMs < 2000,
      }),
      record({
        name: 'meters.week-chart.warm-p99-ms',
        label: 'Week city chart, warm, sliding by 15 min, in process: p99 (baseline: cold)',
        value: round(warmP99, 1),
        unit: 'ms',
        ...vs(warmP99, coldMs),
        target: '< 50',
        met: warmP99 < 50,
      }),
      record({
        name: 'meters.week-chart.http-cold-ms',
        label: 'Week city chart over HTTP, cold (engine thread) (baseline: in process)',
        value: round(http.coldMs, 0),
        unit: 'ms',
        ...vs(http.coldMs, coldMs),
        target: '< 2000',
        met: http.coldMs < 2000,
      }),
      record({
        name: 'meters.week-chart.http-p99-ms',
        label: 'Week city chart over HTTP, warm, sliding, 10 conns: p99 (baseline: the air chart query p99, same run)',
        value: http.p99,
        unit: 'ms',
        ...vs(http.p99, Math.max(1, http.airP99)),
        target: '< 50',
        met: http.p99 < 50,
      }),
      record(shown('meters.week-chart.http-rps', 'Week city chart over HTTP, warm: throughput (same run)', Math.round(http.rps), 'req/s')),
      record({
        name: 'meters.server-rss-mb',
        label: `Server RSS with ${meters} meters after the week charts, engine threads included (baseline: idle)`,
        value: round(http.rssMb, 0),
        unit: 'MB',
        ...vs(http.rssMb, http.idleRssMb),
        target: '< 400',
        met: http.rssMb < 400,
      }),
    ] satisfies BenchRecord[];
  },
};
