/**
 * Engine throughput on one core, each stream beside its cost floor measured in the same run: a loop
 * that only fills typed arrays with hashed random numbers, one per output value of a reading (air 7:
 * PM2.5, ozone, NO2, temperature, RH, wind speed and direction; meter 4: net, import, export, flag;
 * vehicle 5: longitude, latitude, speed, heading, acceleration). Plus a streaming year of 10,000
 * meters with its peak memory, and the latency of one map frame (`vehiclesAt`).
 */

import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  airSeries,
  allocMeterIntervals,
  type City,
  createSimulation,
  DAY_MS,
  energyWindow,
  MINUTE_MS,
  meterIntervalsInto,
  type Simulation,
  streamKey,
  uniform,
  utcFromLocal,
  vehicleSamples,
  vehiclesAt,
} from '@sandbox/shared';
import { loadCity } from '../../support/city';
import { today } from '../record';
import type { BenchRecord, BenchSuite } from '../types';

const measured = today();

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

/** Runs `fn` `reps` times after one warm-up and returns the median of its items per second. */
function rate(reps: number, fn: () => number): number {
  fn();
  const rates: number[] = [];
  for (let r = 0; r < reps; r++) {
    const t0 = performance.now();
    const items = fn();
    rates.push(items / ((performance.now() - t0) / 1000));
  }
  return median(rates);
}

/** Readings per second of the floor loop: `values` hashed numbers per reading into typed arrays. */
function floorRate(values: number, readings: number): number {
  const columns = Array.from({ length: values }, () => new Float64Array(readings));
  const key = streamKey(1, 'bench-floor');
  return rate(5, () => {
    for (let c = 0; c < values; c++) {
      const col = columns[c] as Float64Array;
      for (let i = 0; i < readings; i++) col[i] = uniform(key, i * values + c);
    }
    return readings;
  });
}

function record(
  name: string,
  label: string,
  value: number,
  unit: string,
  baseline: number | null,
  target: string,
  met: boolean | null,
): BenchRecord {
  return { name, label, value, unit, baseline, ratio: baseline ? value / baseline : null, target, met, measured, suite: 'engine' };
}

/** A figure with no target of its own: a floor loop, a latency or a count shown beside the others. */
function info(name: string, label: string, value: number, unit: string, baseline: number | null = null): BenchRecord {
  return record(name, label, value, unit, baseline, '—', null);
}

/** A figure that meets its target at `min` or more (the target reads `≥ 5,000,000`). */
function atLeast(name: string, label: string, value: number, unit: string, baseline: number | null, min: number): BenchRecord {
  return record(name, label, value, unit, baseline, `≥ ${min.toLocaleString('en-US')}`, value >= min);
}

/**
 * The streams measured against the floor loop: what is counted (`engine.<stream>.<what>`, in
 * `<what>/s`), the item the floor loop stands for with its hashed values, the label and the target.
 */
const THROUGHPUT = {
  air: { what: 'readings', item: 'air reading', values: 7, min: 5e6, label: 'Air readings (1-min, 7 values, faults applied)' },
  meter: { what: 'intervals', item: 'meter interval', values: 4, min: 1e7, label: 'Meter intervals (15-min, net/import/export/flag)' },
} as const;

/** Items per second of `count` on a fresh simulation of `city` (its building timed too), beside the floor loop. */
function throughput(city: City, stream: keyof typeof THROUGHPUT, count: (sim: Simulation) => number): BenchRecord[] {
  const { what, item, values, min, label } = THROUGHPUT[stream];
  const value = rate(3, () => count(createSimulation(city, { seed: 1 })));
  const floor = floorRate(values, 2_000_000);
  return [
    info(`engine.${stream}.floor`, `Floor loop, ${values} hashed values per ${item}`, floor, `${what}/s`),
    atLeast(`engine.${stream}.${what}`, label, value, `${what}/s`, floor, min),
  ];
}

function airBench(city: City): BenchRecord[] {
  const from = utcFromLocal(city.timezone, 2026, 3, 1);
  const to = from + 30 * DAY_MS;
  return throughput(city, 'air', (sim) => {
    let readings = 0;
    for (const station of city.stations) readings += airSeries(sim, station.id, from, to).count;
    return readings;
  });
}

function meterBench(city: City): BenchRecord[] {
  const from = utcFromLocal(city.timezone, 2026, 1, 5);
  const days = 20;
  return throughput(city, 'meter', (sim) => {
    let intervals = 0;
    for (let d = 0; d < days; d++) {
      const win = energyWindow(sim, from + d * DAY_MS, from + (d + 1) * DAY_MS);
      const buf = allocMeterIntervals('', win.startMs, win.n);
      for (let m = 0; m < sim.meters.count; m++) {
        meterIntervalsInto(sim, win, m, buf);
        intervals += win.n;
      }
    }
    return intervals;
  });
}

function vehicleBench(city: City): BenchRecord[] {
  const peak = utcFromLocal(city.timezone, 2026, 7, 14, 17);
  const window = 10 * MINUTE_MS;
  let warmSim = createSimulation(city, { seed: 1 });
  const cold = rate(3, () => {
    warmSim = createSimulation(city, { seed: 1 });
    return vehicleSamples(warmSim, peak, peak + window, 1000).count;
  });
  const warm = rate(3, () => vehicleSamples(warmSim, peak, peak + window, 1000).count);
  const floor = floorRate(5, 2_000_000);
  const frames = 20;
  const t0 = performance.now();
  let vehicles = 0;
  for (let i = 0; i < frames; i++) vehicles = vehiclesAt(warmSim, peak + window + i * MINUTE_MS).length;
  const frameMs = (performance.now() - t0) / frames;
  return [
    info('engine.vehicle.floor', 'Floor loop, 5 hashed values per vehicle-second', floor, 'vehicle-s/s'),
    atLeast('engine.vehicle.seconds-cold', 'Vehicle-seconds, fresh simulation (trips built)', cold, 'vehicle-s/s', floor, 1e6),
    atLeast('engine.vehicle.seconds-warm', 'Vehicle-seconds, trips cached', warm, 'vehicle-s/s', floor, 1e6),
    info('engine.vehicle.frame-ms', `vehiclesAt at the evening peak, 60 s apart (${vehicles} vehicles)`, frameMs, 'ms/frame'),
  ];
}

/** Runs bench/meter-year.ts in a child process so its peak memory is its own. */
function yearOfMeters(): BenchRecord[] {
  const script = fileURLToPath(new URL('../meter-year.ts', import.meta.url));
  const result = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', script], {
    encoding: 'utf8',
    cwd: fileURLToPath(new URL('../..', import.meta.url)),
  });
  if (result.status !== 0) throw new Error(`meter-year failed: ${result.stderr}`);
  const line = result.stdout.trim().split('\n').at(-1) ?? '{}';
  const y = JSON.parse(line) as { intervals: number; seconds: number; kwh: number; meters: number; baselineRss: number; peakRss: number };
  const mb = (bytes: number) => bytes / 2 ** 20;
  console.info(`  year of ${y.meters.toLocaleString()} meters: ${y.intervals.toLocaleString()} intervals in ${y.seconds.toFixed(1)} s`);
  return [
    record(
      'engine.meter.year-10k-intervals',
      'Year of 15-min data, 10,000 meters: intervals',
      y.intervals,
      'intervals',
      null,
      '≈ 350,000,000',
      null,
    ),
    info('engine.meter.year-10k-seconds', 'Year of 15-min data, 10,000 meters: wall time', y.seconds, 's'),
    atLeast(
      'engine.meter.year-10k-rate',
      'Year of 15-min data, 10,000 meters: throughput',
      y.intervals / y.seconds,
      'intervals/s',
      null,
      1e7,
    ),
    record(
      'engine.meter.year-10k-peak-rss',
      'Year of 10,000 meters: peak RSS of its process (Node + tsx included)',
      mb(y.peakRss),
      'MB',
      mb(y.baselineRss),
      '< 256',
      mb(y.peakRss) < 256,
    ),
  ];
}

export const engineSuite: BenchSuite = {
  name: 'engine',
  description: 'air, meter and vehicle throughput vs the hashed-number floor; a streaming year of 10,000 meters',
  run() {
    const city = loadCity();
    return [...yearOfMeters(), ...airBench(city), ...meterBench(city), ...vehicleBench(city)];
  },
};
