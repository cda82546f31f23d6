/** One meter's readings (`/api/energy/readings`) as chart rows: import up, export down (negative), net. */
import type { MeterReadingsSchema } from '@sandbox/shared/energy/api-schemas';
import type { z } from 'zod';

export type MeterReadings = z.infer<typeof MeterReadingsSchema>;

export interface MeterRow {
  time: number;
  importKwh: number | null;
  /** Negative: energy the meter sent to the grid. */
  exportKwh: number | null;
  netKwh: number | null;
}

export function meterRows(readings: MeterReadings, meter: string): MeterRow[] {
  const find = (metric: string) => readings.series.find((s) => s.id === meter && s.metric === metric);
  const net = find('kwh');
  if (!net) return [];
  const imports = new Map((find('importKwh')?.time ?? []).map((t, i) => [t, find('importKwh')?.value[i] ?? null]));
  const exportSeries = find('exportKwh');
  const exports = new Map((exportSeries?.time ?? []).map((t, i) => [t, exportSeries?.value[i] ?? null]));
  return net.time.map((time, i) => {
    const exported = exports.get(time) ?? null;
    return {
      time,
      importKwh: imports.get(time) ?? null,
      exportKwh: exported === null ? null : exported === 0 ? 0 : -exported,
      netKwh: net.value[i] ?? null,
    };
  });
}

/** The meter's `quality` series (only at 15-minute resolution). */
export const qualitySeries = (readings: MeterReadings, meter: string) =>
  readings.series.find((s) => s.id === meter && s.metric === 'quality');
