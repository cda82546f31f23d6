/**
 * `GET /api/lab/scorecard`: a baseline and up to three variants compared over one window and N seeds.
 * The main thread only plans (validates, resolves the window, lists the runs: no simulation) and
 * composes; each run — one scenario at one seed — goes to the engine thread that holds that
 * scenario's caches, so a comparison spreads over the threads and reuses what the pages computed.
 * The composed answer is kept as JSON text by comparison key (scenario keys, slots, window, seeds)
 * under the main service's memory budget, so asking again costs a lookup.
 */
import { contract, type ScenarioScorecard, type TelemetryService } from '@sandbox/shared';
import { composeLab } from '@sandbox/shared/lab/compare';
import type { LabPlan } from '@sandbox/shared/lab/plan';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Engine } from '../engine/engine';
import { ENGINE_PATHS } from './engine-route';
import { routeSchema } from './route-schema';

/** A JSON answer's bytes in memory: UTF-16 text. */
const textBytes = (text: string) => text.length * 2;

export const labRoutes: FastifyPluginAsyncZod<{ engine: Engine; telemetry: TelemetryService }> = async (app, { engine, telemetry }) => {
  const route = contract.labScorecard;
  const answers = telemetry.memory.cache<string>('lab-answers', textBytes);
  /** Comparisons being computed: a second request for one waits for the first instead of computing it again. */
  const computing = new Map<string, Promise<string>>();
  const compute = async (plan: LabPlan, nowMs: number) => {
    const cards = await Promise.all(
      plan.runs.map(async (run) => JSON.parse(await engine.call('labScenario', run, nowMs)) as ScenarioScorecard),
    );
    const json = JSON.stringify(composeLab(plan, cards));
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
    return reply.type('application/json; charset=utf-8').send(json as never);
  });
};
