/**
 * The classes pages in jsdom: the teacher page reads its key from the link's fragment and shows the
 * progress as a student × question table (or says there is none yet, or that the key is missing or
 * wrong); the classes page says where students start and sends it (the page the teacher came from,
 * the clock's moment); the student's page takes a name and opens the app in student mode with the
 * sealed token, on the class's start page with the clock paused at its moment, and says a class is
 * missing in the reader's language alone.
 */

import { LESSONS } from '@sandbox/shared/lessons/catalog';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { rememberSeat, seatOf } from '../../state/class-seats';
import { server, setupMockServer } from '../../test/msw';
import { renderWithProviders } from '../../test/render';
import { ClassJoinPage } from './class-join-page';
import { ClassTeacherPage } from './class-teacher-page';
import { ClassesPage } from './classes-page';

setupMockServer();

const KEY = 'k'.repeat(43);
const SEAT = 's'.repeat(43);

// Seats and teacher keys live in localStorage: every test starts from a fresh browser.
beforeEach(() => window.localStorage.clear());
const attempt = (student: string, questionId: string, correct: boolean, at: string, lessonId = 'broken-sensors') => ({
  student,
  lessonId,
  questionId,
  correct,
  at,
});

function progressAnswer(attempts: unknown[], students: unknown[] = []) {
  const seen: (string | null)[] = [];
  server.use(
    http.get('/api/classes/:code/progress', ({ request }) => {
      seen.push(request.headers.get('authorization'));
      if (request.headers.get('authorization') !== `Bearer ${KEY}`)
        return HttpResponse.json({ error: 'Forbidden', message: 'This is not the teacher key of class ABC234.' }, { status: 403 });
      return HttpResponse.json({ code: 'ABC234', name: 'Period 3', lessons: ['broken-sensors'], students, attempts });
    }),
  );
  return seen;
}

describe('the teacher page', () => {
  it('shows each student’s last answer per question, with tries and time, from the key in the fragment', async () => {
    const seen = progressAnswer([
      attempt('Mina', 'which-bench', false, '2026-12-06T10:00:00.000Z'),
      attempt('Mina', 'which-bench', true, '2026-12-06T10:02:00.000Z'),
      // The same student typed otherwise (the same seed), checking a found answer again: not a row, not a try.
      attempt('  mina ', 'which-bench', true, '2026-12-06T10:05:00.000Z'),
      attempt('Joon', 'how-long', false, '2026-12-06T10:03:00.000Z'),
      attempt('Joon', 'station', true, '2026-12-06T10:04:00.000Z', 'dropout-bench'),
    ]);
    renderWithProviders(<ClassTeacherPage />, { url: `/classes/abc234#key=${KEY}`, path: '/classes/:code' });
    expect(await screen.findByRole('heading', { name: 'Period 3', level: 1 })).toBeTruthy();
    expect(seen).toEqual([`Bearer ${KEY}`]);
    expect(screen.getAllByRole('row', { name: /mina/i })).toHaveLength(1);
    const mina = screen.getByRole('row', { name: /Mina/ });
    expect(within(mina).getAllByRole('cell')[0]?.textContent).toMatch(/^Right2 tries · /);
    const joon = screen.getByRole('row', { name: /Joon/ });
    expect(within(joon).getAllByRole('cell')[1]?.textContent).toMatch(/^Wrong1 try · /);
    // An id no lesson has shows as it is; a lesson's id shows as its title over its questions, each
    // numbered as in the lesson, its label in the tooltip and for screen readers.
    expect(screen.getByRole('columnheader', { name: 'broken-sensors' }).getAttribute('colspan')).toBe('2');
    expect(screen.getByRole('columnheader', { name: 'how-long' })).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: 'Which bench went silent?' }).getAttribute('scope')).toBe('colgroup');
    const station = screen.getByRole('columnheader', { name: 'Q1: Which station stopped reporting?' });
    expect(station.textContent).toContain('Q1');
    expect(station.getAttribute('title')).toBe('Q1: Which station stopped reporting?');
    expect(screen.queryByRole('columnheader', { name: /station$/ })).toBeNull();
    expect(screen.getByRole('link', { name: 'All classes' }).parentElement?.textContent).toBe('All classes · Class code ABC234');
    expect((screen.getByLabelText('Student link') as HTMLInputElement).value).toBe(`${window.location.origin}/class/ABC234`);
  });

  it('lists who joined, answered or not, and frees a name with the key (keyboard), saying so in Korean', async () => {
    const students = [
      { student: 'Mina', joinedAt: '2026-12-06T09:58:00.000Z' },
      { student: 'Joon', joinedAt: '2026-12-06T09:59:00.000Z' },
    ];
    progressAnswer([attempt('Mina', 'which-bench', true, '2026-12-06T10:00:00.000Z')], students);
    const freed: { student: unknown; auth: string | null }[] = [];
    server.use(
      http.delete('/api/classes/:code/students/:student', ({ params, request }) => {
        freed.push({ student: params.student, auth: request.headers.get('authorization') });
        return new HttpResponse(null, { status: 204 });
      }),
    );
    renderWithProviders(<ClassTeacherPage />, { url: `/classes/abc234#key=${KEY}`, path: '/classes/:code', language: 'ko' });
    const roster = await screen.findByRole('region', { name: '들어온 학생 2명' });
    expect(
      within(roster)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Mina이름 풀기', 'Joon이름 풀기']);
    within(roster).getByRole('button', { name: 'Joon 이름 풀기' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(await within(roster).findByText('“Joon” 이름을 풀었습니다. 그 학생이 다시 들어올 수 있습니다.')).toBeTruthy();
    expect(freed).toEqual([{ student: 'Joon', auth: `Bearer ${KEY}` }]);
  });

  it('says no one has joined yet', async () => {
    progressAnswer([]);
    renderWithProviders(<ClassTeacherPage />, { url: `/classes/abc234#key=${KEY}`, path: '/classes/:code' });
    const roster = await screen.findByRole('region', { name: '0 students joined' });
    expect(roster.textContent).toContain('No one has joined yet');
  });

  it.each([
    ['en', 'Progress by student and question (scrolls sideways)', 'Q'],
    ['ko', '학생별·질문별 진행 상황 (옆으로 스크롤)', '번'],
  ] as const)(
    'puts every lesson’s questions (26) in a table that scrolls in its own named, focusable region (%s)',
    async (language, region, q) => {
      // Every question of every lesson, the last question of each lesson answered first.
      const all = LESSONS.flatMap((lesson) =>
        [...lesson.questions]
          .reverse()
          .map((question, i) => attempt('Ada', question.id, i % 2 === 0, '2026-12-06T10:00:00.000Z', lesson.id)),
      );
      expect(all).toHaveLength(26);
      progressAnswer([...all, attempt('Bo Lee'.padEnd(40, 'x'), 'station', true, '2026-12-06T10:05:00.000Z', 'dropout-bench')]);
      renderWithProviders(<ClassTeacherPage />, { url: `/classes/ABC234?lang=${language}#key=${KEY}`, path: '/classes/:code', language });
      const scroll = await screen.findByRole('region', { name: region });
      expect(scroll.getAttribute('tabindex')).toBe('0');
      const table = within(scroll).getByRole('table');
      const [lessons, questions] = within(table).getAllByRole('row');
      // Student, then one header per lesson over its questions; then one per question.
      expect(within(lessons as HTMLElement).getAllByRole('columnheader')).toHaveLength(1 + LESSONS.length);
      const heads = within(questions as HTMLElement).getAllByRole('columnheader');
      expect(heads).toHaveLength(26);
      // Each lesson's questions in the lesson's order, numbered from 1, never the raw ids.
      const numbers = LESSONS.flatMap((lesson) => lesson.questions.map((_, i) => (language === 'en' ? `${q}${i + 1}` : `${i + 1}${q}`)));
      expect(heads.map((head) => head.querySelector('[aria-hidden]')?.textContent)).toEqual(numbers);
      const ids = LESSONS.flatMap((lesson) => lesson.questions.map((question) => question.id));
      heads.forEach((head, i) => {
        expect(head.getAttribute('title')).toMatch(/^\S+: [^{}]{8,}$/);
        expect(head.getAttribute('title')).not.toBe(`${numbers[i]}: ${ids[i]}`);
      });
      if (language === 'en') {
        expect(screen.getByRole('columnheader', { name: 'Q1: Largest 15-minute import of the meter on 15 July (kWh)' })).toBeTruthy();
        expect(screen.getByRole('columnheader', { name: 'kW or kWh? Reading a smart meter' }).getAttribute('colspan')).toBe('3');
      } else {
        expect(screen.getByRole('columnheader', { name: '1번: 7월 15일 계량기의 가장 큰 15분 수전량(kWh)' })).toBeTruthy();
        expect(screen.getByRole('link', { name: '모든 반' }).parentElement?.textContent).toBe('모든 반 · 반 코드 ABC234');
      }
      // The names are row headers (they stay at the left edge while the rest scrolls).
      expect(
        within(table)
          .getAllByRole('rowheader')
          .map((cell) => cell.className),
      ).toEqual(['progress-table__student', 'progress-table__student']);
    },
  );

  it('says when there are no answers yet, when the key is missing, and when it is wrong', async () => {
    progressAnswer([]);
    const first = renderWithProviders(<ClassTeacherPage />, { url: `/classes/ABC234#key=${KEY}`, path: '/classes/:code' });
    expect(await screen.findByText(/No answers yet/)).toBeTruthy();
    first.unmount();
    const second = renderWithProviders(<ClassTeacherPage />, { url: '/classes/ZZZ234', path: '/classes/:code' });
    expect(screen.getByText("This page needs the class's teacher key.")).toBeTruthy();
    second.unmount();
    renderWithProviders(<ClassTeacherPage />, { url: `/classes/ABC234#key=${'x'.repeat(43)}`, path: '/classes/:code' });
    expect(await screen.findByText('This key is not the teacher key of this class.')).toBeTruthy();
  });
});

describe('the student’s way in', () => {
  it('takes a name (keyboard only) and opens student mode with the sealed token', async () => {
    server.use(
      http.get('/api/classes/:code', () =>
        HttpResponse.json({ code: 'ABC234', name: 'Period 3', lessons: [], city: 'columbus', createdAt: '2026-12-06T10:00:00.000Z' }),
      ),
      http.post('/api/classes/:code/students', async ({ request }) => {
        const { student } = (await request.json()) as { student: string };
        return HttpResponse.json({ student: student.trim(), city: 'columbus', sealed: 'Abc123_-Abc123_-Abc123', seat: SEAT });
      }),
    );
    const { router } = renderWithProviders(<ClassJoinPage />, { url: '/class/abc234', path: '/class/:code', language: 'ko' });
    expect(await screen.findByRole('heading', { name: 'Period 3', level: 1 })).toBeTruthy();
    await userEvent.tab();
    await userEvent.keyboard(' Mina Park {Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    const search = new URLSearchParams(router.state.location.search);
    expect(Object.fromEntries(search)).toEqual({ lang: 'ko', sealed: 'Abc123_-Abc123_-Abc123', class: 'ABC234', student: 'Mina Park' });
    // The seat is kept for the name as the seed reads it, so the lessons' check can send it.
    expect(seatOf('ABC234', 'mina  park')).toBe(SEAT);
  });

  it('sends the seat it holds when it joins again, and says a taken name in the student’s language', async () => {
    const bodies: unknown[] = [];
    server.use(
      http.get('/api/classes/:code', () =>
        HttpResponse.json({ code: 'ABC234', name: 'Period 3', lessons: [], city: 'columbus', createdAt: '2026-12-06T10:00:00.000Z' }),
      ),
      http.post('/api/classes/:code/students', async ({ request }) => {
        const body = (await request.json()) as { student: string; seat?: string };
        bodies.push(body);
        if (body.seat === SEAT)
          return HttpResponse.json({ student: body.student, city: 'columbus', sealed: 'Abc123_-Abc123_-Abc123', seat: SEAT });
        const message = 'Someone has already joined class ABC234 as "Mina Park". Type another name.';
        return HttpResponse.json({ error: 'Conflict', message, issues: [{ path: 'student', message }] }, { status: 409 });
      }),
    );
    const first = renderWithProviders(<ClassJoinPage />, { url: '/class/abc234', path: '/class/:code', language: 'ko' });
    await userEvent.type(await screen.findByRole('textbox'), 'Mina Park{Enter}');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('이 반에는 이미 “Mina Park” 이름으로 들어온 학생이 있습니다.');
    expect(alert.textContent).not.toMatch(/Someone/);
    first.unmount();
    rememberSeat('ABC234', 'Mina Park', SEAT);
    const { router } = renderWithProviders(<ClassJoinPage />, { url: '/class/abc234', path: '/class/:code' });
    await userEvent.type(await screen.findByRole('textbox'), 'mina park{Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(bodies).toEqual([{ student: 'Mina Park' }, { student: 'mina park', seat: SEAT }]);
  });
});

describe('where students start', () => {
  const SEALED = 'Abc123_-Abc123_-Abc123';
  const classAnswer = (start?: unknown) =>
    server.use(
      http.get('/api/classes/:code', () =>
        HttpResponse.json({
          code: 'ABC234',
          name: 'Period 3',
          lessons: [],
          city: 'columbus',
          ...(start ? { start } : {}),
          createdAt: '2026-12-06T10:00:00.000Z',
        }),
      ),
      http.post('/api/classes/:code/students', async ({ request }) => {
        const { student } = (await request.json()) as { student: string };
        return HttpResponse.json({ student: student.trim(), city: 'columbus', sealed: SEALED, seat: SEAT });
      }),
    );

  it('the teacher sees and sends the page they came from and the clock’s moment', async () => {
    const bodies: unknown[] = [];
    server.use(
      http.post('/api/classes', async ({ request }) => {
        bodies.push(await request.json());
        return HttpResponse.json(
          { code: 'ABC234', name: 'Period 3', teacherKey: KEY, studentLink: '/class/ABC234', teacherLink: `/classes/ABC234#key=${KEY}` },
          { status: 201 },
        );
      }),
    );
    const url =
      '/classes?lang=en&t=2026-07-15T16:00:00Z&faults=dropout~linden-park-bench~2026-07-15T14:07:13Z~2026-07-15T17:41:29Z&from=%2Fdata';
    const { router } = renderWithProviders(<ClassesPage />, { url, path: '/classes' });
    expect(await screen.findByText('Students start on the Data page at Wed, Jul 15, 12:00 EDT, the clock paused there.')).toBeTruthy();
    await userEvent.type(screen.getByLabelText('Class name'), 'Period 3');
    await userEvent.click(screen.getByRole('button', { name: 'Open the class' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/classes/ABC234'));
    expect(bodies).toHaveLength(1);
    expect(bodies[0]).toMatchObject({ name: 'Period 3', start: { page: '/data', t: '2026-07-15T16:00:00Z' } });
  });

  it('says it in Korean too, and starts on the Overview when the teacher came from no page a view opens', async () => {
    renderWithProviders(<ClassesPage />, { url: '/classes?t=2026-07-15T16:00:00Z&from=%2Fsaved', path: '/classes', language: 'ko' });
    expect(await screen.findByText('학생은 개요 페이지에서 시작하며, 시계는 7월 15일 (수) 12:00 EDT에 멈춰 있습니다.')).toBeTruthy();
  });

  it('a student opens the class’s start page with the clock paused at its moment', async () => {
    classAnswer({ page: '/data', t: '2026-07-15T16:00:00.000Z' });
    const { router } = renderWithProviders(<ClassJoinPage />, { url: '/class/abc234', path: '/class/:code' });
    expect(await screen.findByRole('heading', { name: 'Period 3', level: 1 })).toBeTruthy();
    await userEvent.type(screen.getByLabelText('Your name'), 'Mina Park{Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe('/data'));
    const search = new URLSearchParams(router.state.location.search);
    expect(Object.fromEntries(search)).toEqual({
      lang: 'en',
      t: '2026-07-15T16:00:00Z',
      sealed: SEALED,
      class: 'ABC234',
      student: 'Mina Park',
    });
    for (const key of ['live', 'play', 'speed']) expect(search.has(key)).toBe(false);
  });

  it('says a missing class in Korean alone, without the server’s English detail', async () => {
    server.use(
      http.get('/api/classes/:code', () =>
        HttpResponse.json({ error: 'Not Found', message: 'No class with code ZZZZZZ; check the code.' }, { status: 404 }),
      ),
    );
    renderWithProviders(<ClassJoinPage />, { url: '/class/zzzzzz', path: '/class/:code', language: 'ko' });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('ZZZZZZ 반이 없습니다. 선생님께 링크를 확인하세요.');
    expect(alert.textContent).not.toMatch(/No class|check the code/);
  });
});
