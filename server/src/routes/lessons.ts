/**
 * Lessons over HTTP (shared/src/lessons/contract.ts): the list, one student's copy, and the check.
 * Answers are computed on the engine threads (the same methods the REST routes call, so a big
 * window never holds this thread); only parsing their JSON and marking happen here.
 */
import {
  LESSON_ENGINE_METHODS,
  lessonById,
  lessonList,
  lessonSeed,
  lessonView,
  parsedQuery,
  lessonRoutes as routes,
  type SourceFetch,
} from '@sandbox/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { PolicyStore } from '../data/policy-store';
import type { Engine } from '../engine/engine';
import { type AttemptRecord, checkAttempt, unknownLesson } from '../lessons/check-attempt';
import { writeRouteOptions } from './write-route-schema';

interface Options {
  engine: Engine;
  policy: PolicyStore;
  /** Called with every attempt (a class store, later). */
  onAttempt?: (record: AttemptRecord) => void;
}

export const lessonRoutes: FastifyPluginAsyncZod<Options> = async (app, { engine, policy, onAttempt }) => {
  app.removeContentTypeParser('text/plain');
  const policyEn: unknown = JSON.parse(policy.json('en'));
  const fetch: SourceFetch = async (source) => {
    if (source.route === 'policy') return policyEn;
    const json = await engine.call(LESSON_ENGINE_METHODS[source.route], parsedQuery(source) as never, Date.now());
    return JSON.parse(json) as unknown;
  };

  app.route({ ...writeRouteOptions(routes.listLessons), handler: async () => lessonList() });

  app.route({
    ...writeRouteOptions(routes.getLesson),
    handler: async (request) => {
      const lesson = lessonById(request.params.id);
      if (!lesson) throw unknownLesson(request.params.id);
      return lessonView(lesson, lessonSeed(lesson, request.query.class, request.query.student));
    },
  });

  app.route({
    ...writeRouteOptions(routes.checkLesson),
    handler: async (request) => checkAttempt(request.params.id, request.body, { fetch, onAttempt }),
  });
};
