/**
 * The Lab's work on the engine threads, for every caller that scores scenarios: the Lab's comparison
 * (routes/lab.ts) and a room's locked round (rooms/room-scorer.ts). Parts (shared/src/lab/parts.ts: a
 * stream of one scenario over a day or a peak period) go each to a lane: the lane that answered it
 * before (its caches are there), else the least loaded, longest parts first; one memory of lanes for
 * both callers, so a room's teams reuse what the Lab computed for the same scenarios and back. The
 * parts wait in the Lab's queue (lab-queue.ts: one part per thread at a time, comparisons in turn,
 * too much waiting work refused), so other routes' queries never wait behind a whole comparison.
 */
import type { Scenario, ScenarioScorecard } from '@sandbox/shared';
import { assignLanes, type LabPart, PartList } from '@sandbox/shared/lab/parts';
import { runScorecard } from '@sandbox/shared/lab/scenario-scorecard';
import type { Engine } from './engine';
import { LabQueue } from './lab-queue';

/** Parts whose lane is remembered (a key is ~100 characters: about 2 MB at most). */
const LANES_REMEMBERED = 10_000;

export interface LabRunner {
  /**
   * The answers of `parts`, in order, each computed on its lane; with `admit`, a LabBusyError (503)
   * instead when the Lab work already waiting and these parts would be over the queue's cap.
   */
  answers(parts: readonly LabPart[], nowMs: number, admit?: boolean): Promise<unknown[]>;
  /** The scorecard of each scenario over the whole-hour window `[fromMs, toMs)` of a city in `timeZone`. */
  scorecards(timeZone: string, scenarios: readonly Scenario[], fromMs: number, toMs: number, nowMs: number): Promise<ScenarioScorecard[]>;
}

export function labRunner(engine: Engine): LabRunner {
  /** The lane each part last went to, oldest first. */
  const lanes = new Map<string, number>();
  const queue = new LabQueue(engine);
  const answers = async (parts: readonly LabPart[], nowMs: number, admit = false) => {
    const chosen = assignLanes(parts, engine.lanes, (key) => lanes.get(key));
    const queued = parts.map((part, i) => {
      const lane = chosen[i] as number;
      // A part its lane answered before is in that thread's caches: a lookup.
      const cost = lanes.get(part.key) === lane ? 1 : part.cost;
      return { part, lane, cost };
    });
    // Throws at once when refused, so a refused comparison's lanes are not remembered.
    const answered = queue.run(queued, nowMs, admit);
    for (const { part, lane } of queued) {
      lanes.delete(part.key);
      lanes.set(part.key, lane);
      if (lanes.size > LANES_REMEMBERED) lanes.delete(lanes.keys().next().value as string);
    }
    return answered;
  };
  return {
    answers,
    async scorecards(timeZone, scenarios, fromMs, toMs, nowMs) {
      const list = new PartList(timeZone);
      const runs = scenarios.map((scenario) => list.run(scenario, fromMs, toMs));
      const answered = await answers(list.parts, nowMs);
      return scenarios.map((scenario, i) => runScorecard(scenario, timeZone, fromMs, toMs, runs[i] as (typeof runs)[number], answered));
    },
  };
}
