/**
 * Load summaries (`/api/energy/summary`) shaped for the charts: rows for the stacked chart (import
 * per class above zero, PV export per class below zero, net demand), and the total demand of all
 * groups as one series (for the heatmap, the load-duration curve and the headline numbers).
 */

import type { MeterClass } from '@sandbox/shared/city/schemas';
import type { Series } from '@sandbox/shared/common/query';
import { HOUR_MS } from '@sandbox/shared/common/time';
import type { EnergySummarySchema } from '@sandbox/shared/energy/api-schemas';
import type { z } from 'zod';

export type EnergySummary = z.infer<typeof EnergySummarySchema>;

export const METER_CLASSES: readonly MeterClass[] = ['residential', 'commercial', 'industrial'];

export interface ClassLoadRow {
  time: number;
  /** Import (from the grid) per class, kW, ≥ 0. */
  import: Record<MeterClass, number | null>;
  /** PV export per class as a negative number, kW (drawn below zero). */
  export: Record<MeterClass, number | null>;
  /** Net demand of all classes (import − export), kW. */
  net: number | null;
}

function seriesOf(summary: EnergySummary, id: string, metric: string): Series | undefined {
  return summary.series.find((s) => s.id === id && s.metric === metric);
}

/** Value of `series` at each time of `times` (null where it has none). */
function valuesAt(series: Series | undefined, times: readonly number[]): (number | null)[] {
  if (!series) return times.map(() => null);
  const byTime = new Map(series.time.map((t, i) => [t, series.value[i] ?? null]));
  return times.map((t) => byTime.get(t) ?? null);
}

function allTimes(summary: EnergySummary): number[] {
  return [...new Set(summary.series.flatMap((s) => s.time))].sort((a, b) => a - b);
}

const addNullable = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : a + b);
const round2 = (x: number | null) => (x === null ? null : Math.round(x * 100) / 100);

/** Rows of a by-class summary for the stacked chart and its table. */
export function classLoadRows(summary: EnergySummary): ClassLoadRow[] {
  const times = allTimes(summary);
  const column = (cls: MeterClass, metric: string) => valuesAt(seriesOf(summary, cls, metric), times);
  const imports = Object.fromEntries(METER_CLASSES.map((c) => [c, column(c, 'importKw')])) as Record<MeterClass, (number | null)[]>;
  const exports = Object.fromEntries(METER_CLASSES.map((c) => [c, column(c, 'exportKw')])) as Record<MeterClass, (number | null)[]>;
  const demand = METER_CLASSES.map((c) => column(c, 'demandKw'));
  return times.map((time, i) => ({
    time,
    import: Object.fromEntries(METER_CLASSES.map((c) => [c, imports[c][i] ?? null])) as Record<MeterClass, number | null>,
    export: Object.fromEntries(
      METER_CLASSES.map((c) => {
        const v = exports[c][i] ?? null;
        return [c, v === null ? null : v === 0 ? 0 : -v];
      }),
    ) as Record<MeterClass, number | null>,
    net: round2(demand.reduce<number | null>((sum, col) => addNullable(sum, col[i] ?? null), null)),
  }));
}

/** One metric summed over every group of a summary, per time (e.g. the city's demand). */
export function totalSeries(
  summary: EnergySummary,
  metric: 'demandKw' | 'importKw' | 'exportKw',
): { time: number[]; value: (number | null)[] } {
  const time = allTimes(summary);
  const columns = summary.series.filter((s) => s.metric === metric).map((s) => valuesAt(s, time));
  const value = time.map((_, i) => round2(columns.reduce<number | null>((sum, col) => addNullable(sum, col[i] ?? null), null)));
  return { time, value };
}

/**
 * Energy over a series of average demands: Σ kW × bucket hours = kWh. This is the kW/kWh bridge
 * the page explains: demand is a rate, energy the amount that rate adds up to over time.
 */
export function energyKwh(values: readonly (number | null)[], bucketMs: number): number {
  const hours = bucketMs / HOUR_MS;
  return values.reduce<number>((sum, kw) => sum + (kw ?? 0) * hours, 0);
}

/** The highest value and when it happened (first occurrence), or null for an empty series. */
export function peakOf(series: { time: readonly number[]; value: readonly (number | null)[] }): { kw: number; time: number } | null {
  let best: { kw: number; time: number } | null = null;
  series.value.forEach((kw, i) => {
    if (kw !== null && (best === null || kw > best.kw)) best = { kw, time: series.time[i] as number };
  });
  return best;
}
