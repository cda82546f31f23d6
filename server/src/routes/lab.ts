/**
 * `GET /api/lab/scorecard`: a baseline and up to three variants compared over one window and N seeds.
 * The main thread only plans (validates, resolves the window, lists the comparison's parts: no
 * simulation) and composes. The parts (shared/src/lab/parts.ts: a stream of one scenario over a day
 * or a peak period, each listed once however many scenarios read it) go to the engine threads through
 * the Lab runner (engine/lab-runner.ts), each to a lane chosen for it: the lane that answered it
 * before (its caches are there), else the least loaded, longest parts first, so every core works
 * until the comparison is done. A comparison over the cost cap (lab/cost.ts) is refused when planned
 * (413 naming `seeds`); one that arrives while the threads already have too much Lab work waiting
 * gets 503 and Retry-After (engine/lab-queue.ts), so no comparison starves another route. Composing
 * the scorecards from the parts' answers is a few loops over hours. The composed answer is kept as JSON
 * text by comparison key (scenario keys, slots, window, seeds) under the main service's memory
 * budget, so asking again costs a lookup.
 */
import { contract, type TelemetryService } from '@sandbox/shared';
import { composeLab } from '@sandbox/shared/lab/compare';
import type { LabPlan } from '@sandbox/shared/lab/plan';
import { runScorecards } from '@sandbox/shared/lab/scenario-scorecard';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { redactSealedLab } from '../classes/sealed-redaction';
import { sealedTokenOf } from '../classes/sealed-requests';
import type { LabRunner } from '../engine/lab-runner';
import { ENGINE_PATHS } from './engine-route';
import { routeSchema } from './route-schema';

/** A JSON answer's bytes in memory: UTF-16 text. */
const textBytes = (text: string) => text.length * 2;

export const labRoutes: FastifyPluginAsyncZod<{ runner: LabRunner; telemetry: TelemetryService }> = async (app, { runner, telemetry }) => {
  const route = contract.labScorecard;
  const answers = telemetry.memory.cache<string>('lab-answers', textBytes);
  /** Comparisons being computed: a second request for one waits for the first instead of computing it again. */
  const computing = new Map<string, Promise<string>>();
  const compute = async (plan: LabPlan, nowMs: number) => {
    const parts = await runner.answers(plan.parts, nowMs, true);
    const json = JSON.stringify(composeLab(plan, runScorecards(plan, parts)));
    answers.set(plan.key, json);
    return json;
  };
  ENGINE_PATHS.add(route.path);
  app.get(route.path, { schema: routeSchema(route) }, async (request, reply) => {
    const nowMs = Date.now();
    const plan = telemetry.lab.plan(request.query, nowMs);
    let json = answers.get(plan.key);
    if (json === undefined) {
      let pending = computing.get(plan.key);
      if (!pending) {
        pending = compute(plan, nowMs).finally(() => computing.delete(plan.key));
        computing.set(plan.key, pending);
      }
      json = await pending;
    }
    const sealed = sealedTokenOf(request);
    if (sealed) json = redactSealedLab(json, sealed);
    return reply.type('application/json; charset=utf-8').send(json as never);
  });
};
