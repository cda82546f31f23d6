/**
 * Numbers of the scorecard in the reader's language: a figure with its decimals, a signed change, a
 * signed percentage, and the table rows (one per figure, each variant's value, change, band and
 * verdict) that the screen and the CSV share.
 */

import type { LabKpi } from '@sandbox/shared/lab/kpis';
import type { KpiComparison, LabScorecard } from '@sandbox/shared/lab/schemas';
import type { TFunction } from 'i18next';
import { formatNumber, formatSigned } from '../../../i18n/format';
import type { Language } from '../../../i18n/i18n';

const DASH = '—';

export function formatFigure(value: number | null, decimals: number, language: Language): string {
  if (value === null) return DASH;
  return formatNumber(value, language, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

/** `+1.2`, `−0.4`, `±0` (a minus sign, not a hyphen: the one signed formatter, i18n/format.ts). */
export function formatChange(value: number | null, decimals: number, language: Language): string {
  if (value === null) return DASH;
  const text = formatSigned(value, language, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  return /[1-9]/.test(text) ? text : `±${text}`;
}

/**
 * A change as the table writes it: at the figure's decimals, or one more when those would show a
 * change that is not zero as ±0 (the seeds' range beside it has one more: "±0.0" next to
 * "+0.03 … +0.07 · effect" read as a contradiction).
 */
export function formatDiff(value: number | null, decimals: number, language: Language): string {
  const text = formatChange(value, decimals, language);
  return value !== null && value !== 0 && text.startsWith('±') ? formatChange(value, decimals + 1, language) : text;
}

/**
 * Past ±1,000% the baseline is under a tenth of the change (the EV load at the peak: a 300 kW
 * baseline against +102,178 kW read "+34,103%"), and a percentage of it says nothing the absolute
 * change does not: shown as a dash, with `PERCENT_TOO_LARGE` saying why.
 */
export const MAX_PERCENT = 1000;
export const percentTooLarge = (value: number | null): boolean => value !== null && Math.abs(value) > MAX_PERCENT;

export const formatPercent = (value: number | null, language: Language): string =>
  value === null || percentTooLarge(value) ? DASH : `${formatChange(value, Math.abs(value) < 10 ? 1 : 0, language)}%`;

/**
 * The decimals a row of the scorecard is written with: the figure's own, or more (up to two) when
 * a variant's value would otherwise read the same as the baseline's while it differs ("12.1 →
 * 12.1, +0.1"): the values, the change and its range then all show the difference, at one precision.
 */
export function rowDecimals(baseline: number | null, values: readonly (number | null)[], decimals: number): number {
  let d = decimals;
  const same = (a: number, b: number, at: number) => a !== b && formatFigure(a, at, 'en') === formatFigure(b, at, 'en');
  while (d < decimals + 2 && baseline !== null && values.some((v) => v !== null && same(v, baseline, d))) d++;
  return d;
}

export interface VariantCell {
  value: number | null;
  /** When the variant's figure happened (its own peak load's interval). */
  at: string | undefined;
  comparison: KpiComparison | undefined;
  /** From the band answer (several seeds), when it has arrived. */
  band: KpiComparison | undefined;
}

export interface ScorecardRow {
  kpi: LabKpi;
  /** The decimals the row is written with (`rowDecimals`). */
  decimals: number;
  baseline: number | null;
  /** When the baseline's figure happened (the peak load's interval). */
  at: string | undefined;
  variants: VariantCell[];
}

/** One row per figure, in the answer's order; `band` is the same comparison over several seeds. */
export function scorecardRows(answer: LabScorecard, band: LabScorecard | undefined): ScorecardRow[] {
  const [baseline, ...variants] = answer.scenarios;
  return answer.kpis.map((kpi) => ({
    kpi,
    decimals: rowDecimals(
      baseline?.values[kpi.id].value ?? null,
      variants.map((scenario) => scenario.values[kpi.id].value),
      kpi.decimals,
    ),
    baseline: baseline?.values[kpi.id].value ?? null,
    at: baseline?.values[kpi.id].at,
    variants: variants.map((scenario, i) => ({
      value: scenario.values[kpi.id].value,
      at: scenario.values[kpi.id].at,
      comparison: answer.comparisons[i]?.kpis.find((k) => k.id === kpi.id),
      band: band?.comparisons[i]?.kpis.find((k) => k.id === kpi.id),
    })),
  }));
}

/** Units the API spells in English words, in the reader's language (symbols such as kW stay as they are). */
export function unitText(unit: string, t: TFunction): string {
  if (unit === 'h') return t('lab.units.hours');
  if (unit === 'veh·h') return t('lab.units.vehHours');
  if (unit === 'per 1,000 CV-mi') return t('lab.units.perCvMiles');
  return unit;
}
