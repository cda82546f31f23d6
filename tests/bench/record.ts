/** What every bench suite needs to report a figure: the date, the stamp of its suite, rounding, quantiles. */
import type { BenchRecord } from './types';

/** The measurement date, YYYY-MM-DD (UTC). */
export const today = (): string => new Date().toISOString().slice(0, 10);

export type Figure = Omit<BenchRecord, 'measured' | 'suite'>;

/** Stamps figures with today's date and the suite's name. */
export function recorder(suite: string): (figure: Figure) => BenchRecord {
  const measured = today();
  return (figure) => ({ ...figure, measured, suite });
}

/** A figure shown for information: no baseline, no target. */
export const shown = (name: string, label: string, value: number, unit: string): Figure => ({
  name,
  label,
  value,
  unit,
  baseline: null,
  ratio: null,
  target: '—',
  met: null,
});

export const round = (value: number, digits = 2): number => Math.round(value * 10 ** digits) / 10 ** digits;

/** The sample at quantile `q` (0 ≤ q < 1) of `values` (NaN when there are none). */
export const quantile = (values: readonly number[], q: number): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length * q)] ?? Number.NaN;
