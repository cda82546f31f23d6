/**
 * Load that costs the server memory the way many scenarios at once do: a day of every stream for one
 * seed, as a dashboard on that scenario would ask for it, and the server's resident memory read from
 * /proc (the whole process, engine threads included).
 */
import { readFileSync } from 'node:fs';

const DAY = { from: '2026-07-15T04:00:00Z', to: '2026-07-16T04:00:00Z' };

/** The JSON routes of a scenario's day: air, energy and mobility, charts and instants. */
export function scenarioDayPaths(seed: number): string[] {
  const q = (extra: Record<string, string>) => new URLSearchParams({ city: 'columbus', seed: String(seed), ...extra }).toString();
  return [
    `/api/air/readings?${q({ ...DAY, resolution: '1m', maxPoints: '500' })}`,
    `/api/air/hourly?${q(DAY)}`,
    `/api/air/aqi?${q({ at: '2026-07-15T21:30:00Z' })}`,
    `/api/energy/readings?${q({ ...DAY, meter: 'northland-res-00001' })}`,
    `/api/energy/summary?${q({ ...DAY, groupBy: 'district' })}`,
    `/api/mobility/segments?${q(DAY)}`,
    `/api/mobility/corridor-flow?${q(DAY)}`,
    `/api/mobility/events?${q(DAY)}`,
    `/api/mobility/vehicles?${q({ at: '2026-07-15T21:30:00Z' })}`,
    `/api/mobility/bsm?${q({ at: '2026-07-15T21:30:00Z' })}`,
    `/api/snapshot?${q({ at: '2026-07-15T21:30:00Z' })}`,
  ];
}

/** Asks for a scenario's day, route by route; throws on any answer but 200. */
export async function loadScenarioDay(baseUrl: string, seed: number): Promise<void> {
  for (const path of scenarioDayPaths(seed)) {
    const res = await fetch(`${baseUrl}${path}`);
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
  }
}

/**
 * Asks for a cold week of segment flow (seconds of engine work) and polls /api/health until it is
 * answered: the health latencies, the week's status and how long it took.
 */
export async function healthDuringColdWeek(baseUrl: string, seed: number): Promise<{ health: number[]; status: number; weekMs: number }> {
  let done = false;
  const started = performance.now();
  const week = fetch(`${baseUrl}/api/mobility/segments?seed=${seed}&from=2026-07-08T04:00:00Z&to=2026-07-15T04:00:00Z&resolution=1h`).then(
    async (res) => {
      await res.arrayBuffer();
      done = true;
      return res.status;
    },
  );
  const health = await pollHealth(baseUrl, () => done);
  return { health, status: await week, weekMs: performance.now() - started };
}

/** Latencies of /api/health polled every 50 ms until `done()` (and at least `minSamples` of them), ms. */
export async function pollHealth(baseUrl: string, done: () => boolean, minSamples = 0): Promise<number[]> {
  const samples: number[] = [];
  while (!done() || samples.length < minSamples) {
    const t = performance.now();
    await (await fetch(`${baseUrl}/api/health`)).arrayBuffer();
    samples.push(performance.now() - t);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return samples;
}

/** Resident memory of a process, MB (Linux /proc). */
export function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
  return kb / 1024;
}

/** Samples a process's RSS every `everyMs` until stopped; returns the peak, MB. */
export function rssPeak(pid: number, everyMs = 100): { stop: () => number } {
  let peak = rssMb(pid);
  const timer = setInterval(() => {
    try {
      peak = Math.max(peak, rssMb(pid));
    } catch {
      // the process is gone; the test that owns it reports why
    }
  }, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      return Math.max(peak, rssMb(pid));
    },
  };
}
