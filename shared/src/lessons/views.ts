/** What the API shows of a lesson: everything a student needs, never an answer. */
import { LESSONS, lessonScenario, type SealedLessonLink, sealedStepHref, stepHref } from './catalog';
import type { LessonDef } from './model';
import type { Lesson } from './schemas';

export const titleKey = (lessonId: string) => `lessons.${lessonId}.title`;
export const hintKey = (lessonId: string, questionId: string) => `lessons.${lessonId}.questions.${questionId}.hint`;
export const explanationKey = (lessonId: string, questionId: string) => `lessons.${lessonId}.questions.${questionId}.explanation`;

export function lessonList() {
  return { lessons: LESSONS.map((l) => ({ id: l.id, topic: l.topic, titleKey: titleKey(l.id), questions: l.questions.length })) };
}

/** The lesson for a student; with `sealed` (a class's student) its links open the sealed scenario in student mode. */
export function lessonView(lesson: LessonDef, seed: number, sealed?: SealedLessonLink): Lesson {
  const plan = lesson.plan(seed);
  const scenario = lessonScenario(lesson.id, seed);
  return {
    id: lesson.id,
    topic: lesson.topic,
    seed,
    params: { ...plan.params },
    steps: plan.steps.map((step) => ({
      key: step.key,
      page: step.page,
      href: sealed ? sealedStepHref(step, sealed) : stepHref(step, scenario),
    })),
    questions: lesson.questions.map((q) => ({
      id: q.id,
      kind: q.kind,
      ...(q.tolerance !== undefined ? { tolerance: q.tolerance } : {}),
      ...(q.unit ? { unit: q.unit } : {}),
      ...(q.options ? { options: [...q.options] } : {}),
    })),
  };
}
