/**
 * What one comparison may ask of the engine: its runs (each scenario at its seed + 0 … seeds − 1), the
 * distinct parts they read (parts.ts: a stream shared by several runs is listed once) and their cost in
 * the parts' cost model (estimated milliseconds of one core, `LabPart.cost`), each setup (a
 * simulation, a meter population) counted once. The cost is a property of the request alone (the
 * caches' state does not enter it), so the same request is accepted or refused the same way every
 * time, and the Lab page computes it in the browser to offer only the seed counts that fit.
 */
import type { Scenario } from '../scenario/schemas';
import { type LabPart, PartList, type RunParts } from './parts';
import { MAX_SEEDS } from './schemas';

/**
 * The cap of one comparison's cost, estimated ms of one core (about 20 s of work: ~10 s on the two
 * engine threads of an idle 2-core machine). It admits the largest one-seed comparison the schema
 * allows (four scenarios with nothing in common over 7 days) and bands over the seeds where the runs
 * share streams or the window is shorter; 4 unrelated scenarios × 7 days × 10 seeds (~150 s of
 * work) is refused.
 */
export const MAX_LAB_COST_MS = 20_000;

const SEED_RANGE = 2 ** 32;

export interface LabRuns {
  /** Run `k × scenarios.length + s`: scenario `s` at its seed + k. */
  runs: Scenario[];
  parts: LabPart[];
  runParts: RunParts[];
}

/** The runs of `scenarios` over `seeds` seeds and the whole-hour window `[fromMs, toMs)`, with their parts. */
export function labRuns(scenarios: readonly Scenario[], seeds: number, fromMs: number, toMs: number, timeZone: string): LabRuns {
  const list = new PartList(timeZone);
  const runs: Scenario[] = [];
  const runParts: RunParts[] = [];
  for (let k = 0; k < seeds; k++) {
    for (const scenario of scenarios) {
      const run = { ...scenario, seed: (scenario.seed + k) % SEED_RANGE };
      runs.push(run);
      runParts.push(list.run(run, fromMs, toMs));
    }
  }
  return { runs, parts: list.parts, runParts };
}

/** Estimated ms of one core for `parts`: each part's cost, and each distinct setup once. */
export function partsCost(parts: readonly LabPart[]): number {
  const setups = new Map<string, number>();
  let cost = 0;
  for (const part of parts) {
    cost += part.cost;
    setups.set(part.setup.key, part.setup.cost);
  }
  for (const setup of setups.values()) cost += setup;
  return cost;
}

/** The comparison's estimated cost, ms of one core. */
export function labCost(scenarios: readonly Scenario[], seeds: number, fromMs: number, toMs: number, timeZone: string): number {
  return partsCost(labRuns(scenarios, seeds, fromMs, toMs, timeZone).parts);
}

/** The most seeds (1 … MAX_SEEDS) whose comparison is within the cap; 0 when even one seed is over it. */
export function maxSeedsWithinCap(scenarios: readonly Scenario[], fromMs: number, toMs: number, timeZone: string): number {
  let seeds = 0;
  while (seeds < MAX_SEEDS && labCost(scenarios, seeds + 1, fromMs, toMs, timeZone) <= MAX_LAB_COST_MS) seeds++;
  return seeds;
}
