/**
 * 1-minute air columns assembled from cached hour blocks. The engine gives the same minutes whatever
 * window is asked (a window [a, c) equals [a, b) then [b, c)), so hour blocks can be shared by every
 * request and frame that overlaps them: a live chart that slides by a minute recomputes one hour at
 * most, and ten viewers of the same chart compute it once.
 */

import { hourSpans } from '../common/hour-spans';
import { type BudgetCache, columnBytes, MemoryBudget } from '../common/memory-budget';
import { HOUR_MS, MINUTE_MS } from '../common/time';
import type { Simulation } from '../simulation/simulation';
import { type AirMetricKey, AirMetricKeySchema } from './api-schemas';
import { airSeries } from './engine';

type Block = Record<AirMetricKey, Float64Array>;

const METRICS: readonly AirMetricKey[] = AirMetricKeySchema.options;

export class AirBlocks {
  /** ≈ 3.4 KB a block (an hour of one station), under the service's memory budget. */
  private readonly blocks: BudgetCache<Block>;

  constructor(budget = new MemoryBudget(16 * 1024 * 1024)) {
    this.blocks = budget.cache<Block>('air-minutes', columnBytes);
  }

  private block(sim: Simulation, key: string, stationId: string, hourStart: number): Block {
    return this.blocks.getOrCompute(`${key}|${stationId}|${hourStart}`, () => {
      const series = airSeries(sim, stationId, hourStart, hourStart + HOUR_MS);
      return Object.fromEntries(METRICS.map((metric) => [metric, series[metric]])) as Block;
    });
  }

  /** Minute columns of `[fromMs, toMs)` (minute-aligned start) for the metrics asked. */
  columns(sim: Simulation, key: string, stationId: string, fromMs: number, toMs: number, metrics: readonly AirMetricKey[]) {
    const startMs = Math.floor(fromMs / MINUTE_MS) * MINUTE_MS;
    const count = Math.max(0, Math.ceil((toMs - startMs) / MINUTE_MS));
    const out = Object.fromEntries(metrics.map((metric) => [metric, new Float64Array(count)])) as Partial<Block>;
    for (const { hourStart, offset, take, at } of hourSpans(startMs, count)) {
      const block = this.block(sim, key, stationId, hourStart);
      for (const metric of metrics) (out[metric] as Float64Array).set(block[metric].subarray(offset, offset + take), at);
    }
    return { startMs, count, values: out };
  }
}
