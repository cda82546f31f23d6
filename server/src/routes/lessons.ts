/**
 * Lessons over HTTP (shared/src/lessons/contract.ts): the list, one student's copy, and the check.
 * Answers are computed on the engine threads (the same methods the REST routes call, and the Lab's
 * comparisons as the Lab route answers them, so a big window never holds this thread); only parsing
 * their JSON and marking happen here.
 */
import {
  ClassCodeSchema,
  LESSON_ENGINE_METHODS,
  lessonById,
  lessonList,
  lessonScenario,
  lessonSeed,
  lessonView,
  parsedQuery,
  lessonRoutes as routes,
  type SourceFetch,
} from '@sandbox/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { recordAttempt } from '../classes/class-records';
import { seatHeld } from '../classes/class-seats';
import type { SealedScenarios } from '../classes/sealed-scenarios';
import type { PolicyStore } from '../data/policy-store';
import { type Engine, parsedAnswer } from '../engine/engine';
import type { LabAnswers, LabQuery } from '../lab/lab-answers';
import { checkAttempt, unknownLesson } from '../lessons/check-attempt';
import type { ClassStore } from '../store/classes';
import { writeRouteOptions } from './write-route-schema';

interface Options {
  engine: Engine;
  /** The Lab's comparisons, as the Lab route answers them. */
  lab: LabAnswers;
  policy: PolicyStore;
  /** The classes (student mode): a class's student gets sealed links, and their attempts are recorded. */
  classes: ClassStore;
  sealed: SealedScenarios;
}

export const lessonRoutes: FastifyPluginAsyncZod<Options> = async (app, { engine, lab, policy, classes, sealed }) => {
  /**
   * The class a student named, when it exists: their links are then sealed and their answers recorded
   * for the teacher. A code no class has still picks the seed (self-study), with nothing recorded.
   */
  const classOf = async (classCode: string | undefined, student: string | undefined) => {
    const code = ClassCodeSchema.safeParse(classCode);
    if (!code.success || !student?.trim()) return undefined;
    return (await classes.get(code.data)) ? code.data : undefined;
  };
  app.removeContentTypeParser('text/plain');
  const policyEn: unknown = JSON.parse(policy.json('en'));
  const fetch: SourceFetch = async (source) => {
    if (source.route === 'policy') return policyEn;
    if (source.route === 'labScorecard') return JSON.parse(await lab(parsedQuery(source) as LabQuery, Date.now())) as unknown;
    return parsedAnswer(await engine.call(LESSON_ENGINE_METHODS[source.route], parsedQuery(source) as never, Date.now()));
  };

  app.route({ ...writeRouteOptions(routes.listLessons), handler: async () => lessonList() });

  app.route({
    ...writeRouteOptions(routes.getLesson),
    handler: async (request) => {
      const lesson = lessonById(request.params.id);
      if (!lesson) throw unknownLesson(request.params.id);
      const { class: classCode, student } = request.query;
      const seed = lessonSeed(lesson, classCode, student);
      const code = await classOf(classCode, student);
      if (!code || !student) return lessonView(lesson, seed);
      // A class's student: the lesson's scenario (faults and all) stays on the server; the links carry its token.
      const token = await sealed.seal(lessonScenario(lesson.id, seed));
      return lessonView(lesson, seed, { token, classCode: code, student: student.trim() });
    },
  });

  app.route({
    ...writeRouteOptions(routes.checkLesson),
    handler: async (request) => {
      const result = await checkAttempt(request.params.id, request.body, { fetch });
      const { student, seat } = request.body;
      const code = await classOf(request.body.class, student);
      if (!code || !student) return result;
      // Every answer of a class's student reaches the teacher's progress, right or wrong, when this
      // browser holds the name's seat; without it the answers are marked, not recorded.
      const held = await seatHeld(classes, code, student, seat);
      if (!held) return { ...result, recorded: false };
      // Recorded under the name as the student first typed it, however this check spelled it.
      for (const { questionId, correct } of result.results)
        await recordAttempt(classes, code, { student: held.student, lessonId: result.lessonId, questionId, correct });
      return { ...result, recorded: true };
    },
  });
};
