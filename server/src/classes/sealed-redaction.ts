/**
 * What a sealed request's answer must not show: the Lab echoes its baseline (the scenario as query
 * parameters, its lever episodes, the levers and faults a variant differs in and the chains they
 * explain). For a sealed baseline those become the token alone and empty lists; the figures stay.
 * Every other simulating answer carries data, not the scenario (the sealed-routes test walks them all).
 */
import type { LabScorecard } from '@sandbox/shared';

/** The Lab's answer for a sealed baseline: its echo of the baseline replaced by the token; the figures untouched. */
export function redactSealedLab(payload: string, token: string): string {
  const card = JSON.parse(payload) as LabScorecard;
  if (!Array.isArray(card.scenarios)) return payload;
  const redacted: LabScorecard = {
    ...card,
    scenarios: card.scenarios.map((s) => (s.role === 'baseline' ? { ...s, query: { sealed: token }, episodes: [] } : s)),
    comparisons: card.comparisons.map((c) => ({
      ...c,
      changed: [],
      kpis: c.kpis.map((kpi) => ({ ...kpi, why: [] })),
    })),
    chains: [],
  };
  return JSON.stringify(redacted);
}
