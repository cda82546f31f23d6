/** The Lessons API's inputs and answers. No answer appears in a GET: only the check's, after an attempt. */
import { z } from 'zod';
import { SeatTokenSchema } from '../classes/schemas';
import { SlugSchema } from '../common/schemas';

export const LessonTopicSchema = z.enum(['air', 'energy', 'mobility', 'policy']);
export const QuestionKindSchema = z.enum(['number', 'choice', 'pick']);

export const LessonParamsSchema = z.object({ id: SlugSchema.describe('Lesson id, e.g. `dropout-bench`.') });

const classCode = z.string().trim().min(1).max(40).describe('Class code: with the student name it picks the student’s own seed.');
const student = z.string().trim().min(1).max(80).describe('Student name (case and spacing are ignored).');

export const LessonQuerySchema = z.object({ class: classCode.optional(), student: student.optional() }).strict();

export const LessonSummarySchema = z.object({
  id: z.string(),
  topic: LessonTopicSchema,
  titleKey: z.string().describe('Catalog key of the title (web/src/i18n/locales/<lang>/lessons.json).'),
  questions: z.number().int().describe('How many questions.'),
});
export const LessonListSchema = z.object({ lessons: z.array(LessonSummarySchema) });

export const LessonQuestionSchema = z.object({
  id: z.string(),
  kind: QuestionKindSchema,
  tolerance: z.number().optional().describe('number questions: the accepted absolute difference.'),
  unit: z
    .string()
    .optional()
    .describe(
      'number questions: the unit of the answer (`h` a number of hours; `hourOfDay` a local clock hour, 0–23, its tolerance in hours).',
    ),
  options: z.array(z.string()).optional().describe('choice: option keys; pick: entity ids (stations, meters, agencies).'),
});

export const LessonStepViewSchema = z.object({
  key: z.string(),
  page: z.string(),
  href: z.string().describe('App-relative link opening the page on the student’s scenario, clock and view.'),
});

export const LessonSchema = z.object({
  id: z.string(),
  topic: LessonTopicSchema,
  seed: z.number().int().describe('The student’s seed (the lesson’s default without a class code).'),
  params: z.record(z.string(), z.union([z.string(), z.number()])).describe('Values the texts name (station, meter, hour…).'),
  steps: z.array(LessonStepViewSchema),
  questions: z.array(LessonQuestionSchema),
});
export type Lesson = z.infer<typeof LessonSchema>;

export const AnswerValueSchema = z.union([z.number(), z.string().max(80)]);

export const LessonCheckBodySchema = z
  .object({
    class: classCode.optional(),
    student: student.optional(),
    seat: SeatTokenSchema.optional().describe(
      'The seat token the class join answered for this name: without it a class’s answers are marked but not recorded.',
    ),
    answers: z
      .record(z.string().min(1).max(40), AnswerValueSchema)
      .refine((answers) => Object.keys(answers).length > 0, 'must answer at least one question')
      .describe('Answers by question id: numbers for `number`, option keys for `choice`, ids for `pick`.'),
  })
  .strict();
export type LessonCheckBody = z.infer<typeof LessonCheckBodySchema>;

export const QuestionResultSchema = z.object({
  questionId: z.string(),
  correct: z.boolean(),
  given: AnswerValueSchema,
  /**
   * The computed answer, only when the given one is right: a wrong check answers with a hint, never
   * with the answer, so the next try is the student's own (decision 210, addendum).
   */
  answer: AnswerValueSchema.optional().describe('The computed answer; only in a right result.'),
  hintKey: z.string().optional().describe('Catalog key of the hint; only in a wrong result.'),
  explanationKey: z.string().optional().describe('Catalog key of the explanation (it may name the answer); only in a right result.'),
});
export const LessonCheckSchema = z.object({
  lessonId: z.string(),
  seed: z.number().int(),
  results: z.array(QuestionResultSchema),
  correct: z.number().int(),
  total: z.number().int(),
  recorded: z
    .boolean()
    .optional()
    .describe(
      'With a class code and a name of an existing class: whether the answers reached the teacher (false without the name’s seat token).',
    ),
});
export type LessonCheck = z.infer<typeof LessonCheckSchema>;
