/**
 * Classes and sealed scenarios (issue 15, student mode). A sealed scenario is a scenario the server
 * keeps and names by an opaque token, so a student's link (`?sealed=<token>`) carries no levers and
 * no faults; every simulating route resolves the token on the server before the engine runs. A class
 * is what a teacher opens: a short code for students (like a room's join code), a secret teacher key
 * for the progress, the lessons it uses, and each student's answers. Every input is validated here.
 */
import { z } from 'zod';
import { IsoTimeSchema } from '../common/schemas';
import { joinCodeSchema } from '../rooms/schemas';
import { personNameSchema, SavedNameSchema } from '../saved/schemas';
import { VIEW_PAGES } from '../scenario/address';
import { ScenarioSchema } from '../scenario/schemas';

export { SEALED_TOKEN_LENGTH, SealedTokenSchema } from '../scenario/sealed-token';

/** How many attempts a class keeps; the next one is refused (409), so progress answers stay bounded. */
export const MAX_CLASS_ATTEMPTS = 10_000;
/** How many names a class seats; the next join is refused (409), so the roster stays bounded. */
export const MAX_CLASS_SEATS = 500;
/** How many lessons a class may list. */
export const MAX_CLASS_LESSONS = 50;

export const ClassCodeSchema = joinCodeSchema('class code').describe('The class code (6 letters and digits, any case).');
export const ClassParamsSchema = z.object({ code: ClassCodeSchema }).strict();

export const StudentNameSchema = personNameSchema(40).describe('The student’s name as typed (trimmed, 1–40 characters).');

const LessonIdSchema = z
  .string({ error: 'must be a string' })
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,79}$/, 'must be an id: 1–80 letters, digits, _ . -')
  .describe('A lesson id.');
const QuestionIdSchema = LessonIdSchema.describe('A question id within its lesson.');

/**
 * Where students start: the page the teacher was on and the clock's moment there (paused; absent:
 * live). A story opens its page at its moment with its faults, so students who start there see what
 * the lesson is about. Page and moment are not secret: they are in the class's info for anyone
 * with the code, unlike the scenario's levers and faults.
 */
export const ClassStartSchema = z
  .object({
    page: z.enum(VIEW_PAGES, { error: `must be one of the pages ${VIEW_PAGES.join(', ')}` }).describe('The page students open.'),
    t: IsoTimeSchema.optional().describe('The sim-clock moment students open, paused there; absent: live.'),
  })
  .strict()
  .describe('Where students start: a page and (optionally) the paused clock’s moment.');
export type ClassStart = z.infer<typeof ClassStartSchema>;

export const ClassCreateSchema = z
  .object({
    name: SavedNameSchema,
    lessons: z
      .array(LessonIdSchema)
      .max(MAX_CLASS_LESSONS, `at most ${MAX_CLASS_LESSONS} lessons`)
      .default([])
      .describe('The lessons of the class, in order.'),
    scenario: ScenarioSchema.optional().describe(
      'The class’s scenario (faults included): sealed, so students see only its token; each student gets it with their own seed. Default: Columbus with no levers.',
    ),
    start: ClassStartSchema.optional().describe('Where students start (page and moment). Default: the Overview, live.'),
  })
  .strict()
  .describe('A new class.');
export type ClassCreate = z.input<typeof ClassCreateSchema>;

export const ClassCreatedSchema = z.object({
  code: z.string().describe('The class code students type or open.'),
  name: z.string(),
  teacherKey: z.string().describe('The teacher’s key, shown once: `Authorization: Bearer <key>` reads the progress.'),
  studentLink: z.string().describe('The page path students open (`/class/<code>`).'),
  teacherLink: z.string().describe('The teacher’s page path, with the key in the fragment (never sent to the server, so never in a log).'),
});
export type ClassCreated = z.infer<typeof ClassCreatedSchema>;

export const ClassInfoSchema = z
  .object({
    code: z.string(),
    name: z.string(),
    lessons: z.array(z.string()),
    city: z.string().describe('The city of the class’s scenario.'),
    start: ClassStartSchema.optional().describe('Where students start; absent for a class opened without one (the Overview, live).'),
    createdAt: IsoTimeSchema,
  })
  .describe('What anyone with the code sees: nothing secret, no levers, no faults.');
export type ClassInfo = z.infer<typeof ClassInfoSchema>;

/**
 * A student's seat: the secret a join hands to the first browser that takes a name in a class. The
 * lessons' check records that name's answers only with it, so knowing the class code and a
 * classmate's name is not enough to answer in their name (decision 215, addendum "Seats").
 */
export const SeatTokenSchema = z
  .string({ error: 'must be a string' })
  .regex(/^[A-Za-z0-9_-]{16,200}$/, 'must be the seat token a join answered (letters, digits, _ and -)')
  .describe('The seat token this browser got when it joined with this name.');

export const StudentJoinSchema = z
  .object({
    student: StudentNameSchema,
    seat: SeatTokenSchema.optional().describe('The seat token of an earlier join with this name (the same browser coming back).'),
  })
  .strict();

export const StudentSeatSchema = z
  .object({
    student: z.string().describe('The name as recorded (trimmed).'),
    city: z.string(),
    sealed: z.string().describe('The student’s sealed scenario: the class’s scenario with the student’s own seed.'),
    seat: z.string().describe('The seat token: keep it; the lessons’ check records this name’s answers only with it.'),
  })
  .describe('A student’s own sealed scenario and seat.');
export type StudentSeat = z.infer<typeof StudentSeatSchema>;

export const AttemptBodySchema = z
  .object({
    student: StudentNameSchema,
    lessonId: LessonIdSchema,
    questionId: QuestionIdSchema,
    correct: z.boolean({ error: 'must be true or false' }),
  })
  .strict();
export type AttemptInput = z.input<typeof AttemptBodySchema>;

export const AttemptSchema = z.object({
  student: z.string(),
  lessonId: z.string(),
  questionId: z.string(),
  correct: z.boolean(),
  at: IsoTimeSchema,
});
export type Attempt = z.infer<typeof AttemptSchema>;

/** A name taken in a class, and when. */
export const ClassSeatSchema = z.object({
  student: z.string().describe('The name as the student first typed it (trimmed).'),
  joinedAt: IsoTimeSchema,
});
export type ClassSeat = z.infer<typeof ClassSeatSchema>;

export const ClassStudentParamsSchema = z.object({ code: ClassCodeSchema, student: StudentNameSchema }).strict();

export const ClassProgressSchema = z
  .object({
    code: z.string(),
    name: z.string(),
    lessons: z.array(z.string()),
    students: z.array(ClassSeatSchema).describe('Every name taken in the class, first joined first (answered or not).'),
    attempts: z.array(AttemptSchema).describe(`Every attempt, oldest first (at most ${MAX_CLASS_ATTEMPTS.toLocaleString('en')}).`),
  })
  .describe('Who answered what, right or wrong, and when (teacher).');
export type ClassProgress = z.infer<typeof ClassProgressSchema>;

/** The progress CSV's columns, in order. */
export const PROGRESS_CSV_COLUMNS = ['at', 'student', 'lessonId', 'questionId', 'correct'] as const;
