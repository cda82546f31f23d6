/**
 * Many scenarios at once on a laptop: thirty distinct scenarios, each asked for a day of every stream
 * (two dashboards walking through them side by side), must keep the whole server process — engine
 * threads included — under its memory budget. Before the budget, each scenario kept ~180 MB of trips
 * and sixteen of them were held: gigabytes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadScenarioDay, rssMb, rssPeak } from '../support/scenario-load';
import { type RunningServer, startServer } from '../support/server';

const BUDGET_MB = 512;
const SCENARIOS = 30;

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ RATE_LIMIT_PER_MINUTE: '0', MEMORY_BUDGET_MB: String(BUDGET_MB) });
});
afterAll(async () => {
  await server?.stop();
});

describe('the memory budget', () => {
  it(`keeps the server under ${BUDGET_MB} MB through ${SCENARIOS} scenarios of a day of every stream`, async () => {
    const pid = server.process.pid as number;
    const idle = rssMb(pid);
    const peak = rssPeak(pid);
    const lane = async (first: number) => {
      for (let seed = first; seed <= SCENARIOS; seed += 2) await loadScenarioDay(server.url, 5000 + seed);
    };
    await Promise.all([lane(1), lane(2)]);
    const highest = peak.stop();
    // The load really cost memory (it is not an idle server that passes by doing nothing)...
    expect(highest - idle).toBeGreaterThan(100);
    // ...and the whole process stayed within its budget, and still answers.
    expect(highest).toBeLessThan(BUDGET_MB);
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
  }, 300_000);
});
