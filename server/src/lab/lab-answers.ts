/**
 * The Lab's comparisons as JSON text, computed once per comparison key (scenario keys, slots,
 * window, seeds) and kept under the main service's memory budget: the Lab route answers from it, and
 * a lesson that reads the Lab (its answer computed, never stored) gets the very answer the page shows.
 * The main thread only plans (validates, resolves the window, lists the parts: no simulation) and
 * composes; the parts run on the engine threads through the Lab runner. A second request for a
 * comparison being computed waits for the first instead of computing it again.
 */
import type { TelemetryService } from '@sandbox/shared';
import { composeLab } from '@sandbox/shared/lab/compare';
import type { LabPlan } from '@sandbox/shared/lab/plan';
import { runScorecards } from '@sandbox/shared/lab/scenario-scorecard';
import type { LabRunner } from '../engine/lab-runner';

/** A JSON answer's bytes in memory: UTF-16 text. */
const textBytes = (text: string) => text.length * 2;

/** The Lab query as its route parses it. */
export type LabQuery = Parameters<TelemetryService['lab']['plan']>[0];
export type LabAnswers = (query: LabQuery, nowMs: number) => Promise<string>;

export function labAnswers(runner: LabRunner, telemetry: TelemetryService): LabAnswers {
  const answers = telemetry.memory.cache<string>('lab-answers', textBytes);
  const computing = new Map<string, Promise<string>>();
  const compute = async (plan: LabPlan, nowMs: number) => {
    const parts = await runner.answers(plan.parts, nowMs, true);
    const json = JSON.stringify(composeLab(plan, runScorecards(plan, parts)));
    answers.set(plan.key, json);
    return json;
  };
  return async (query, nowMs) => {
    const plan = telemetry.lab.plan(query, nowMs);
    const cached = answers.get(plan.key);
    if (cached !== undefined) return cached;
    let pending = computing.get(plan.key);
    if (!pending) {
      pending = compute(plan, nowMs).finally(() => computing.delete(plan.key));
      computing.set(plan.key, pending);
    }
    return pending;
  };
}
