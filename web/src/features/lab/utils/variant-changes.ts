/**
 * What a variant changes, in words for its card and the chart's legend ("EV share 40%", "Seed 11"),
 * from the engine's own list of what differs (lab/lever-chains.ts) and its lever names (EN/KO).
 */
import { changedLevers, type LabLever, LEVER_LABELS } from '@sandbox/shared/lab/lever-chains';
import type { Scenario } from '@sandbox/shared/scenario/schemas';
import type { TFunction } from 'i18next';
import { formatNumber } from '../../../i18n/format';
import type { Language } from '../../../i18n/i18n';

const ON_OFF = { en: ['on', 'off'], ko: ['켬', '끔'] } as const;

function leverValue(lever: LabLever, variant: Scenario, language: Language): string {
  const l = variant.levers;
  const percent = (share: number) => `${formatNumber(share * 100, language, { maximumFractionDigits: 0 })}%`;
  const [on, off] = ON_OFF[language];
  switch (lever) {
    case 'seed':
      return String(variant.seed);
    case 'evShare':
      return percent(l.evShare);
    case 'connectedShare':
      return percent(l.connectedShare);
    case 'bsmRateHz':
      return `${formatNumber(l.bsmRateHz, language)} Hz`;
    case 'faults':
      return String(variant.faults.length);
    default:
      // A switch or an episode window: on or off.
      return l[lever] ? on : off;
  }
}

/** "EV share 40%" for each lever that differs from the baseline (empty: the same scenario). */
export function variantChanges(baseline: Scenario, variant: Scenario, language: Language): string[] {
  return changedLevers(baseline, variant).map((lever) => `${LEVER_LABELS[lever][language]} ${leverValue(lever, variant, language)}`);
}

/** Past this many characters a variant's changes are named by the first and a count (a tile is narrow). */
const SHORT_CHANGES = 32;

/**
 * What a variant changes, short enough for a verdict tile's label: "EV share 40%, Signal retiming
 * on", or "EV share 40% + 2 more" when that would run long; "Same as the baseline" when nothing differs.
 */
export function changesSummary(changes: readonly string[], t: TFunction): string {
  const [first] = changes;
  if (first === undefined) return t('lab.noChange');
  const all = changes.join(', ');
  return all.length <= SHORT_CHANGES || changes.length === 1 ? all : t('lab.moreChanges', { first, count: changes.length - 1 });
}
