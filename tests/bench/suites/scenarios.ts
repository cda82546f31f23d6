/**
 * Many scenarios on one server (issue 10), against the built server in its own process:
 * - memory: the process RSS (engine threads included) after one scenario's day of every stream, the
 *   cost of each additional scenario while the budget still has room, and the RSS after thirty;
 * - isolation: /api/health p99 while a cold 7-day segment query runs, against idle health;
 * - queueing: chart-query p99 at 200 connections with the engine on the main thread ("before", the
 *   old architecture) and on its threads ("after"), same build, same run.
 */
import { DAY_MS, MINUTE_MS } from '@sandbox/shared/common/time';
import autocannon from 'autocannon';
import { healthDuringColdWeek, loadScenarioDay, pollHealth, rssMb } from '../../support/scenario-load';
import { type RunningServer, startServer } from '../../support/server';
import { quantile, recorder, round } from '../record';
import type { BenchSuite } from '../types';

const SCENARIOS = 30;
const BUDGET_MB = 1024;

/** p99 of health while a cold week of segment flow is computed, and p99 of health on its own. */
async function isolation(server: RunningServer): Promise<{ idleP99: number; busyP99: number; weekMs: number }> {
  const idle = await pollHealth(server.url, () => true, 40);
  const { health, weekMs } = await healthDuringColdWeek(server.url, 8888);
  return { idleP99: quantile(idle, 0.99), busyP99: quantile(health, 0.99), weekMs };
}

/** 200 connections asking 24 h chart windows that slide by a minute, over four scenarios. */
async function chartP99(url: string): Promise<{ p99: number; timeouts: number }> {
  const start = Date.parse('2026-07-15T04:00:00Z');
  let i = 0;
  const path = () => {
    const from = new Date(start + (i % 720) * MINUTE_MS).toISOString();
    const to = new Date(Date.parse(from) + DAY_MS).toISOString();
    return `/api/air/readings?seed=${(i++ % 4) + 1}&from=${from}&to=${to}&metric=pm25UgM3&resolution=1m&maxPoints=500`;
  };
  const result = await new Promise<autocannon.Result>((resolve, reject) =>
    autocannon({ url, connections: 200, duration: 10, requests: [{ setupRequest: (req) => ({ ...req, path: path() }) }] }, (error, r) =>
      error ? reject(error) : resolve(r),
    ),
  );
  // Requests that waited past autocannon's 10 s timeout are part of what is measured (queueing), not a failure of the bench.
  if (result.non2xx > 0) throw new Error(`chart: ${result.non2xx} non-2xx answers`);
  return { p99: result.latency.p99, timeouts: result.timeouts };
}

export const scenariosSuite: BenchSuite = {
  name: 'scenarios',
  description: `memory across ${SCENARIOS} scenarios, health during a cold week, chart p99 at 200 connections`,
  async run() {
    const record = recorder('scenarios');
    const env = { RATE_LIMIT_PER_MINUTE: '0', LOG_LEVEL: 'error', MEMORY_BUDGET_MB: String(BUDGET_MB) };

    const before = await startServer({ ...env, ENGINE_WORKERS: '0' });
    let beforeChart: { p99: number; timeouts: number };
    let beforeBusy: number;
    try {
      beforeChart = await chartP99(before.url);
      beforeBusy = (await isolation(before)).busyP99;
    } finally {
      await before.stop();
    }

    const server = await startServer(env);
    try {
      const pid = server.process.pid as number;
      const idle = rssMb(pid);
      await loadScenarioDay(server.url, 1);
      const one = rssMb(pid);
      for (let seed = 2; seed <= 5; seed++) await loadScenarioDay(server.url, seed);
      const five = rssMb(pid);
      let peak = five;
      for (let seed = 6; seed <= SCENARIOS; seed++) {
        await loadScenarioDay(server.url, seed);
        peak = Math.max(peak, rssMb(pid));
      }
      const thirty = rssMb(pid);
      const { idleP99, busyP99, weekMs } = await isolation(server);
      const afterChart = await chartP99(server.url);
      return [
        record({
          name: 'scenarios.rss-one-mb',
          label: `Server RSS after one scenario's day of every stream (idle: ${Math.round(idle)} MB)`,
          value: Math.round(one),
          unit: 'MB',
          baseline: Math.round(idle),
          ratio: round(one / idle),
          target: '—',
          met: null,
        }),
        record({
          name: 'scenarios.mb-per-scenario',
          label: 'Memory per additional scenario (scenarios 2–5, budget not yet full)',
          value: round((five - one) / 4, 1),
          unit: 'MB',
          baseline: Math.round(one),
          ratio: round((five - one) / 4 / one, 3),
          target: '≪ 178 (before)',
          met: (five - one) / 4 < 178 / 4,
        }),
        record({
          name: 'scenarios.rss-thirty-mb',
          label: `Server RSS after ${SCENARIOS} scenarios (peak ${Math.round(peak)} MB), budget ${BUDGET_MB} MB`,
          value: Math.round(thirty),
          unit: 'MB',
          baseline: Math.round(one),
          ratio: round(thirty / one),
          target: `< ${BUDGET_MB}`,
          met: peak < BUDGET_MB,
        }),
        record({
          name: 'scenarios.health-p99-during-week-ms',
          label: `/api/health p99 during a cold 7-day segment query (${round(weekMs / 1000, 1)} s; main-thread engine: ${Math.round(beforeBusy)} ms)`,
          value: round(busyP99, 1),
          unit: 'ms',
          baseline: round(idleP99, 1),
          ratio: round(busyP99 / Math.max(1, idleP99)),
          target: '< 200',
          met: busyP99 < 200,
        }),
        record({
          name: 'scenarios.chart-200-p99-ms',
          label: `Chart query p99 at 200 connections (24 h PM2.5, 4 scenarios, sliding): engine threads vs main thread (timeouts > 10 s: ${afterChart.timeouts} vs ${beforeChart.timeouts})`,
          value: Math.round(afterChart.p99),
          unit: 'ms',
          baseline: Math.round(beforeChart.p99),
          ratio: round(afterChart.p99 / beforeChart.p99),
          target: '< 1 × main thread',
          met: afterChart.p99 < beforeChart.p99 && afterChart.timeouts <= beforeChart.timeouts,
        }),
      ];
    } finally {
      await server.stop();
    }
  },
};
