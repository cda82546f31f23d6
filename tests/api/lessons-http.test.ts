/**
 * Lessons on the built server over real HTTP (engine threads on, as deployed): each route answers as
 * its OpenAPI entry documents, every documented 4xx is provoked, no GET carries an answer, and a
 * cold check (a day of High St flow computed for a new student) leaves /api/health prompt.
 */
import { LESSONS, type LessonCheck, LessonCheckSchema, LessonSchema, lessonRoutes, MINUTE_MS } from '@sandbox/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentedRoutes } from '../support/documented';
import { pollHealth } from '../support/scenario-load';
import { type RunningServer, startServer } from '../support/server';

let server: RunningServer;
const documented = documentedRoutes(() => server.url);
const { conforms, call } = documented;
const r = lessonRoutes;
const json = { 'content-type': 'application/json' };

beforeAll(async () => {
  server = await startServer({ RATE_LIMIT_PER_MINUTE: '0' });
});
afterAll(async () => {
  await server?.stop();
});

const post = (id: string, body: unknown) => call(r.checkLesson, { id }, { headers: json, body: JSON.stringify(body) });

/** Any well-typed answer to every question of a lesson (0, or the first option): the check then states each answer. */
function guesses(id: string): Record<string, string | number> {
  const lesson = LESSONS.find((l) => l.id === id);
  return Object.fromEntries((lesson?.questions ?? []).map((q) => [q.id, q.kind === 'number' ? 0 : (q.options?.[0] ?? '')]));
}

/** Every key of a JSON value, at any depth. */
function keysOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysOf);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => [k, ...keysOf(v)]);
  return [];
}

describe('lesson routes as documented', () => {
  it('answers each route’s success as documented', async () => {
    await conforms(r.listLessons, await call(r.listLessons, {}));
    await conforms(r.getLesson, await call(r.getLesson, { id: 'kw-vs-kwh' }, {}, '?class=7b&student=Ada'));
    await conforms(r.checkLesson, await post('dropout-bench', r.checkLesson.exampleBody));
  });

  it('answers every documented error', async () => {
    const big = { answers: { maxKwh: 1 }, student: 'x'.repeat(300 * 1024) };
    await documented.expectCases(
      [r.listLessons, r.getLesson, r.checkLesson],
      [
        [r.getLesson, 400, call(r.getLesson, { id: 'kw-vs-kwh' }, {}, '?teacher=1')],
        [r.getLesson, 404, call(r.getLesson, { id: 'no-such-lesson' })],
        [r.checkLesson, 400, post('kw-vs-kwh', { answers: { maxKwh: 'lots' } })],
        [r.checkLesson, 404, post('kw-vs-kwh', { answers: { colour: 'red' } })],
        [r.checkLesson, 413, post('kw-vs-kwh', big)],
        [r.checkLesson, 415, call(r.checkLesson, { id: 'kw-vs-kwh' }, { headers: { 'content-type': 'text/plain' }, body: 'maxKwh=1' })],
      ],
    );
  });
});

describe('answers', () => {
  it('are in no GET: no answer, hint or explanation field, and no computed decimal in the text', async () => {
    for (const lesson of LESSONS) {
      for (const student of ['Ada', 'Ben']) {
        const query = `?class=7b&student=${student}`;
        const got = await call(r.getLesson, { id: lesson.id }, {}, query);
        const text = await got.text();
        LessonSchema.strict().parse(JSON.parse(text));
        expect(keysOf(JSON.parse(text)).filter((k) => /answer|hint|explanation|correct/i.test(k))).toEqual([]);
        const checked = LessonCheckSchema.parse(
          await (await post(lesson.id, { class: '7b', student, answers: guesses(lesson.id) })).json(),
        );
        for (const { answer } of checked.results)
          if (typeof answer === 'number' && !Number.isInteger(answer)) expect(text, `${lesson.id} ${answer}`).not.toContain(String(answer));
      }
    }
    const list = await (await call(r.listLessons, {})).json();
    expect(keysOf(list).filter((k) => /answer|hint|explanation/i.test(k))).toEqual([]);
  }, 120_000);

  it(
    'a cold check leaves /api/health prompt, and a warm one is quick',
    async () => {
      const body = { class: 'load-test', student: 'Cold Student', answers: guesses('speed-vs-volume') };
      let done = false;
      const started = performance.now();
      const cold = post('speed-vs-volume', body).then(async (res) => {
        const parsed = (await res.json()) as LessonCheck;
        done = true;
        return { status: res.status, parsed, ms: performance.now() - started };
      });
      const health = await pollHealth(server.url, () => done, 5);
      const { status, ms: coldMs } = await cold;
      expect(status).toBe(200);
      const warmStart = performance.now();
      expect((await post('speed-vs-volume', body)).status).toBe(200);
      const warmMs = performance.now() - warmStart;
      const p99 = [...health].sort((a, b) => a - b)[Math.floor(0.99 * (health.length - 1))] ?? Number.NaN;
      console.info(
        `lesson check: cold ${Math.round(coldMs)} ms, warm ${Math.round(warmMs)} ms, /api/health p99 ${Math.round(p99)} ms over ${health.length}`,
      );
      expect(p99).toBeLessThan(200);
      expect(warmMs).toBeLessThan(coldMs);
    },
    MINUTE_MS,
  );
});
