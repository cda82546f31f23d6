/**
 * The Lab's request, typed by the contract: the baseline (the address bar's scenario, through the
 * one codec), the variants as `v1`–`v3`, the window and the seeds of the effect-or-noise band. The
 * page asks twice: with one seed (the scorecard, quick) and with the band's seeds (each run the
 * server has already done is a cache hit, so the second costs the extra seeds only).
 */
import type { Scenario } from '@sandbox/shared/scenario/schemas';
import { scenarioQuery } from '../../../api/contract-query';
import { VARIANT_PARAMS, variantParam } from '../../../state/lab/lab-url';

export interface LabWindow {
  from: string;
  to: string;
}

export function labScorecardQuery(baseline: Scenario, variants: readonly Scenario[], window: LabWindow, seeds: number) {
  const slots: Partial<Record<(typeof VARIANT_PARAMS)[number], string>> = {};
  variants.forEach((variant, i) => {
    const name = VARIANT_PARAMS[i];
    if (name) slots[name] = variantParam(variant);
  });
  return scenarioQuery('labScorecard', baseline, { ...slots, from: window.from, to: window.to, seeds });
}
