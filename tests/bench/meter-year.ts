/**
 * A year of 15-minute data for 10,000 meters generated and consumed in a streaming loop, run in its
 * own process (spawned by the engine suite) so its peak memory is not mixed with other benches.
 * Prints one JSON line: intervals, seconds, kWh, baseline and peak RSS in bytes.
 */
import { allocMeterIntervals, type City, createSimulation, DAY_MS, energyWindow, meterIntervalsInto, utcFromLocal } from '@sandbox/shared';
import { loadCity } from '../support/city';

/** Columbus with its meter groups scaled to `total` meters (same districts, classes and shares). */
export function scaledCity(city: City, total: number): City {
  const current = city.meters.reduce((n, g) => n + g.count, 0);
  const meters = city.meters.map((g) => ({ ...g, count: Math.round((g.count * total) / current) }));
  const last = meters[meters.length - 1];
  if (last) last.count += total - meters.reduce((n, g) => n + g.count, 0);
  return { ...city, meters };
}

function main(): void {
  (globalThis as { gc?: () => void }).gc?.();
  const baselineRss = process.memoryUsage().rss;
  const city = scaledCity(loadCity(), 10_000);
  const sim = createSimulation(city, { seed: 1 });
  const from = utcFromLocal(city.timezone, 2026, 1, 1);
  const to = utcFromLocal(city.timezone, 2027, 1, 1);
  let intervals = 0;
  let kwh = 0;
  let peakRss = baselineRss;
  const t0 = performance.now();
  for (let day = from; day < to; day += DAY_MS) {
    const win = energyWindow(sim, day, Math.min(to, day + DAY_MS));
    const buf = allocMeterIntervals('', win.startMs, win.n);
    for (let m = 0; m < sim.meters.count; m++) {
      meterIntervalsInto(sim, win, m, buf);
      for (let j = 0; j < win.n; j++) {
        const v = buf.kwh[j] as number;
        if (!Number.isNaN(v)) kwh += v; // consume every value
      }
      intervals += win.n;
    }
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  const seconds = (performance.now() - t0) / 1000;
  peakRss = Math.max(peakRss, process.resourceUsage().maxRSS * 1024);
  console.log(JSON.stringify({ intervals, seconds, kwh, meters: sim.meters.count, baselineRss, peakRss }));
}

main();
