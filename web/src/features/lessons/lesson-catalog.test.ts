/** Every text a lesson asks for exists in both languages, with the placeholders its params fill. */
import { LESSONS } from '@sandbox/shared/lessons/catalog';
import { describe, expect, it } from 'vitest';
import { createI18n, LANGUAGES } from '../../i18n/i18n';

describe.each(LANGUAGES)('lesson catalog (%s)', (lang) => {
  const i18n = createI18n(lang);
  it.each(LESSONS.map((l) => [l.id, l] as const))('%s has its title, goal, steps and questions', (_, lesson) => {
    const keys = [`lessons.${lesson.id}.title`, `lessons.${lesson.id}.goal`, `lessons.topics.${lesson.topic}`];
    const plan = lesson.plan(lesson.defaultSeed);
    for (const step of plan.steps) keys.push(`lessons.${lesson.id}.steps.${step.key}`);
    for (const q of lesson.questions) {
      const base = `lessons.${lesson.id}.questions.${q.id}`;
      keys.push(`${base}.text`, `${base}.hint`, `${base}.explanation`);
      // The teacher's progress table names a question by its label: it needs no student's values.
      expect(String(i18n.getResource(lang, 'translation', `${base}.label`) ?? ''), `${lang} ${base}.label`).toMatch(/^[^{}]+$/);
      if (q.kind === 'choice') for (const option of q.options ?? []) keys.push(`${base}.options.${option}`);
      if (q.kind === 'pick' && lesson.topic === 'policy') for (const option of q.options ?? []) keys.push(`lessons.agencies.${option}`);
    }
    if (plan.params.program !== undefined) keys.push(`lessons.programs.${plan.params.program}`);
    for (const key of keys) expect(i18n.exists(key), `${lang} ${key}`).toBe(true);
    // The catalog lists the questions in the lesson's order (the progress table numbers them Q1, Q2… from it).
    const questions = i18n.getResource(lang, 'translation', `lessons.${lesson.id}.questions`) as Record<string, unknown>;
    expect(Object.keys(questions)).toEqual(lesson.questions.map((q) => q.id));
    // Every placeholder a text uses is a param of the plan (or the computed answer in an explanation).
    for (const key of keys) {
      const text = String(i18n.getResource(lang, 'translation', key) ?? '');
      for (const [, name] of text.matchAll(/{{\s*(\w+)\s*}}/g)) expect(['answer', ...Object.keys(plan.params)], `${key}`).toContain(name);
    }
  });
});
