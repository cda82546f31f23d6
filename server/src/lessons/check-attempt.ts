/**
 * One attempt at a lesson: the student's seed, the answers computed on the engine for their
 * scenario, and each given answer marked. The route (routes/lessons.ts) records a class's
 * student's results for the teacher.
 */
import {
  type AnswerValue,
  ApiProblem,
  answerProblem,
  explanationKey,
  hintKey,
  isRight,
  type LessonCheck,
  type LessonCheckBody,
  lessonAnswers,
  lessonById,
  lessonSeed,
  type SourceFetch,
} from '@sandbox/shared';

export interface AttemptOptions {
  fetch: SourceFetch;
}

export const unknownLesson = (id: string) => new ApiProblem(404, `No lesson "${id}" (GET /api/lessons lists them).`, 'id');

export async function checkAttempt(lessonId: string, body: LessonCheckBody, options: AttemptOptions): Promise<LessonCheck> {
  const lesson = lessonById(lessonId);
  if (!lesson) throw unknownLesson(lessonId);
  const given = Object.entries(body.answers);
  for (const [questionId, value] of given) {
    const question = lesson.questions.find((q) => q.id === questionId);
    if (!question) {
      const known = lesson.questions.map((q) => q.id).join(', ');
      throw new ApiProblem(404, `Lesson "${lessonId}" has no question "${questionId}"; its questions: ${known}.`, `answers.${questionId}`);
    }
    const problem = answerProblem(question, value);
    if (problem) throw new ApiProblem(400, `answers.${questionId} ${problem}.`, `answers.${questionId}`);
  }
  const seed = lessonSeed(lesson, body.class, body.student);
  const plan = lesson.plan(seed);
  const answers = await lessonAnswers(
    lesson,
    plan,
    given.map(([id]) => id),
    options.fetch,
  );
  const results = given.map(([questionId, value]) => {
    const question = lesson.questions.find((q) => q.id === questionId);
    const answer = answers[questionId] as AnswerValue;
    const correct = question !== undefined && isRight(question, value, answer);
    return {
      questionId,
      correct,
      given: value,
      // The answer and the explanation (which names it) only once the student has found it: after a
      // wrong try the hint alone, so a second try cannot copy the first one's answer.
      ...(correct ? { answer, explanationKey: explanationKey(lesson.id, questionId) } : { hintKey: hintKey(lesson.id, questionId) }),
    };
  });
  const result: LessonCheck = { lessonId, seed, results, correct: results.filter((r) => r.correct).length, total: results.length };
  return result;
}
