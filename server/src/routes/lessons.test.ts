/**
 * The Lessons routes against Columbus (the city the lessons are written for): the answer the check
 * computes is what the REST routes a student reads show for their scenario, it finds the injected
 * fault, neighbours get different answers, and marking honours tolerances and options.
 */
import { fileURLToPath } from 'node:url';
import {
  type AnswerValue,
  HOUR_MS,
  LESSONS,
  LessonCheckSchema,
  LessonListSchema,
  LessonSchema,
  type LessonSource,
  lessonAnswers,
  lessonById,
  lessonPlan,
  MINUTE_MS,
  studentSeed,
} from '@sandbox/shared';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../test/test-app';

const app = useTestApp({ DATA_DIR: fileURLToPath(new URL('../../../data/', import.meta.url)) });

const REST_PATHS: Record<LessonSource['route'], string> = {
  airHourly: '/api/air/hourly',
  airReadings: '/api/air/readings',
  energyReadings: '/api/energy/readings',
  energySummary: '/api/energy/summary',
  mobilitySegments: '/api/mobility/segments',
  labScorecard: '/api/lab/scorecard',
  policy: '/api/policy',
};

/** What the REST route a source stands for answers over HTTP, for the same query. */
async function restAnswer(source: LessonSource): Promise<unknown> {
  const res = await app.inject({ url: REST_PATHS[source.route], query: { ...source.query } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

async function check(id: string, body: object) {
  const res = await app.inject({ method: 'POST', url: `/api/lessons/${id}/check`, payload: body });
  return { status: res.statusCode, body: res.json() as unknown };
}

const CLASS = '7b';
const allIds = (id: string) => lessonById(id)?.questions.map((q) => q.id) ?? [];

/** The answers as the REST routes show them for a student (no class: the default seed). */
async function restAnswers(id: string, student?: string) {
  const lesson = lessonById(id);
  if (!lesson) throw new Error(id);
  const seed = student ? studentSeed(CLASS, student) : lesson.defaultSeed;
  return lessonAnswers(lesson, lesson.plan(seed), allIds(id), restAnswer);
}

describe('GET /api/lessons', () => {
  it('lists the eleven lessons with their title keys', async () => {
    const list = LessonListSchema.strict().parse((await app.inject('/api/lessons')).json());
    expect(list.lessons.map((l) => l.id)).toEqual(LESSONS.map((l) => l.id));
    expect(list.lessons).toHaveLength(11);
    expect(list.lessons[0]?.titleKey).toBe(`lessons.${LESSONS[0]?.id}.title`);
  });

  it('gives a student their own seed and links, and 404 for an unknown lesson', async () => {
    const res = await app.inject({ url: '/api/lessons/dropout-bench', query: { class: CLASS, student: ' ADA  Lovelace ' } });
    const lesson = LessonSchema.strict().parse(res.json());
    expect(lesson.seed).toBe(studentSeed('7b', 'ada lovelace'));
    expect(lesson.steps[0]?.href).toMatch(/^\/air\?city=columbus&seed=\d+&faults=/);
    expect((await app.inject('/api/lessons/dropout-bench')).json().seed).toBe(1);
    expect((await app.inject('/api/lessons/no-such-lesson')).statusCode).toBe(404);
    expect((await app.inject('/api/lessons/dropout-bench?teacher=1')).statusCode).toBe(400);
  });
});

describe('POST /api/lessons/:id/check', () => {
  it.each(LESSONS.map((l) => l.id))(
    '%s: the REST answers are marked right, and the check states them',
    async (id) => {
      for (const student of [undefined, 'Ada']) {
        const expected = await restAnswers(id, student);
        const { status, body } = await check(id, { ...(student ? { class: CLASS, student } : {}), answers: expected });
        expect(status, JSON.stringify(body)).toBe(200);
        const result = LessonCheckSchema.parse(body);
        expect(result.correct).toBe(result.total);
        expect(Object.fromEntries(result.results.map((r) => [r.questionId, r.answer]))).toEqual(expected);
        expect(Object.values(expected).every((v) => typeof v === 'string' || Number.isFinite(v))).toBe(true);
      }
      // A cold day of High St flow takes 1–2 s per seed on a quiet machine, several on a busy one; the
      // Lab lesson's comparison (2 scenarios × 5 seeds, in this process) ~10 s quiet, over 30 s busy.
    },
    2 * MINUTE_MS,
  );

  it('finds the injected fault: the silent bench and its hours, the stuck station', async () => {
    for (const student of ['Ada', 'Ben', 'Chloe']) {
      const seed = studentSeed(CLASS, student);
      const dropout = lessonPlan('dropout-bench', seed).scenario.faults?.[0];
      const stuck = lessonPlan('stuck-sensor', seed).scenario.faults?.[0];
      const hours = dropout ? (Date.parse(dropout.to) - Date.parse(dropout.from)) / HOUR_MS : NaN;
      expect(await restAnswers('dropout-bench', student)).toEqual({
        station: dropout && 'stationId' in dropout && dropout.stationId,
        hours,
      });
      expect((await restAnswers('stuck-sensor', student)).station).toBe(stuck && 'stationId' in stuck && stuck.stationId);
    }
  });

  it(
    'finds High St slower in its busiest hour on every segment the speed lesson may pick',
    async () => {
      const { HIGH_ST_SEGMENTS } = await import('@sandbox/shared/lessons/columbus');
      const lesson = lessonById('speed-vs-volume');
      if (!lesson) throw new Error('speed-vs-volume');
      for (const segment of HIGH_ST_SEGMENTS) {
        const plan = { ...lesson.plan(lesson.defaultSeed), params: { segment } };
        expect(await lessonAnswers(lesson, plan, ['speedThen'], restAnswer), segment).toEqual({ speedThen: 'slower' });
      }
    },
    MINUTE_MS,
  );

  it('gives neighbours different answers', async () => {
    for (const id of ['kw-vs-kwh', 'nowcast-vs-hourly', 'averaging-sampling', 'dropout-bench', 'stuck-sensor', 'meter-gaps']) {
      const answers = await Promise.all(['Ada', 'Ben', 'Chloe'].map(async (s) => JSON.stringify(await restAnswers(id, s))));
      expect(new Set(answers).size, id).toBe(3);
    }
    for (const lesson of LESSONS) {
      const plans = ['Ada', 'Ben', 'Chloe', 'Dan', 'Eve'].map((s) => JSON.stringify(lesson.plan(studentSeed(CLASS, s))));
      expect(new Set(plans).size, lesson.id).toBeGreaterThan(1);
    }
  });

  it('marks numbers within the tolerance right and beyond it wrong, with a hint', async () => {
    const { maxKwh, dayKwh } = (await restAnswers('kw-vs-kwh')) as { maxKwh: number; dayKwh: number };
    const { body } = await check('kw-vs-kwh', { answers: { maxKwh: maxKwh + 0.001, dayKwh: dayKwh + 0.06 } });
    const [near, far] = LessonCheckSchema.parse(body).results;
    expect(near).toMatchObject({ questionId: 'maxKwh', correct: true, answer: maxKwh });
    expect(near?.hintKey).toBeUndefined();
    expect(near?.explanationKey).toBe('lessons.kw-vs-kwh.questions.maxKwh.explanation');
    // A wrong try gets the hint, never the answer or the explanation that names it.
    expect(far).toEqual({ questionId: 'dayKwh', correct: false, given: dayKwh + 0.06, hintKey: 'lessons.kw-vs-kwh.questions.dayKwh.hint' });
  });

  it('marks a wrong choice and a wrong pick wrong', async () => {
    const right = await restAnswers('dropout-bench');
    const other = ['linden-park-bench', 'goodale-park-bench'].find((s) => s !== right.station) as AnswerValue;
    const { body } = await check('dropout-bench', { answers: { station: other } });
    const wrong = LessonCheckSchema.parse(body).results[0];
    expect(wrong).toMatchObject({ correct: false, given: other });
    expect(JSON.stringify(body)).not.toContain(String(right.station));
    const speed = await restAnswers('speed-vs-volume');
    const flipped = speed.speedThen === 'slower' ? 'faster' : 'slower';
    expect(LessonCheckSchema.parse((await check('speed-vs-volume', { answers: { speedThen: flipped } })).body).correct).toBe(0);
  });

  it.each([
    ['a number question answered with text', 'kw-vs-kwh', { answers: { maxKwh: 'lots' } }, 400, 'answers.maxKwh'],
    ['a pick that is not an option', 'dropout-bench', { answers: { station: 'the-moon' } }, 400, 'answers.station'],
    ['no answers', 'dropout-bench', { answers: {} }, 400, 'answers'],
    ['answers missing', 'dropout-bench', {}, 400, 'answers'],
    ['an unknown field', 'dropout-bench', { answers: { hours: 3 }, teacher: true }, 400, 'teacher'],
    ['an unknown question', 'dropout-bench', { answers: { colour: 'red' } }, 404, 'colour'],
    ['an unknown lesson', 'no-such-lesson', { answers: { x: 1 } }, 404, 'no-such-lesson'],
  ])('refuses %s', async (_, id, body, status, named) => {
    const res = await check(id, body);
    expect(res.status).toBe(status);
    expect((res.body as { message: string }).message).toContain(named);
  });
});

describe('the places the lessons name', () => {
  it('exist in Columbus, and the meters are among the first the Data page lists', async () => {
    const { HIGH_ST_SEGMENTS, PLAIN_METERS, PV_METERS, STATIONS } = await import('@sandbox/shared/lessons/columbus');
    const { PV_SCENARIO_SEED } = await import('@sandbox/shared/lessons/lessons-energy');
    const city = (await app.inject('/api/cities/columbus')).json() as { stations: { id: string }[] };
    expect(city.stations.map((s) => s.id)).toEqual([...STATIONS]);
    const network = (await app.inject('/api/mobility/network?city=columbus')).json() as { segments: { id: string }[] };
    expect(network.segments.map((s) => s.id)).toEqual(expect.arrayContaining([...HIGH_ST_SEGMENTS]));
    const listed = (await app.inject('/api/energy/meters?city=columbus&limit=200')).json() as { meters: { id: string }[] };
    expect(listed.meters.map((m) => m.id)).toEqual(expect.arrayContaining([...PLAIN_METERS, ...PV_METERS]));
    const pv = (await app.inject(`/api/energy/meters?city=columbus&seed=${PV_SCENARIO_SEED}&has=pv&limit=500`)).json() as {
      meters: { id: string }[];
    };
    expect(pv.meters.map((m) => m.id)).toEqual(expect.arrayContaining([...PV_METERS]));
  });
});

describe("a class's student (student mode)", () => {
  it('gets sealed links (no fault in them) that answer like the lesson scenario, and their answers reach the teacher', async () => {
    const created = await app.inject({
      method: 'POST',
      url: '/api/classes',
      payload: { name: 'Period 3', scenario: { city: 'columbus' } },
    });
    expect(created.statusCode, created.body).toBe(201);
    const { code, teacherKey } = created.json() as { code: string; teacherKey: string };

    const res = await app.inject({ url: '/api/lessons/dropout-bench', query: { class: code.toLowerCase(), student: 'Ada' } });
    const lesson = LessonSchema.strict().parse(res.json());
    const href = lesson.steps[0]?.href ?? '';
    expect(href).toMatch(new RegExp(`^/air\\?sealed=[\\w-]{22}&class=${code}&student=Ada&`));

    // The token stands for the lesson's own scenario with the student's seed: the bench it silences is silent.
    const seed = studentSeed(code, 'Ada');
    const fault = lessonPlan('dropout-bench', seed).scenario.faults?.[0];
    // Nothing of the fault: no faults list, not its window (the pick's options name every station).
    expect(res.body).not.toContain('faults');
    for (const instant of [fault?.from, fault?.to]) expect(res.body).not.toContain(String(instant).slice(0, 16));
    const sealed = new URLSearchParams(href.split('?')[1]).get('sealed') ?? '';
    const stationId = fault && 'stationId' in fault ? fault.stationId : '';
    const readings = await app.inject({
      url: '/api/air/hourly',
      query: { sealed, station: stationId, from: fault?.from ?? '', to: fault?.to ?? '' },
    });
    expect(readings.statusCode, readings.body).toBe(200);
    expect(readings.body).toMatch(/null/);

    // A wrong station and a right hour count: both reach the teacher's progress, as answered.
    const hours = fault ? (Date.parse(fault.to) - Date.parse(fault.from)) / HOUR_MS : NaN;
    const wrongStation = stationId === 'linden-park-bench' ? 'goodale-park-bench' : 'linden-park-bench';
    const answers = { station: wrongStation, hours };
    // Without the name's seat the answers are marked, not recorded: knowing the code and a name is not enough.
    const unseated = await check('dropout-bench', { class: code, student: 'Ada', answers });
    expect(unseated.status).toBe(200);
    expect(unseated.body).toMatchObject({ correct: 1, recorded: false });
    const joined = await app.inject({ method: 'POST', url: `/api/classes/${code}/students`, payload: { student: 'Ada' } });
    const { seat } = joined.json() as { seat: string };
    const other = await app.inject({ method: 'POST', url: `/api/classes/${code}/students`, payload: { student: 'Grace' } });
    const wrongSeat = await check('dropout-bench', { class: code, student: 'Ada', seat: (other.json() as { seat: string }).seat, answers });
    expect(wrongSeat.body).toMatchObject({ recorded: false });
    const seated = await check('dropout-bench', { class: code, student: ' ada ', seat, answers });
    expect(seated.body).toMatchObject({ correct: 1, recorded: true });
    const progress = await app.inject({ url: `/api/classes/${code}/progress`, headers: { authorization: `Bearer ${teacherKey}` } });
    const attempts = (progress.json() as { attempts: { student: string; lessonId: string; questionId: string; correct: boolean }[] })
      .attempts;
    expect(attempts.map(({ student, lessonId, questionId, correct }) => ({ student, lessonId, questionId, correct }))).toEqual([
      { student: 'Ada', lessonId: 'dropout-bench', questionId: 'station', correct: false },
      { student: 'Ada', lessonId: 'dropout-bench', questionId: 'hours', correct: true },
    ]);
  });

  it('a code no class has still picks the seed, with plain links and nothing recorded', async () => {
    const res = await app.inject({ url: '/api/lessons/dropout-bench', query: { class: 'ZZZZZZ', student: 'Ada' } });
    expect(LessonSchema.parse(res.json()).steps[0]?.href).toMatch(/^\/air\?city=columbus&seed=\d+&faults=/);
  });
});
