/**
 * Mobility windows as the API serves them, each beside the vehicle floor of the same run (5 hashed
 * values per vehicle-second): a minute of Basic Safety Messages at the evening peak at 10 Hz, with
 * trips cached and from a fresh simulation, and a cold weekday of per-minute segment flow (every
 * trip of the day built once).
 */
import { bsmColumns, type City, createSimulation, DAY_MS, MINUTE_MS, segmentFlowColumns, utcFromLocal } from '@sandbox/shared';
import type { BenchRecord } from '../types';
import { floorRate, rate, record } from './engine';

export function mobilityWindowBench(city: City): BenchRecord[] {
  const peak = utcFromLocal(city.timezone, 2026, 7, 14, 17);
  const window = MINUTE_MS;
  let sim = createSimulation(city, { seed: 1 });
  const cold = rate(3, () => {
    sim = createSimulation(city, { seed: 1 });
    return bsmColumns(sim, peak, peak + window).count;
  });
  const warm = rate(3, () => bsmColumns(sim, peak, peak + window).count);
  const rows = bsmColumns(sim, peak, peak + window).count;
  const floor = floorRate(5, 2_000_000);
  const dayFrom = utcFromLocal(city.timezone, 2026, 7, 14);
  const t0 = performance.now();
  segmentFlowColumns(createSimulation(city, { seed: 1 }), dayFrom, dayFrom + DAY_MS);
  const dayMs = performance.now() - t0;
  return [
    record(
      'engine.mobility.bsm-cold',
      `BSM rows, a minute at the evening peak at 10 Hz, fresh simulation (${rows.toLocaleString('en-US')} rows)`,
      cold,
      'rows/s',
      floor,
      '—',
      null,
    ),
    record('engine.mobility.bsm-warm', 'BSM rows, same minute, trips cached', warm, 'rows/s', floor, '—', null),
    record(
      'engine.mobility.flow-day-ms',
      'A weekday of per-minute segment flow, fresh simulation (every trip built)',
      dayMs,
      'ms',
      null,
      '—',
      null,
    ),
  ];
}
