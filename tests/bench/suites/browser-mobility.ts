/**
 * Frame times of the Mobility page in headless Chromium while the clock plays at 60× through the
 * weekday evening peak (Columbus, 2026-07-15 17:00 local), with the vehicles layer on and off
 * (`layers=` in the URL), measured with requestAnimationFrame in the same browser run:
 * - the real page at the peak (the engine's own ~900 vehicles);
 * - the same page with every live frame's vehicles multiplied to 2,000 by a bench-only proxy
 *   (bench/vehicle-proxy.ts) in front of the real server, so the same map code draws 2,000.
 * Target (the issue's): with vehicles the median frame time is within 2× of the page without.
 * On and off alternate over several rounds, pooling the frame intervals of each, so load from other
 * processes on the shared machine falls on both sides alike.
 */
import type { Browser } from 'playwright-core';
import { launchBrowser, openCheckedPage } from '../../support/browser';
import { startServer } from '../../support/server';
import { quantile, round, today } from '../record';
import type { BenchRecord, BenchSuite } from '../types';
import { startVehicleProxy, type VehicleProxy } from '../vehicle-proxy';

const ROUNDS = 3;
const MEASURE_MS = 6_000;
const WARM_UP_MS = 3_000;
const VIEWPORT = { width: 1366, height: 768 } as const;
const WITH_VEHICLES = 'corridors,speeds,signals,vehicles,events';
const WITHOUT_VEHICLES = 'corridors,speeds,signals,events';
const PEAK = '2026-07-15T21:00:00Z';

/** Intervals between animation frames over `ms` (a string, so no bundler helper leaks into the page). */
const FRAME_TIMES = (ms: number) => `new Promise((resolve) => {
  const out = [];
  let last = performance.now();
  const end = last + ${ms};
  function tick(now) { out.push(now - last); last = now; if (now < end) requestAnimationFrame(tick); else resolve(out); }
  requestAnimationFrame(tick);
})`;

interface Sample {
  intervals: number[];
  vehicles: number;
}

async function measure(browser: Browser, proxy: VehicleProxy, layers: string): Promise<Sample> {
  const { page, consoleErrors } = await openCheckedPage(browser, proxy.url, VIEWPORT);
  try {
    await page.goto(`${proxy.url}/mobility?t=${PEAK}&speed=60&play=1&layers=${layers}`);
    await page.locator('canvas.maplibregl-canvas').waitFor({ timeout: 30_000 });
    await page.locator('canvas.vehicle-overlay').waitFor({ state: 'attached', timeout: 30_000 });
    await page.waitForTimeout(WARM_UP_MS);
    const intervals = (await page.evaluate(FRAME_TIMES(MEASURE_MS))) as number[];
    if (consoleErrors.length > 0) throw new Error(`console errors on the Mobility page: ${consoleErrors.join('; ')}`);
    return { intervals, vehicles: proxy.lastCount() };
  } finally {
    await page.close();
  }
}

async function compare(browser: Browser, proxy: VehicleProxy) {
  const on: number[] = [];
  const off: number[] = [];
  let vehicles = 0;
  for (let r = 0; r < ROUNDS; r++) {
    // Alternate which side goes first, so a slow spell on the machine hits both.
    for (const layers of r % 2 === 0 ? [WITH_VEHICLES, WITHOUT_VEHICLES] : [WITHOUT_VEHICLES, WITH_VEHICLES]) {
      const sample = await measure(browser, proxy, layers);
      if (layers === WITH_VEHICLES) {
        on.push(...sample.intervals);
        vehicles = Math.max(vehicles, sample.vehicles);
      } else off.push(...sample.intervals);
    }
  }
  return { on: quantile(on, 0.5), off: quantile(off, 0.5), onP90: quantile(on, 0.9), offP90: quantile(off, 0.9), vehicles };
}

export const browserMobilitySuite: BenchSuite = {
  name: 'browser-mobility',
  description: `Mobility page in headless Chromium, ${VIEWPORT.width}×${VIEWPORT.height}, clock at 60× through the evening peak: rAF frame times with vehicles on vs off, ${ROUNDS} rounds × ${MEASURE_MS / 1000} s each`,
  async run() {
    const server = await startServer({ RATE_LIMIT_PER_MINUTE: '0' });
    const proxy = await startVehicleProxy(server.url, null);
    const browser = await launchBrowser();
    const measured = today();
    const records: BenchRecord[] = [];
    try {
      for (const [key, target, label] of [
        ['peak', null, 'evening peak'],
        ['2000', 2000, '2,000 vehicles (bench proxy)'],
      ] as const) {
        proxy.setTarget(target);
        const result = await compare(browser, proxy);
        const ratio = result.on / result.off;
        const base = { unit: 'ms', measured, suite: 'browser-mobility' } as const;
        records.push(
          {
            ...base,
            name: `browser.mobility.${key}.frame-ms-without-vehicles`,
            label: `Mobility page, ${label}: median frame, vehicles off`,
            value: round(result.off),
            baseline: null,
            ratio: null,
            target: '—',
            met: null,
          },
          {
            ...base,
            name: `browser.mobility.${key}.frame-ms`,
            label: `Mobility page, ${label}: median frame, ${result.vehicles.toLocaleString('en-US')} vehicles moving`,
            value: round(result.on),
            baseline: round(result.off),
            ratio: round(ratio),
            target: '≤ 2 × without',
            met: ratio <= 2,
          },
          {
            ...base,
            name: `browser.mobility.${key}.frame-ms-p90`,
            label: `Mobility page, ${label}: p90 frame, vehicles on (baseline off)`,
            value: round(result.onP90),
            baseline: round(result.offP90),
            ratio: round(result.onP90 / result.offP90),
            target: '—',
            met: null,
          },
          {
            ...base,
            name: `browser.mobility.${key}.vehicles`,
            label: `Mobility page, ${label}: vehicles in the last frame`,
            value: result.vehicles,
            unit: 'vehicles',
            baseline: null,
            ratio: null,
            target: key === '2000' ? '2,000' : '—',
            met: key === '2000' ? result.vehicles === 2000 : null,
          },
        );
      }
      return records;
    } finally {
      await browser.close();
      await proxy.close();
      await server.stop();
    }
  },
};
