/**
 * Contract entries: lessons. Reads list the lessons and give one student's copy (scenario links,
 * questions, never answers); the check computes the answers on the engine for that student's
 * scenario and marks the attempt.
 */
import type { WriteRouteContract } from '../common/write-route-contract';
import { LessonCheckBodySchema, LessonCheckSchema, LessonListSchema, LessonParamsSchema, LessonQuerySchema, LessonSchema } from './schemas';

export const lessonRoutes = {
  listLessons: {
    method: 'GET',
    path: '/api/lessons',
    summary: 'The lessons: id, topic, the catalog key of the title and the number of questions (no answers).',
    tags: ['lessons'],
    status: 200,
    response: LessonListSchema,
    etag: false,
    errors: [],
  },
  getLesson: {
    method: 'GET',
    path: '/api/lessons/:id',
    summary:
      'One lesson as a student gets it: their seed (from `class` and `student`, else the default), the places it names, steps with app links on their scenario, and the questions (kinds, tolerances, options) — never the answers.',
    tags: ['lessons'],
    params: LessonParamsSchema,
    query: LessonQuerySchema,
    status: 200,
    response: LessonSchema,
    etag: false,
    errors: [400, 404],
  },
  checkLesson: {
    method: 'POST',
    path: '/api/lessons/:id/check',
    summary:
      'Marks answers: computes each answered question’s answer on the engine for the student’s scenario and says right or wrong, with a hint key when wrong, and the explanation key and computed answer only when right (a wrong try never sees the answer).',
    description:
      'Numbers are right within the question’s tolerance; an unknown question is a 404, a value of the wrong type or not among the options a 400 naming `answers.<id>`.',
    tags: ['lessons'],
    params: LessonParamsSchema,
    body: LessonCheckBodySchema,
    status: 200,
    response: LessonCheckSchema,
    etag: false,
    errors: [400, 404, 413, 415],
    exampleBody: { class: 'room-12', student: 'Ada', answers: { station: 'linden-park-bench', hours: 4 } },
  },
} as const satisfies Record<string, WriteRouteContract>;
