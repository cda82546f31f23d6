/**
 * Lesson texts live in the catalogs under `lessons.<lessonId>` (titles, goals, steps, questions,
 * options, hints, explanations); their keys are built from the lesson and question ids the API
 * sends, so they are looked up here, in one place, as plain strings (catalog tests check that every
 * key exists in both languages).
 */
import type { TFunction } from 'i18next';

export type LessonT = (key: string, options?: Record<string, unknown>) => string;

export const lessonT = (t: TFunction): LessonT => t as unknown as LessonT;

export const questionKey = (lessonId: string, questionId: string, part: string) => `lessons.${lessonId}.questions.${questionId}.${part}`;
