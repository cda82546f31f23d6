/**
 * A Lab request turned into the scenarios to run: the baseline and its variants, each at its own seed
 * and again at seed + 1, … + (seeds − 1) for the effect-or-noise band, over one whole-hour window.
 * Pure and cheap (no simulation is built), so the server plans on its main thread; the runs' work is
 * listed as parts (parts.ts), each once however many runs read it, for the engine threads to share.
 */
import type { City } from '../city/schemas';
import { ApiProblem, notFound } from '../common/problem';
import { DAY_MS, HOUR_MS } from '../common/time';
import { scenarioFromQuery, scenarioKey } from '../scenario/query';
import type { Scenario } from '../scenario/schemas';
import { CAPS } from '../simulation/caps';
import { chartWindow } from '../simulation/windows';
import { labRuns, MAX_LAB_COST_MS, maxSeedsWithinCap, partsCost } from './cost';
import { type LabPart, queryFields, type RunParts } from './parts';
import type { LabScenarioQuery, LabScorecardQuery, VariantFields } from './schemas';

/**
 * A comparison over the cost cap (cost.ts), as a 413 naming `seeds` (the field a caller can always
 * lower: one seed of the largest comparison the schema allows is within the cap) and the cap, with
 * the most seeds that fit this window and these variants.
 */
function overCap(scenarios: readonly Scenario[], seeds: number, days: number, cost: number, fit: number): ApiProblem {
  const asked = `${scenarios.length} scenarios × ${seeds} seeds × ${days.toFixed(1)} days`;
  const advice =
    fit > 0
      ? `at most ${fit} seed${fit === 1 ? '' : 's'} with this window and these variants (or fewer variants or days)`
      : 'fewer variants or days';
  return new ApiProblem(
    413,
    `This comparison (${asked}) would take about ${(cost / 1000).toFixed(0)} s of engine work, over the cap of ${MAX_LAB_COST_MS / 1000} s per comparison; ask for ${advice}.`,
    'seeds',
  );
}

export interface LabPlan {
  city: string;
  timezone: string;
  fromMs: number;
  toMs: number;
  seeds: number;
  /** The baseline, then the variants in order (v1, v2, v3 as given). */
  scenarios: Scenario[];
  /** Which variant parameter each variant came from (1–3). */
  variantIndex: number[];
  /** Run `k × scenarios.length + s`: scenario `s` at its seed + k. */
  runs: LabScenarioQuery[];
  /** The distinct parts of the runs' figures (parts.ts), and the parts of each run. */
  parts: LabPart[];
  runParts: RunParts[];
  /** Cache key of the whole comparison: the scenarios' keys and variant slots, the window and the seed count. */
  key: string;
}

/** A run's query: one scenario over a whole-hour window (the service's `labScenario`). */
export function labRun(scenario: Scenario, fromMs: number, toMs: number): LabScenarioQuery {
  return { ...queryFields(scenario), fromMs, toMs };
}

export function labPlan(q: LabScorecardQuery, cities: ReadonlyMap<string, City>, nowMs: number): LabPlan {
  const city = cities.get(q.city);
  if (!city) throw notFound(`Unknown city "${q.city}"; known cities: ${[...cities.keys()].join(', ')}.`, 'city');
  const asked = chartWindow(CAPS.labScorecard, q, nowMs);
  const fromMs = Math.floor(asked.fromMs / HOUR_MS) * HOUR_MS;
  const toMs = Math.max(fromMs + HOUR_MS, Math.ceil(asked.toMs / HOUR_MS) * HOUR_MS);
  const baseline = scenarioFromQuery(q);
  const given = ([q.v1, q.v2, q.v3] as (VariantFields | undefined)[]).flatMap((v, i) => (v ? [{ v, index: i + 1 }] : []));
  const variants = given.map(({ v }) => scenarioFromQuery({ ...v, city: q.city }));
  const scenarios = [baseline, ...variants];
  const planned = labRuns(scenarios, q.seeds, fromMs, toMs, city.timezone);
  const cost = partsCost(planned.parts);
  if (cost > MAX_LAB_COST_MS)
    throw overCap(scenarios, q.seeds, (toMs - fromMs) / DAY_MS, cost, maxSeedsWithinCap(scenarios, fromMs, toMs, city.timezone));
  const key = `${scenarios.map(scenarioKey).join('|')}|v${given.map((g) => g.index).join(',')}|${fromMs}|${toMs}|${q.seeds}`;
  return {
    city: city.id,
    timezone: city.timezone,
    fromMs,
    toMs,
    seeds: q.seeds,
    scenarios,
    variantIndex: given.map((g) => g.index),
    runs: planned.runs.map((run) => labRun(run, fromMs, toMs)),
    parts: planned.parts,
    runParts: planned.runParts,
    key,
  };
}
