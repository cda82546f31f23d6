/**
 * Contract entries: classes (issue 15). A teacher opens a class and gets its code and a secret
 * teacher key; students open `/class/<code>`, type their name and get their own sealed scenario;
 * the teacher reads who answered what (JSON or CSV) with the key as `Authorization: Bearer <key>`.
 * Attempts are recorded by the lessons' answer check on the server (`recordAttempt`); the attempts
 * route lets a teacher's tool record one too, with the key.
 */
import type { WriteRouteContract } from '../common/write-route-contract';
import {
  AttemptBodySchema,
  AttemptSchema,
  ClassCreatedSchema,
  ClassCreateSchema,
  ClassInfoSchema,
  ClassParamsSchema,
  ClassProgressSchema,
  ClassStudentParamsSchema,
  MAX_CLASS_ATTEMPTS,
  MAX_CLASS_SEATS,
  StudentJoinSchema,
  StudentSeatSchema,
} from './schemas';

export const classRoutes = {
  createClass: {
    method: 'POST',
    path: '/api/classes',
    summary: 'Opens a class: its name, its lessons and (optionally) its scenario, sealed so students never see its levers or faults.',
    description: 'Answers the class code, the student link and the teacher’s key and link (shown once: keep them to read the progress).',
    tags: ['classes'],
    body: ClassCreateSchema,
    status: 201,
    response: ClassCreatedSchema,
    errors: [400, 413, 415],
    exampleBody: { name: 'Period 3 — data literacy', lessons: ['broken-sensors'] },
  },
  getClass: {
    method: 'GET',
    path: '/api/classes/:code',
    summary: 'A class as students see it: its name, lessons and city; nothing secret.',
    tags: ['classes'],
    params: ClassParamsSchema,
    status: 200,
    response: ClassInfoSchema,
    etag: false,
    errors: [400, 404],
  },
  joinClass: {
    method: 'POST',
    path: '/api/classes/:code/students',
    summary:
      'A student joins with their name: answers their own sealed scenario (the class’s, with a seed from the code and the name) and their seat.',
    description: `The first join with a name takes it (names compare as the seed does: case and spacing ignored) and answers a seat token; the lessons’ check records that name’s answers only with it. Joining again with a taken name needs its seat token, else 409 (a teacher frees a name with DELETE). A class seats at most ${MAX_CLASS_SEATS} names (409).`,
    tags: ['classes'],
    params: ClassParamsSchema,
    body: StudentJoinSchema,
    status: 200,
    response: StudentSeatSchema,
    etag: false,
    errors: [400, 404, 409, 413, 415],
    exampleBody: { student: 'Mina Park' },
  },
  freeSeat: {
    method: 'DELETE',
    path: '/api/classes/:code/students/:student',
    summary: 'Frees a name taken in the class (teacher), so the student can join again from another browser; their answers stay.',
    tags: ['classes'],
    params: ClassStudentParamsSchema,
    auth: 'teacher',
    status: 204,
    errors: [400, 401, 403, 404],
  },
  recordAttempt: {
    method: 'POST',
    path: '/api/classes/:code/attempts',
    summary: `Records one answer of a student (teacher): right or wrong, stamped now. A class keeps at most ${MAX_CLASS_ATTEMPTS.toLocaleString('en')}.`,
    description:
      'The lessons’ answer check records attempts on the server itself; this route is for a teacher’s own tools. 409 when the class is full.',
    tags: ['classes'],
    params: ClassParamsSchema,
    body: AttemptBodySchema,
    auth: 'teacher',
    status: 201,
    response: AttemptSchema,
    errors: [400, 401, 403, 404, 409, 413, 415],
    exampleBody: { student: 'Mina Park', lessonId: 'broken-sensors', questionId: 'which-bench', correct: true },
  },
  classProgress: {
    method: 'GET',
    path: '/api/classes/:code/progress',
    summary: 'Who joined, and who answered what, right or wrong, and when (teacher).',
    tags: ['classes'],
    params: ClassParamsSchema,
    auth: 'teacher',
    status: 200,
    response: ClassProgressSchema,
    etag: false,
    errors: [400, 401, 403, 404],
  },
  classProgressCsv: {
    method: 'GET',
    path: '/api/classes/:code/progress.csv',
    summary: 'The progress as CSV (teacher): one row per attempt, oldest first.',
    tags: ['classes'],
    params: ClassParamsSchema,
    auth: 'teacher',
    status: 200,
    produces: 'text/csv',
    download: true,
    errors: [400, 401, 403, 404],
  },
} as const satisfies Record<string, WriteRouteContract>;
