/**
 * Classes over HTTP (shared/src/classes/contract.ts): a teacher opens a class (its scenario sealed),
 * students read it and join with their name (each gets the class's scenario with their own seed,
 * sealed, and the name's seat: class-seats.ts), and the teacher reads the progress as JSON or CSV with the key. Inputs are validated by
 * the contract's zod schemas before a handler runs; bodies over 256 KiB are a 413.
 */
import { ApiProblem, type ClassCreated, normalizeName, classRoutes as routes, ScenarioSchema, studentSeed } from '@sandbox/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { classOr404, classProgress, progressCsv, recordAttempt, teacherClass } from '../classes/class-records';
import { joinSeat } from '../classes/class-seats';
import type { SealedScenarios } from '../classes/sealed-scenarios';
import type { CityStore } from '../data/city-store';
import { hashToken, newJoinCode, newToken } from '../rooms/tokens';
import type { ClassStore } from '../store/classes';
import { writeRouteOptions } from './write-route-schema';

export interface ClassRouteOptions {
  classes: ClassStore;
  sealed: SealedScenarios;
  cities: CityStore;
}

/** Draws before giving up on a free class code (each collides with odds of classes ÷ 887 million). */
const CODE_ATTEMPTS = 8;

export const classRoutesPlugin: FastifyPluginAsyncZod<ClassRouteOptions> = async (app, options) => {
  const { classes, sealed, cities } = options;
  app.removeContentTypeParser('text/plain');

  app.route({
    ...writeRouteOptions(routes.createClass),
    handler: async (request, reply) => {
      const { name, lessons, start } = request.body;
      const scenario = request.body.scenario ?? ScenarioSchema.parse({});
      if (!cities.get(scenario.city)) {
        const known = cities
          .list()
          .map((c) => c.id)
          .join(', ');
        throw new ApiProblem(400, `Unknown city "${scenario.city}" in scenario.city; known: ${known}.`, 'scenario.city');
      }
      const teacherKey = newToken();
      for (let attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
        const code = newJoinCode();
        const created = await classes.create({
          code,
          name,
          lessons,
          scenario,
          ...(start ? { start } : {}),
          teacherHash: hashToken(teacherKey),
          createdAtMs: Date.now(),
        });
        if (created === 'taken') continue;
        const answer: ClassCreated = {
          code,
          name,
          teacherKey,
          studentLink: `/class/${code}`,
          teacherLink: `/classes/${code}#key=${teacherKey}`,
        };
        return reply.code(201).header('location', `/api/classes/${code}`).header('cache-control', 'no-store').send(answer);
      }
      throw new Error(`no free class code after ${CODE_ATTEMPTS} draws`);
    },
  });

  app.route({
    ...writeRouteOptions(routes.getClass),
    handler: async (request, reply) => {
      const found = await classOr404(classes, request.params.code);
      return reply.header('cache-control', 'no-cache').send({
        code: found.code,
        name: found.name,
        lessons: found.lessons,
        city: found.scenario.city,
        // Where students start: a page and a moment, nothing of the scenario (no levers, no faults).
        ...(found.start ? { start: { page: found.start.page, ...(found.start.t ? { t: found.start.t } : {}) } } : {}),
        createdAt: new Date(found.createdAtMs).toISOString(),
      });
    },
  });

  app.route({
    ...writeRouteOptions(routes.joinClass),
    handler: async (request, reply) => {
      const found = await classOr404(classes, request.params.code);
      const { student, seat } = request.body;
      const held = await joinSeat(classes, found.code, student, seat);
      const token = await sealed.seal({ ...found.scenario, seed: studentSeed(found.code, student) });
      return reply.header('cache-control', 'no-store').send({ student, city: found.scenario.city, sealed: token, seat: held });
    },
  });

  app.route({
    ...writeRouteOptions(routes.freeSeat),
    handler: async (request, reply) => {
      const found = await teacherClass(classes, request.params.code, request.headers.authorization);
      const { student } = request.params;
      if (!(await classes.freeSeat(found.code, normalizeName(student))))
        throw new ApiProblem(404, `No one has joined class ${found.code} as "${student}".`, 'student');
      return reply.code(204).header('cache-control', 'no-store').send();
    },
  });

  app.route({
    ...writeRouteOptions(routes.recordAttempt),
    handler: async (request, reply) => {
      const found = await teacherClass(classes, request.params.code, request.headers.authorization);
      const attempt = await recordAttempt(classes, found.code, request.body);
      return reply.code(201).header('cache-control', 'no-store').send(attempt);
    },
  });

  app.route({
    ...writeRouteOptions(routes.classProgress),
    handler: async (request, reply) => {
      const found = await teacherClass(classes, request.params.code, request.headers.authorization);
      return reply.header('cache-control', 'no-store').send(await classProgress(classes, found));
    },
  });

  app.route({
    ...writeRouteOptions(routes.classProgressCsv),
    handler: async (request, reply) => {
      const found = await teacherClass(classes, request.params.code, request.headers.authorization);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="class-${found.code}-progress.csv"`)
        .header('cache-control', 'no-store')
        .send(progressCsv(await classProgress(classes, found)));
    },
  });
};
