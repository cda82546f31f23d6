/**
 * Numbers of the scorecard in the reader's language: a figure with its decimals, a signed change, a
 * signed percentage, and the table rows (one per figure, each variant's value, change, band and
 * verdict) that the screen and the CSV share.
 */

import type { LabKpi } from '@sandbox/shared/lab/kpis';
import type { KpiComparison, LabScorecard } from '@sandbox/shared/lab/schemas';
import type { TFunction } from 'i18next';
import { formatNumber } from '../../../i18n/format';
import type { Language } from '../../../i18n/i18n';

const DASH = '—';

export function formatFigure(value: number | null, decimals: number, language: Language): string {
  if (value === null) return DASH;
  return formatNumber(value, language, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

/** `+1.2`, `−0.4`, `±0` (a minus sign, not a hyphen). */
export function formatChange(value: number | null, decimals: number, language: Language): string {
  if (value === null) return DASH;
  const text = formatFigure(Math.abs(value), decimals, language);
  if (Number(text.replace(/[^\d.]/g, '')) === 0) return `±${text}`;
  return `${value > 0 ? '+' : '−'}${text}`;
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

export const formatPercent = (value: number | null, language: Language): string =>
  value === null ? DASH : `${formatChange(value, Math.abs(value) < 10 ? 1 : 0, language)}%`;

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
