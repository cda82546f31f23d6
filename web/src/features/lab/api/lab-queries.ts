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
  return {
    ...scenarioQuery('labScorecard', baseline, { ...slots, from: window.from, to: window.to, seeds }),
    // Ask even when the browser says it is offline: the server is usually on this machine (a
    // projector laptop with its Wi-Fi off still reaches it), and when it truly cannot be reached the
    // request fails at once and the page says so with a retry. The default ('online') paused the
    // query instead, and the Lab spun "Running 5 seeds…" with no word. Back online, the failed
    // comparison is asked again by itself (it has no answer, so it is stale); react-query turns that
    // off for 'always' unless asked.
    networkMode: 'always' as const,
    refetchOnReconnect: true,
  };
}
