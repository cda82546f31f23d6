/**
 * `GET /api/lab/scorecard`: a baseline and up to three variants compared over one window and N seeds
 * (lab/lab-answers.ts computes and keeps them). The parts (shared/src/lab/parts.ts: a stream of one
 * scenario over a day or a peak period, each listed once however many scenarios read it) go to the
 * engine threads through the Lab runner (engine/lab-runner.ts), each to a lane chosen for it: the lane
 * that answered it before (its caches are there), else the least loaded, longest parts first, so every
 * core works until the comparison is done. A comparison over the cost cap (lab/cost.ts) is refused when
 * planned (413 naming `seeds`); one that arrives while the threads already have too much Lab work
 * waiting gets 503 and Retry-After (engine/lab-queue.ts), so no comparison starves another route. A
 * student's sealed baseline is redacted from the answer.
 */
import { contract } from '@sandbox/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { redactSealedLab } from '../classes/sealed-redaction';
import { sealedTokenOf } from '../classes/sealed-requests';
import type { LabAnswers } from '../lab/lab-answers';
import { ENGINE_PATHS } from './engine-route';
import { routeSchema } from './route-schema';

export const labRoutes: FastifyPluginAsyncZod<{ lab: LabAnswers }> = async (app, { lab }) => {
  const route = contract.labScorecard;
  ENGINE_PATHS.add(route.path);
  app.get(route.path, { schema: routeSchema(route) }, async (request, reply) => {
    let json = await lab(request.query, Date.now());
    const sealed = sealedTokenOf(request);
    if (sealed) json = redactSealedLab(json, sealed);
    return reply.type('application/json; charset=utf-8').send(json as never);
  });
};
