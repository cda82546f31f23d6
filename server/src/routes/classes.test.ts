/**
 * Classes and sealed scenarios over `inject` (the test city, in process): a class seals its
 * scenario, a student's token answers like the explicit scenario with the student's seed, scenario
 * parameters next to `sealed` are refused by name, the teacher key guards the progress, and the
 * progress CSV is RFC 4180 and formula-safe.
 */
import { ApiErrorSchema, ClassCreatedSchema, ScenarioSchema, StudentSeatSchema, scenarioToQuery, studentSeed } from '@sandbox/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../test/build-test-app';

type App = Awaited<ReturnType<typeof buildTestApp>>;
let app: App;
beforeAll(async () => {
  app = await buildTestApp();
});
afterAll(() => app.close());

const DROPOUT = { kind: 'dropout', stationId: 'north-park', from: '2026-07-15T14:07:13Z', to: '2026-07-15T17:41:29Z' } as const;
const SCENARIO = { city: 'testville', seed: 3, levers: { evShare: 0.3 }, faults: [DROPOUT] };
const WINDOW = 'from=2026-07-15T12:00:00Z&to=2026-07-15T20:00:00Z';

function problem(res: { statusCode: number; json: () => unknown }, status: number) {
  expect(res.statusCode).toBe(status);
  return ApiErrorSchema.parse(res.json());
}

async function openClass(body: Record<string, unknown> = { name: 'Period 3', lessons: ['broken-sensors'], scenario: SCENARIO }) {
  const res = await app.inject({ method: 'POST', url: '/api/classes', payload: body });
  expect(res.statusCode, res.body).toBe(201);
  return ClassCreatedSchema.parse(res.json());
}

async function join(code: string, student: string, seat?: string) {
  const res = await app.inject({ method: 'POST', url: `/api/classes/${code}/students`, payload: { student, ...(seat ? { seat } : {}) } });
  expect(res.statusCode, res.body).toBe(200);
  return StudentSeatSchema.parse(res.json());
}

const explicitQuery = (code: string, student: string) =>
  new URLSearchParams(scenarioToQuery(ScenarioSchema.parse({ ...SCENARIO, seed: studentSeed(code, student) }))).toString();

describe('sealed scenarios', () => {
  it('answer a student token like the explicit scenario with the student’s seed, without its faults', async () => {
    const { code } = await openClass();
    const seat = await join(code, '  Mina Park ');
    expect(seat).toMatchObject({ student: 'Mina Park', city: 'testville' });
    const sealed = await app.inject({
      url: `/api/air/readings?sealed=${seat.sealed}&station=north-park&metric=pm25UgM3&resolution=1m&${WINDOW}`,
    });
    const explicit = await app.inject({
      url: `/api/air/readings?${explicitQuery(code, 'Mina Park')}&station=north-park&metric=pm25UgM3&resolution=1m&${WINDOW}`,
    });
    expect(sealed.statusCode, sealed.body).toBe(200);
    expect(sealed.body).toBe(explicit.body);
    // The dropout shows as missing readings, never as its definition.
    expect(sealed.body).toContain('null');
    for (const secret of ['dropout', '14:07:13', '17:41:29']) expect(sealed.body).not.toContain(secret);
  });

  it('answer a student token on SensorThings too (its query schema is a pipe), and refuse the token given twice', async () => {
    const { code } = await openClass();
    const seat = await join(code, 'Mina Park');
    const hours = encodeURIComponent('phenomenonTime ge 2026-07-15T14:00:00Z and phenomenonTime lt 2026-07-15T18:00:00Z');
    const path = `/sta/v1.1/Datastreams('air:north-park:pm25UgM3')/Observations?$top=1000&$filter=${hours}`;
    const read = async (scenario: string) => {
      const res = await app.inject({ url: `${path}&${scenario}` });
      expect(res.statusCode, res.body).toBe(200);
      return (res.json() as { value: { '@iot.id': string; result: number }[] }).value.map((o) => [o['@iot.id'], o.result]);
    };
    const sealed = await read(`sealed=${seat.sealed}`);
    expect(sealed).toEqual(await read(explicitQuery(code, 'Mina Park')));
    // The dropout (14:07:13–17:41:29) is applied: most of the four hours' 240 minutes have no observation.
    expect(sealed.length).toBeLessThan(60);
    const twice = problem(await app.inject({ url: `${path}&sealed=${seat.sealed}&sealed=${seat.sealed}` }), 400);
    expect(twice.issues).toEqual([{ path: 'sealed', message: 'is given twice; give each query option once' }]);
  });

  it('gives the same name the same token, and another name another seed', async () => {
    const { code } = await openClass();
    const a = await join(code, 'Mina');
    const [b, c] = [await join(code, 'mina ', a.seat), await join(code, 'Joon')];
    expect(b.sealed).toBe(a.sealed);
    expect(b.seat).toBe(a.seat);
    expect(c.sealed).not.toBe(a.sealed);
    expect(a.sealed).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });

  it('refuses a scenario parameter next to `sealed`, naming it', async () => {
    const { code } = await openClass();
    const { sealed } = await join(code, 'Mina');
    for (const extra of ['faults=%5B%5D', 'seed=4', 'city=testville', 'evShare=0.5']) {
      const res = await app.inject({ url: `/api/air/aqi?sealed=${sealed}&${extra}` });
      const name = extra.split('=')[0] as string;
      expect(problem(res, 400).issues?.[0]?.path).toBe(name);
    }
  });

  it('answers 404 naming `sealed` for an unknown token and 400 for a malformed one; refuses the ground truth', async () => {
    expect(problem(await app.inject({ url: '/api/air/aqi?sealed=AAAAAAAAAAAAAAAAAAAAAA' }), 404).issues?.[0]?.path).toBe('sealed');
    expect(problem(await app.inject({ url: '/api/air/aqi?sealed=short' }), 400).issues?.[0]?.path).toBe('sealed');
    const { code } = await openClass();
    const { sealed } = await join(code, 'Mina');
    const truth = await app.inject({ url: `/api/export/truth.csv?sealed=${sealed}&${WINDOW}` });
    expect(problem(truth, 403).issues?.[0]?.path).toBe('sealed');
  });
});

describe('classes', () => {
  it('shows the public part to anyone and nothing secret', async () => {
    const created = await openClass();
    expect(created.code).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);
    expect(created.studentLink).toBe(`/class/${created.code}`);
    expect(created.teacherLink).toBe(`/classes/${created.code}#key=${created.teacherKey}`);
    const res = await app.inject({ url: `/api/classes/${created.code.toLowerCase()}` });
    expect(res.json()).toEqual({
      code: created.code,
      name: 'Period 3',
      lessons: ['broken-sensors'],
      city: 'testville',
      createdAt: expect.any(String),
    });
    for (const secret of [created.teacherKey, 'dropout', 'evShare']) expect(res.body).not.toContain(secret);
    expect(problem(await app.inject({ url: '/api/classes/ZZZZZZ' }), 404).issues?.[0]?.path).toBe('code');
  });

  it('keeps where students start (page and paused moment) and shows it, still without the scenario', async () => {
    const start = { page: '/data', t: '2026-07-15T16:00:00Z' };
    const created = await openClass({ name: 'Period 4', lessons: ['broken-sensors'], scenario: SCENARIO, start });
    const res = await app.inject({ url: `/api/classes/${created.code}` });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      code: created.code,
      name: 'Period 4',
      lessons: ['broken-sensors'],
      city: 'testville',
      start,
      createdAt: expect.any(String),
    });
    for (const secret of [created.teacherKey, 'dropout', 'evShare', 'north-park']) expect(res.body).not.toContain(secret);
    const live = await openClass({ name: 'Period 5', scenario: SCENARIO, start: { page: '/air' } });
    expect((await app.inject({ url: `/api/classes/${live.code}` })).json()).toMatchObject({ start: { page: '/air' } });
  });

  it('refuses a start on a page the app does not have or at a time that is not one, naming the field', async () => {
    for (const [start, path] of [
      [{ page: '/nowhere' }, 'start.page'],
      [{ page: '/classes' }, 'start.page'],
      [{ page: '/data', t: 'noon' }, 'start.t'],
      [{ page: '/data', faults: [] }, 'start'],
    ] as const) {
      const res = await app.inject({ method: 'POST', url: '/api/classes', payload: { name: 'x', start } });
      expect(problem(res, 400).issues?.[0]?.path, JSON.stringify(start)).toBe(path);
    }
  });

  it('validates the body by field and refuses 1 MB bodies', async () => {
    const bad = await app.inject({ method: 'POST', url: '/api/classes', payload: { name: '' } });
    expect(problem(bad, 400).issues?.[0]?.path).toBe('name');
    const long = await app.inject({ method: 'POST', url: '/api/classes', payload: { name: 'x', lessons: ['a'.repeat(1_000_000)] } });
    expect(long.statusCode).toBe(413);
    const { code } = await openClass();
    const name = await app.inject({ method: 'POST', url: `/api/classes/${code}/students`, payload: { student: 'x'.repeat(41) } });
    expect(problem(name, 400).issues?.[0]?.path).toBe('student');
    const city = await app.inject({ method: 'POST', url: '/api/classes', payload: { name: 'x', scenario: { city: 'atlantis' } } });
    expect(problem(city, 400).issues?.[0]?.path).toBe('scenario.city');
  });

  it('guards the progress with the teacher key and lists each attempt, JSON and CSV', async () => {
    const { code, teacherKey } = await openClass();
    const auth = { authorization: `Bearer ${teacherKey}` };
    const attempt = (student: string, correct: boolean) =>
      app.inject({
        method: 'POST',
        url: `/api/classes/${code}/attempts`,
        headers: auth,
        payload: { student, lessonId: 'broken-sensors', questionId: 'which-bench', correct },
      });
    expect((await attempt('Kim, "Ace"', false)).statusCode).toBe(201);
    expect((await attempt('=HYPERLINK("x")', true)).statusCode).toBe(201);
    expect(problem(await app.inject({ url: `/api/classes/${code}/progress` }), 401).issues?.[0]?.path).toBe('Authorization');
    const wrong = await app.inject({ url: `/api/classes/${code}/progress`, headers: { authorization: `Bearer ${'x'.repeat(43)}` } });
    expect(problem(wrong, 403).issues?.[0]?.path).toBe('Authorization');
    const progress = await app.inject({ url: `/api/classes/${code}/progress`, headers: auth });
    expect(progress.json().attempts.map((a: { student: string; correct: boolean }) => [a.student, a.correct])).toEqual([
      ['Kim, "Ace"', false],
      ['=HYPERLINK("x")', true],
    ]);
    const csv = await app.inject({ url: `/api/classes/${code}/progress.csv`, headers: auth });
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe(`attachment; filename="class-${code}-progress.csv"`);
    const lines = csv.body.split('\r\n');
    expect(lines[0]).toBe('at,student,lessonId,questionId,correct');
    expect(lines[1]).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z,"Kim, ""Ace""",broken-sensors,which-bench,false$/);
    expect(lines[2]).toMatch(/Z,"'=HYPERLINK\(""x""\)",broken-sensors,which-bench,true$/);
    expect(lines).toHaveLength(4);
  });
});

describe('seats', () => {
  const joinRes = (code: string, payload: Record<string, unknown>) =>
    app.inject({ method: 'POST', url: `/api/classes/${code}/students`, payload });

  it('gives a name to the first browser: another one is refused by name, the same one comes back with its seat', async () => {
    const { code } = await openClass();
    const first = await join(code, 'Mina Park');
    expect(first.seat).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // The name as the seed reads it: case and spacing do not make another student.
    for (const payload of [{ student: '  mina  PARK' }, { student: 'Mina Park', seat: 'x'.repeat(43) }]) {
      const taken = problem(await joinRes(code, payload), 409);
      expect(taken.issues?.[0]?.path).toBe('student');
      expect(taken.message).toContain('"Mina Park"');
    }
    expect((await join(code, 'MINA PARK', first.seat)).seat).toBe(first.seat);
    // A seat is the name's, not the browser's: a free name gets its own.
    const joon = await join(code, 'Joon', first.seat);
    expect(joon.seat).not.toBe(first.seat);
    expect(problem(await joinRes(code, { student: 'Mina Park', seat: joon.seat }), 409).issues?.[0]?.path).toBe('student');
  });

  it('refuses a malformed seat naming it, and a missing class with 404', async () => {
    const { code } = await openClass();
    expect(problem(await joinRes(code, { student: 'Mina', seat: 'short' }), 400).issues?.[0]?.path).toBe('seat');
    expect(problem(await joinRes('ZZZZZZ', { student: 'Mina' }), 404).issues?.[0]?.path).toBe('code');
  });

  it('lists the names taken to the teacher, who frees one so its student can join again from another browser', async () => {
    const { code, teacherKey } = await openClass();
    const auth = { authorization: `Bearer ${teacherKey}` };
    await join(code, 'Mina Park');
    await join(code, 'Joon');
    const progress = await app.inject({ url: `/api/classes/${code}/progress`, headers: auth });
    expect(progress.json().students.map((s: { student: string }) => s.student)).toEqual(['Mina Park', 'Joon']);
    const free = (student: string, headers: Record<string, string> = auth) =>
      app.inject({ method: 'DELETE', url: `/api/classes/${code}/students/${encodeURIComponent(student)}`, headers });
    expect(problem(await free('mina park', {}), 401).issues?.[0]?.path).toBe('Authorization');
    expect((await free('mina park')).statusCode).toBe(204);
    expect(problem(await free('mina park'), 404).issues?.[0]?.path).toBe('student');
    const again = await join(code, 'Mina Park');
    expect(again.seat).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const after = await app.inject({ url: `/api/classes/${code}/progress`, headers: auth });
    expect(after.json().students.map((s: { student: string }) => s.student)).toEqual(['Joon', 'Mina Park']);
  });
});
