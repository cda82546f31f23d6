/**
 * Scorecards → the Lab's answer: each variant's difference from the baseline (absolute and %), the
 * range of that difference over the seeds, the verdict (an effect larger than seed-to-seed
 * variation, or noise) and the lever chains that explain it. Pure: the server composes its engine
 * threads' scorecards with it, the service its own.
 */
import { HOUR_MS } from '../common/time';
import { scenarioEpisodes } from '../scenario/episodes';
import { scenarioToQuery } from '../scenario/query';
import type { Scenario } from '../scenario/schemas';
import { iso } from '../simulation/answers';
import { LAB_KPIS, type LabKpi, type LabKpiId } from './kpis';
import { chainsFor, changedLevers, LEVER_CHAINS } from './lever-chains';
import type { LabPlan } from './plan';
import { type KpiComparison, LAB_SERIES, type LabScorecard, LabSeriesIdSchema, type ScenarioScorecard, type Verdict } from './schemas';

/** The band of a difference over the seeds and its verdict. */
export interface Band {
  min: number;
  max: number;
  mean: number;
  spread: number;
  seeds: number;
}

/**
 * The difference over the seeds (variant − baseline, seed by seed: both sides share each seed's
 * weather and draws, so what differs is the lever) and its verdict: `effect` when the mean difference
 * is larger than its seed-to-seed variation (the range of the differences, max − min; every seed then
 * moves the figure the same way), `noise` otherwise; null with fewer than two seeds that have a value
 * on both sides. A variant that differs only by its seed compares independent draws, whose range is
 * wider than their mean almost always (five draws: a chance of about 1 in 5 million).
 */
export function seedBand(
  baseline: readonly (number | null)[],
  variant: readonly (number | null)[],
): { band: Band | null; verdict: Verdict | null } {
  const diffs: number[] = [];
  baseline.forEach((b, k) => {
    const v = variant[k];
    if (b !== null && v !== null && v !== undefined) diffs.push(v - b);
  });
  if (diffs.length < 2) return { band: null, verdict: null };
  const min = Math.min(...diffs);
  const max = Math.max(...diffs);
  const mean = diffs.reduce((a, b) => a + b, 0) / diffs.length;
  const spread = max - min;
  return { band: { min, max, mean, spread, seeds: diffs.length }, verdict: Math.abs(mean) > spread ? 'effect' : 'noise' };
}

const roundTo = (x: number, decimals: number) => Math.round(x * 10 ** decimals) / 10 ** decimals;

function formatDiff(kpi: LabKpi, diff: number, pct: number | null): string {
  const sign = diff > 0 ? '+' : '';
  const abs = `${sign}${roundTo(diff, kpi.decimals)} ${kpi.unit}`;
  return pct === null ? `${kpi.label.en} ${abs}` : `${kpi.label.en} ${abs} (${sign}${roundTo(pct, 1)}%)`;
}

/** The verdict of one variant in words, for API readers (the web writes its own, in both languages). */
function summarize(seeds: number, kpis: KpiComparison[]): string {
  if (seeds < 2) return 'One seed: the differences are shown without an effect-or-noise verdict; ask for 2 or more seeds.';
  const effects = kpis.filter((k) => k.verdict === 'effect');
  const judged = kpis.filter((k) => k.verdict !== null).length;
  if (effects.length === 0) return `No figure moves by more than the seed-to-seed variation over ${seeds} seeds: what differs is noise.`;
  const named = effects
    .map((k) => formatDiff(LAB_KPIS.find((d) => d.id === k.id) as LabKpi, k.diff ?? 0, k.diffPct))
    .slice(0, 4)
    .join(', ');
  return `An effect on ${effects.length} of ${judged} figures, larger than the seed-to-seed variation over ${seeds} seeds: ${named}${effects.length > 4 ? ', …' : ''}; the rest is within noise.`;
}

const figureOf = (card: ScenarioScorecard | undefined, id: LabKpiId) => card?.values[id].value ?? null;

export function composeLab(plan: LabPlan, cards: readonly ScenarioScorecard[]): LabScorecard {
  const count = plan.scenarios.length;
  const cardAt = (k: number, s: number) => cards[k * count + s];
  const hours = Math.round((plan.toMs - plan.fromMs) / HOUR_MS);
  const baseline = plan.scenarios[0] as Scenario;
  const usedChains = new Set<string>();
  const comparisons = plan.scenarios.slice(1).map((variant, i) => {
    const s = i + 1;
    const changed = changedLevers(baseline, variant);
    const kpis = LAB_KPIS.map(({ id }): KpiComparison => {
      const b = figureOf(cardAt(0, 0), id);
      const v = figureOf(cardAt(0, s), id);
      const diff = b === null || v === null ? null : v - b;
      const seeds = Array.from({ length: plan.seeds }, (_, k) => k);
      const { band, verdict } = seedBand(
        seeds.map((k) => figureOf(cardAt(k, 0), id)),
        seeds.map((k) => figureOf(cardAt(k, s), id)),
      );
      const why = chainsFor(changed, id).map((chain) => chain.id);
      for (const chain of why) usedChains.add(chain);
      return { id, diff, diffPct: diff === null || !b ? null : (diff / Math.abs(b as number)) * 100, band, verdict, why };
    });
    return {
      variant: plan.variantIndex[i] as number,
      changed,
      kpis,
      effects: kpis.filter((k) => k.verdict === 'effect').length,
      summary: summarize(plan.seeds, kpis),
    };
  });
  return {
    city: plan.city,
    timezone: plan.timezone,
    from: iso(plan.fromMs),
    to: iso(plan.toMs),
    seeds: plan.seeds,
    time: Array.from({ length: hours }, (_, h) => plan.fromMs + h * HOUR_MS),
    kpis: [...LAB_KPIS],
    seriesInfo: LabSeriesIdSchema.options.map((id) => ({ id, ...LAB_SERIES[id] })),
    scenarios: plan.scenarios.map((scenario, s) => ({
      ...(cardAt(0, s) as ScenarioScorecard),
      role: s === 0 ? ('baseline' as const) : ('variant' as const),
      index: s === 0 ? 0 : (plan.variantIndex[s - 1] as number),
      query: scenarioToQuery(scenario),
      episodes: scenarioEpisodes(scenario),
    })),
    comparisons,
    chains: LEVER_CHAINS.filter((chain) => usedChains.has(chain.id)),
  };
}
