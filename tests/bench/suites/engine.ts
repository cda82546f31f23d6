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
  energyWindow,
  meterIntervalsInto,
  streamKey,
  uniform,
  utcFromLocal,
  vehicleSamples,
  vehiclesAt,
} from '@sandbox/shared';
import { loadCity } from '../../support/city';
import { today } from '../record';
import type { BenchRecord, BenchSuite } from '../types';

const DAY_MS = 86_400_000;
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
export function floorRate(values: number, readings: number): number {
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

function airBench(city: City): BenchRecord[] {
  const from = utcFromLocal(city.timezone, 2026, 3, 1);
  const days = 30;
  const airRate = rate(3, () => {
    const sim = createSimulation(city, { seed: 1 });
    let readings = 0;
    for (const station of city.stations) readings += airSeries(sim, station.id, from, from + days * DAY_MS).count;
    return readings;
  });
  const floor = floorRate(7, 2_000_000);
  return [
    record('engine.air.floor', 'Floor loop, 7 hashed values per air reading', floor, 'readings/s', null, '—', null),
    record(
      'engine.air.readings',
      'Air readings (1-min, 7 values, faults applied)',
      airRate,
      'readings/s',
      floor,
      '≥ 5,000,000',
      airRate >= 5e6,
    ),
  ];
}

function meterBench(city: City): BenchRecord[] {
  const from = utcFromLocal(city.timezone, 2026, 1, 5);
  const days = 20;
  const meterRate = rate(3, () => {
    const sim = createSimulation(city, { seed: 1 });
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
  const floor = floorRate(4, 2_000_000);
  return [
    record('engine.meter.floor', 'Floor loop, 4 hashed values per meter interval', floor, 'intervals/s', null, '—', null),
    record(
      'engine.meter.intervals',
      'Meter intervals (15-min, net/import/export/flag)',
      meterRate,
      'intervals/s',
      floor,
      '≥ 10,000,000',
      meterRate >= 1e7,
    ),
  ];
}

function vehicleBench(city: City): BenchRecord[] {
  const peak = utcFromLocal(city.timezone, 2026, 7, 14, 17);
  const window = 10 * 60_000;
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
  for (let i = 0; i < frames; i++) vehicles = vehiclesAt(warmSim, peak + window + i * 60_000).length;
  const frameMs = (performance.now() - t0) / frames;
  return [
    record('engine.vehicle.floor', 'Floor loop, 5 hashed values per vehicle-second', floor, 'vehicle-s/s', null, '—', null),
    record(
      'engine.vehicle.seconds-cold',
      'Vehicle-seconds, fresh simulation (trips built)',
      cold,
      'vehicle-s/s',
      floor,
      '≥ 1,000,000',
      cold >= 1e6,
    ),
    record('engine.vehicle.seconds-warm', 'Vehicle-seconds, trips cached', warm, 'vehicle-s/s', floor, '≥ 1,000,000', warm >= 1e6),
    record(
      'engine.vehicle.frame-ms',
      `vehiclesAt at the evening peak, 60 s apart (${vehicles} vehicles)`,
      frameMs,
      'ms/frame',
      null,
      '—',
      null,
    ),
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
    record('engine.meter.year-10k-seconds', 'Year of 15-min data, 10,000 meters: wall time', y.seconds, 's', null, '—', null),
    record(
      'engine.meter.year-10k-rate',
      'Year of 15-min data, 10,000 meters: throughput',
      y.intervals / y.seconds,
      'intervals/s',
      null,
      '≥ 10,000,000',
      y.intervals / y.seconds >= 1e7,
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
