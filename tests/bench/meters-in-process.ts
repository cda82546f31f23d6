/**
 * The meter suite's in-process figures (suites/meters.ts), run as their own process from a bundle, as
 * the engine threads run the code: through tsx's loader the same loops landed in one of two speeds
 * from run to run (a day summed 0.12 or 0.24 s), the bundle in one. Prints one JSON line:
 * the floor loop's seconds for a day's intervals, a day of every meter per meter and summed
 * (median of three after a warm-up), the week city chart cold on a fresh service and its warm p99
 * over 192 windows sliding by 15 minutes.
 */
import {
  allocMeterIntervals,
  cellLoad,
  createSimulation,
  DAY_MS,
  EnergySummaryQuerySchema,
  energyWindow,
  HOUR_MS,
  INTERVAL_MS,
  meterIntervalsInto,
  TelemetryService,
  utcFromLocal,
} from '@sandbox/shared';
import { loadCity } from '../support/city';
import { quantile } from './record';
import { floorRate } from './suites/engine';

/** Median seconds of `fn` over `reps` runs after one warm-up. */
function seconds(reps: number, fn: () => void): number {
  fn();
  const times: number[] = [];
  for (let r = 0; r < reps; r++) {
    const t0 = performance.now();
    fn();
    times.push((performance.now() - t0) / 1000);
  }
  return quantile(times, 0.5);
}

const city = loadCity();
const sim = createSimulation(city, { seed: 1 });
const day = utcFromLocal(city.timezone, 2026, 7, 15);
const floorS = (sim.meters.count * 96) / floorRate(4, 2_000_000);
const perMeterS = seconds(3, () => {
  const win = energyWindow(sim, day, day + DAY_MS);
  const buf = allocMeterIntervals('', win.startMs, win.n);
  for (let m = 0; m < sim.meters.count; m++) meterIntervalsInto(sim, win, m, buf);
});
const summedS = seconds(3, () => {
  for (let b = 0; b < 4; b++) cellLoad(energyWindow(sim, day + b * 6 * HOUR_MS, day + (b + 1) * 6 * HOUR_MS));
});

// A fresh service is a cold chart; then windows sliding by 15 minutes inside the cached days.
const weekFrom = utcFromLocal(city.timezone, 2026, 7, 8);
const ask = (service: TelemetryService, fromMs: number) =>
  JSON.stringify(
    service.energySummary(
      EnergySummaryQuerySchema.parse({
        groupBy: 'class',
        resolution: '15m',
        from: new Date(fromMs).toISOString(),
        to: new Date(fromMs + 7 * DAY_MS).toISOString(),
      }),
      fromMs + 7 * DAY_MS,
    ),
  );
const service = new TelemetryService([city]);
let t0 = performance.now();
ask(service, weekFrom);
const coldMs = performance.now() - t0;
ask(service, weekFrom + 2 * DAY_MS); // the two days the slides reach
const warm: number[] = [];
for (let i = 0; i < 192; i++) {
  t0 = performance.now();
  ask(service, weekFrom + i * INTERVAL_MS);
  warm.push(performance.now() - t0);
}
console.log(JSON.stringify({ meters: sim.meters.count, floorS, perMeterS, summedS, coldMs, warmP99: quantile(warm, 0.99) }));
