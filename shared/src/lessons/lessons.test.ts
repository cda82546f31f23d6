import { describe, expect, it } from 'vitest';
import { ScenarioSchema } from '../scenario/schemas';
import { LESSONS, lessonById, lessonScenario, lessonSeed } from './catalog';
import { answerProblem, isRight } from './check';
import type { QuestionDef } from './model';
import { normalizeName, studentSeed } from './seeds';
import { lessonList, lessonView } from './views';

const question = (kind: QuestionDef['kind'], extra: Partial<QuestionDef> = {}): QuestionDef => ({
  id: 'q',
  kind,
  sources: () => ({}),
  answer: () => 0,
  ...extra,
});

describe('student seeds', () => {
  it('are stable, ignore case and spacing, and differ between students and classes', () => {
    expect(normalizeName('  Ada   LOVELACE ')).toBe('ada lovelace');
    expect(studentSeed('7B', ' Ada  Lovelace')).toBe(studentSeed('7b', 'ada lovelace'));
    const seeds = new Set(['Ada', 'Ben', 'Chloe'].flatMap((name) => ['7a', '7b'].map((c) => studentSeed(c, name))));
    expect(seeds.size).toBe(6);
    for (const seed of seeds) expect(seed).toBe(seed >>> 0);
  });

  it('fall back to the lesson default without a class code', () => {
    const lesson = lessonById('dropout-bench');
    if (!lesson) throw new Error('missing lesson');
    expect(lessonSeed(lesson)).toBe(lesson.defaultSeed);
    expect(lessonSeed(lesson, '  ', 'Ada')).toBe(lesson.defaultSeed);
    expect(lessonSeed(lesson, '7b', 'Ada')).toBe(studentSeed('7b', 'Ada'));
  });
});

describe('the catalog', () => {
  it('holds ten lessons with unique ids and question ids, each with a valid scenario', () => {
    expect(new Set(LESSONS.map((l) => l.id)).size).toBe(10);
    for (const lesson of LESSONS) {
      expect(new Set(lesson.questions.map((q) => q.id)).size).toBe(lesson.questions.length);
      for (const q of lesson.questions) if (q.kind !== 'number') expect(q.options?.length).toBeGreaterThan(1);
      expect(() => ScenarioSchema.parse(lesson.plan(123).scenario)).not.toThrow();
      expect(lessonScenario(lesson.id, 123)).toEqual(lessonScenario(lesson.id, 123));
    }
  });

  it('shows questions, steps and places but no answer function or value', () => {
    for (const lesson of LESSONS) {
      const view = lessonView(lesson, 42);
      for (const q of view.questions) expect(Object.keys(q).sort()).toEqual(expect.arrayContaining(['id', 'kind']));
      expect(JSON.stringify(view)).not.toMatch(/"answer/);
      for (const step of view.steps) expect(step.href).toMatch(/^\/[a-z]*\?city=columbus(&seed=42)?&/);
    }
    expect(lessonList().lessons.map((l) => l.titleKey)).toContain('lessons.kw-vs-kwh.title');
  });

  it('links the Data page at the day’s last minute so its 24-hour window is the local day', () => {
    const view = lessonView(lessonById('kw-vs-kwh') as NonNullable<ReturnType<typeof lessonById>>, 5);
    expect(view.steps[1]?.href).toBe(
      '/data?city=columbus&seed=5&stream=meter&entity=northland-res-00004&metric=importKwh&span=24h&t=2026-07-16T03%3A59%3A00Z'.replace(
        'northland-res-00004',
        String(view.params.meter),
      ),
    );
  });
});

describe('marking', () => {
  it('accepts numbers within the tolerance, choices and picks when equal', () => {
    const number = question('number', { tolerance: 0.1 });
    expect(isRight(number, 7.3, 7.2)).toBe(true);
    expect(isRight(number, 7.31, 7.2)).toBe(false);
    expect(isRight(question('number'), 4, 4)).toBe(true);
    expect(isRight(question('number'), 4.5, 4)).toBe(false);
    expect(isRight(question('choice', { options: ['a', 'b'] }), 'a', 'a')).toBe(true);
    expect(isRight(question('pick', { options: ['a', 'b'] }), 'b', 'a')).toBe(false);
    expect(isRight(number, 7.2, Number.NaN)).toBe(false);
  });

  it('names what is wrong with a value that cannot be an answer', () => {
    expect(answerProblem(question('number'), 'seven')).toBe('must be a number');
    expect(answerProblem(question('choice', { options: ['a', 'b'] }), 3)).toBe('must be a string');
    expect(answerProblem(question('pick', { options: ['a', 'b'] }), 'c')).toBe('must be one of a, b');
    expect(answerProblem(question('pick', { options: ['a', 'b'] }), 'a')).toBeUndefined();
  });
});
