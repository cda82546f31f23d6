/**
 * HTTP figures with autocannon against the real app in its own process, each as a ratio to a
 * hello-world route of the same server measured in the same run:
 * - `GET /api/air/aqi` (all stations, now): throughput ≥ 50% of hello-world;
 * - a chart query (24 h of 1-minute PM2.5 for every station, maxPoints=500), sliding by a minute per
 *   request like a live chart: p99 latency under 50 ms at 10 connections.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { DAY_MS, MINUTE_MS } from '@sandbox/shared/common/time';
import autocannon from 'autocannon';
import { freePort } from '../../support/server';
import { recorder, shown } from '../record';
import type { BenchSuite } from '../types';

const CONNECTIONS = 10;
const DURATION_S = 8;

/** The real app plus the hello route (hello-server.ts) in its own process, with extra environment. */
export async function startBenchServer(env: Record<string, string> = {}): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', new URL('../hello-server.ts', import.meta.url).pathname], {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) return { url, child };
    } catch {
      // starting
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill();
  throw new Error('bench server did not start');
}

export function run(options: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

/** 24 h of minutes, sliding by one minute per request from a fixed start. */
export function slidingChartPath(): () => string {
  const start = Date.parse('2026-07-15T04:00:00Z');
  let i = 0;
  return () => {
    const from = new Date(start + (i++ % 2880) * MINUTE_MS).toISOString();
    const to = new Date(Date.parse(from) + DAY_MS).toISOString();
    return `/api/air/readings?from=${from}&to=${to}&metric=pm25UgM3&resolution=1m&maxPoints=500`;
  };
}

export const serverSuite: BenchSuite = {
  name: 'server',
  description: `HTTP throughput and latency, autocannon, ${CONNECTIONS} connections × ${DURATION_S} s`,
  async run() {
    const { url, child } = await startBenchServer();
    try {
      const base = { connections: CONNECTIONS, duration: DURATION_S };
      // Warm up: JIT, caches of the default scenario, the first hour blocks.
      await run({ url: `${url}/__bench/hello`, ...base, duration: 2 });
      await run({ url: `${url}/api/air/aqi`, ...base, duration: 2 });
      const hello = await run({ url: `${url}/__bench/hello`, ...base });
      const aqi = await run({ url: `${url}/api/air/aqi`, ...base });
      const nextPath = slidingChartPath();
      await run({ url, ...base, duration: 2, requests: [{ setupRequest: (req) => ({ ...req, path: nextPath() }) }] });
      const chart = await run({ url, ...base, requests: [{ setupRequest: (req) => ({ ...req, path: nextPath() }) }] });
      for (const [name, result] of [
        ['hello', hello],
        ['aqi', aqi],
        ['chart', chart],
      ] as const) {
        if (result.non2xx > 0 || result.errors > 0) throw new Error(`${name}: ${result.non2xx} non-2xx, ${result.errors} errors`);
      }
      const helloRps = hello.requests.average;
      const aqiRatio = aqi.requests.average / helloRps;
      const p99 = chart.latency.p99;
      const record = recorder('server');
      return [
        record(shown('server.hello.rps', 'Hello-world route of the same server', Math.round(helloRps), 'req/s')),
        record({
          name: 'server.aqi.rps',
          label: 'GET /api/air/aqi (all stations, now)',
          value: Math.round(aqi.requests.average),
          unit: 'req/s',
          baseline: Math.round(helloRps),
          ratio: Math.round(aqiRatio * 100) / 100,
          target: '≥ 0.5 × hello',
          met: aqiRatio >= 0.5,
        }),
        record({
          name: 'server.chart.p99-ms',
          label: `Chart query p99 (24 h 1-min PM2.5, all stations, maxPoints=500, sliding), ${CONNECTIONS} conns`,
          value: p99,
          unit: 'ms',
          baseline: hello.latency.p99,
          ratio: Math.round((p99 / Math.max(1, hello.latency.p99)) * 100) / 100,
          target: '< 50',
          met: p99 < 50,
        }),
        record({
          name: 'server.chart.rps',
          label: 'Chart query throughput (same run)',
          value: Math.round(chart.requests.average),
          unit: 'req/s',
          baseline: Math.round(helloRps),
          ratio: Math.round((chart.requests.average / helloRps) * 1000) / 1000,
          target: '—',
          met: null,
        }),
      ];
    } finally {
      child.kill('SIGTERM');
    }
  },
};
