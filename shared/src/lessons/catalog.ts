/**
 * The lessons, and one student's copy of each: `lessonScenario(id, seed)` is the scenario the
 * student's links open and the answers are computed on; `studentSeed(class, name)` (seeds.ts) gives
 * the seed. A later student mode and class store build on these two and on `lessonView`.
 */
import { queryString } from '../common/route-contract';
import { scenarioToQuery } from '../scenario/query';
import { type Scenario, ScenarioSchema } from '../scenario/schemas';
import { averagingLesson, dropoutLesson, nowcastLesson, stuckLesson } from './lessons-air';
import { kwKwhLesson, meterGapsLesson, pvLesson } from './lessons-energy';
import { fundingLesson, heatLesson, speedVolumeLesson } from './lessons-more';
import type { LessonDef, LessonPlan, LessonStep } from './model';

import { studentSeed } from './seeds';

/** In the order the Lessons page lists them: a first look at each stream, then data quality, then causes. */
export const LESSONS: readonly LessonDef[] = [
  kwKwhLesson,
  nowcastLesson,
  averagingLesson,
  dropoutLesson,
  stuckLesson,
  meterGapsLesson,
  pvLesson,
  speedVolumeLesson,
  heatLesson,
  fundingLesson,
];

export function lessonById(id: string): LessonDef | undefined {
  return LESSONS.find((lesson) => lesson.id === id);
}

function requireLesson(id: string): LessonDef {
  const lesson = lessonById(id);
  if (!lesson) throw new Error(`unknown lesson "${id}"`);
  return lesson;
}

/** The seed of a student: from the class code and name, or the lesson's default without a class. */
export function lessonSeed(lesson: LessonDef, classCode?: string, student?: string): number {
  return classCode?.trim() ? studentSeed(classCode, student ?? '') : lesson.defaultSeed;
}

/** A student's copy of a lesson. */
export function lessonPlan(lessonId: string, seed: number): LessonPlan {
  return requireLesson(lessonId).plan(seed);
}

/** The scenario a lesson runs on for `seed` (defaults filled in). */
export function lessonScenario(lessonId: string, seed: number): Scenario {
  return ScenarioSchema.parse(lessonPlan(lessonId, seed).scenario);
}

/** An app-relative link opening a step's page on the student's scenario, clock and view. */
export function stepHref(step: LessonStep, scenario: Scenario): string {
  return step.page + queryString({ ...scenarioToQuery(scenario), ...step.view });
}

/** A student's sealed copy of the lesson's scenario (student mode): the links carry the token, never the faults. */
export interface SealedLessonLink {
  token: string;
  classCode: string;
  student: string;
}

/** A step's link in student mode: the token, whose view it is, and the step's own view (page, clock, selection). */
export function sealedStepHref(step: LessonStep, link: SealedLessonLink): string {
  return step.page + queryString({ sealed: link.token, class: link.classCode, student: link.student, ...step.view });
}
