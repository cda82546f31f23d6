/**
 * Figures as the sources state them, formatted for the reader: compact from a million up
 * (140M / 1.4억, the way the overview itself writes "1.4억 달러"), grouped below, percent and minutes
 * through Intl. The currency word and the qualifier ("about", "+", "up to") come from the catalogs.
 */
import type { PolicyFigure } from '@sandbox/shared/policy/schemas';
import { formatNumber } from '../../i18n/format';
import type { Language } from '../../i18n/i18n';

export type FigureUnit = PolicyFigure['unit'];

/** The number alone, localized; `usd` still needs its currency template (`policy.unit.usd`). */
export function formatFigureNumber(value: number, unit: FigureUnit, language: Language): string {
  switch (unit) {
    case 'percent':
      return formatNumber(value / 100, language, { style: 'percent', maximumFractionDigits: 1 });
    case 'minutes':
      return formatNumber(value, language, { style: 'unit', unit: 'minute', unitDisplay: 'long' });
    default:
      return value >= 1_000_000
        ? formatNumber(value, language, { notation: 'compact', maximumFractionDigits: 1, useGrouping: 'always' })
        : formatNumber(value, language, { maximumFractionDigits: 0 });
  }
}
