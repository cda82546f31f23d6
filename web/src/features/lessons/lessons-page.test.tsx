import { lessonById, lessonSeed } from '@sandbox/shared/lessons/catalog';
import { type LessonCheckBody, LessonCheckBodySchema } from '@sandbox/shared/lessons/schemas';
import { lessonList, lessonView } from '@sandbox/shared/lessons/views';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { rememberSeat } from '../../state/class-seats';
import { server, setupMockServer } from '../../test/msw';
import { renderWithProviders } from '../../test/render';
import { LessonsPage } from './lessons-page';

setupMockServer();

/** Stand-in answers for the mock check (the real ones are computed by the server, tested there). */
const ANSWERS: Record<string, string | number> = { station: 'goodale-park-bench', hours: 5 };

function lessonHandlers(checks: LessonCheckBody[] = []) {
  return [
    http.get('/api/lessons', () => HttpResponse.json(lessonList())),
    http.get('/api/lessons/:id', ({ params, request }) => {
      const lesson = lessonById(String(params.id));
      if (!lesson) return HttpResponse.json({ error: '404', message: 'No lesson' }, { status: 404 });
      const url = new URL(request.url);
      const seed = lessonSeed(lesson, url.searchParams.get('class') ?? undefined, url.searchParams.get('student') ?? undefined);
      return HttpResponse.json(lessonView(lesson, seed));
    }),
    http.post('/api/lessons/:id/check', async ({ params, request }) => {
      const body = LessonCheckBodySchema.parse(await request.json());
      checks.push(body);
      const results = Object.entries(body.answers).map(([questionId, given]) => {
        const correct = given === ANSWERS[questionId];
        const base = `lessons.${String(params.id)}.questions.${questionId}`;
        return {
          questionId,
          correct,
          given,
          ...(correct ? { answer: ANSWERS[questionId] ?? 0, explanationKey: `${base}.explanation` } : { hintKey: `${base}.hint` }),
        };
      });
      const correct = results.filter((r) => r.correct).length;
      // As the server does: a class's answers are recorded only with the name's seat.
      const recorded = body.class && body.student ? { recorded: body.seat !== undefined } : {};
      return HttpResponse.json({ lessonId: params.id, seed: 1, results, correct, total: results.length, ...recorded });
    }),
  ];
}

// The page keeps each lesson's draft in sessionStorage and the class seats in localStorage; every test starts from a fresh browser.
beforeEach(() => {
  window.sessionStorage.clear();
  window.localStorage.clear();
});

describe('LessonsPage', () => {
  it('lists the lessons and opens one with its steps linking to the right views', async () => {
    server.use(...lessonHandlers());
    const user = userEvent.setup();
    const { router } = renderWithProviders(<LessonsPage />, { url: '/lessons?lang=en' });
    const list = await screen.findByRole('list');
    expect(within(list).getAllByRole('listitem')).toHaveLength(11);
    await user.click(screen.getByRole('button', { name: 'Which bench went silent?' }));
    await waitFor(() => expect(router.state.location.search).toContain('lesson=dropout-bench'));
    expect(await screen.findByRole('heading', { name: 'Which bench went silent?', level: 2 })).toBeTruthy();
    const step = screen.getByRole('link', { name: /Open the Air page/ });
    const href = new URL(step.getAttribute('href') ?? '', 'http://x');
    expect(href.pathname).toBe('/air');
    expect(href.searchParams.get('lang')).toBe('en');
    expect(href.searchParams.get('city')).toBe('columbus');
    expect(JSON.parse(href.searchParams.get('faults') ?? '[]')[0]).toMatchObject({ kind: 'dropout' });
    expect(screen.getByText('Your scenario: seed 1')).toBeTruthy();
  });

  it.each([
    ['en', 'Lessons'],
    ['ko', '수업'],
  ] as const)('names the list once, with the page heading (%s)', async (language, title) => {
    server.use(...lessonHandlers());
    renderWithProviders(<LessonsPage />, { url: `/lessons?lang=${language}`, language });
    await screen.findAllByRole('listitem');
    expect(screen.getAllByRole('heading', { name: title })).toHaveLength(1);
    expect(screen.getByRole('heading', { name: title, level: 1 })).toBeTruthy();
    // The list is the region the heading names; its lessons are the next level down.
    expect(within(screen.getByRole('region', { name: title })).getAllByRole('heading', { level: 2 })).toHaveLength(11);
  });

  it('checks answers: right with the explanation, wrong with a hint and never the answer', async () => {
    const checks: LessonCheckBody[] = [];
    server.use(...lessonHandlers(checks));
    const user = userEvent.setup();
    renderWithProviders(<LessonsPage />, { url: '/lessons?lang=en&lesson=dropout-bench&class=7b&student=Ada' });
    await screen.findByRole('heading', { name: 'Which bench went silent?', level: 2 });
    expect(screen.getByText(/^Your scenario: seed \d+$/).textContent).not.toBe('Your scenario: seed 1');
    await user.click(screen.getByRole('button', { name: 'Check answers' }));
    expect(screen.getByRole('status').textContent).toBe('Answer at least one question first.');
    expect(checks).toHaveLength(0);

    await user.selectOptions(screen.getByLabelText(/Which station stopped reporting/), 'goodale-park-bench');
    await user.type(screen.getByLabelText(/How many whole hours/), '4');
    await user.click(screen.getByRole('button', { name: 'Check answers' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('1 of 2 answered questions right.'));
    expect(checks).toEqual([{ class: '7b', student: 'Ada', answers: { station: 'goodale-park-bench', hours: 4 } }]);
    const right = screen.getByTestId('result-station');
    expect(right.textContent).toContain('Right');
    expect(right.textContent).not.toContain('Hint');
    expect(right.textContent).toContain('Explanation');
    const wrong = screen.getByTestId('result-hours');
    expect(wrong.textContent).toContain('Not right yet');
    expect(wrong.textContent).toContain('Count that station’s empty PM2.5 cells');
    expect(wrong.textContent).not.toContain('Explanation');
    expect(wrong.textContent).not.toContain('5 h');
  });

  it('keeps the name and class code in the URL for the seed', async () => {
    server.use(...lessonHandlers());
    const user = userEvent.setup();
    const { router } = renderWithProviders(<LessonsPage />, { url: '/lessons?lang=en' });
    await screen.findAllByRole('listitem');
    await user.type(screen.getByLabelText('Name'), 'Ada');
    await user.type(screen.getByLabelText('Class code'), '7b');
    await user.click(screen.getByRole('button', { name: 'Use' }));
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('class')).toBe('7b'));
    expect(new URLSearchParams(router.state.location.search).get('student')).toBe('Ada');
  });

  it('reads in Korean', async () => {
    server.use(...lessonHandlers());
    renderWithProviders(<LessonsPage />, { url: '/lessons?lang=ko&lesson=kw-vs-kwh', language: 'ko' });
    expect(await screen.findByRole('heading', { name: 'kW일까 kWh일까? 스마트 계량기 읽기', level: 2 })).toBeTruthy();
    expect(screen.getByRole('button', { name: '답 확인' })).toBeTruthy();
    expect(screen.getAllByText('±0.001 kWh 이내면 정답입니다.')).toHaveLength(1);
  });

  it('writes hours as 시간 in Korean, beside the field and in the explanation', async () => {
    server.use(...lessonHandlers());
    const user = userEvent.setup();
    renderWithProviders(<LessonsPage />, { url: '/lessons?lang=ko&lesson=dropout-bench', language: 'ko' });
    const field = await screen.findByRole('spinbutton');
    expect(field.parentElement?.textContent).toContain('시간');
    expect(field.parentElement?.textContent).not.toMatch(/\bh\b/);
    await user.type(field, '5');
    await user.click(screen.getByRole('button', { name: '답 확인' }));
    await waitFor(() => expect(screen.getByTestId('result-hours').textContent).toContain('5 시간'));
  });

  it('finds the typed answers and the last check again after a reload, for the same student only', async () => {
    server.use(...lessonHandlers());
    const user = userEvent.setup();
    const url = '/lessons?lang=en&lesson=dropout-bench&class=7b&student=Ada';
    const first = renderWithProviders(<LessonsPage />, { url });
    await user.type(await screen.findByLabelText(/How many whole hours/), '4');
    await user.click(screen.getByRole('button', { name: 'Check answers' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('0 of 1 answered questions right.'));
    first.unmount();

    const again = renderWithProviders(<LessonsPage />, { url });
    expect(((await screen.findByLabelText(/How many whole hours/)) as HTMLInputElement).value).toBe('4');
    expect(screen.getByTestId('result-hours').textContent).toContain('Not right yet');
    expect(screen.getByRole('status').textContent).toBe('0 of 1 answered questions right.');
    again.unmount();

    renderWithProviders(<LessonsPage />, { url: url.replace('Ada', 'Ben') });
    expect(((await screen.findByLabelText(/How many whole hours/)) as HTMLInputElement).value).toBe('');
    expect(screen.queryByTestId('result-hours')).toBeNull();
  });

  it('writes a clock hour as 시 in Korean and leaves the hour in its explanation alone', async () => {
    const lesson = lessonById('heat-ozone-ac');
    if (!lesson) throw new Error('heat-ozone-ac');
    const hour = lesson.questions.find((q) => q.unit === 'hourOfDay');
    if (!hour) throw new Error('a clock-hour question');
    server.use(
      http.post('/api/lessons/:id/check', () =>
        HttpResponse.json({
          lessonId: lesson.id,
          seed: 1,
          results: [
            {
              questionId: hour.id,
              correct: true,
              given: 15,
              answer: 15,
              explanationKey: `lessons.${lesson.id}.questions.${hour.id}.explanation`,
            },
          ],
          correct: 1,
          total: 1,
        }),
      ),
      ...lessonHandlers(),
    );
    const user = userEvent.setup();
    renderWithProviders(<LessonsPage />, { url: `/lessons?lang=ko&lesson=${lesson.id}`, language: 'ko' });
    const field = (await screen.findAllByRole('spinbutton')).find((input) => input.id === `q-${hour.id}`);
    if (!field) throw new Error('the clock-hour field');
    expect(field.parentElement?.textContent).toContain('시');
    expect(field.parentElement?.textContent).toContain('±1 시간 이내면');
    await user.type(field, '15');
    await user.click(screen.getByRole('button', { name: '답 확인' }));
    const result = await screen.findByTestId(`result-${hour.id}`);
    expect(result.textContent).toContain('약 15시');
    expect(result.textContent).not.toContain('시간시');
  });

  it('says when the lessons cannot be loaded', async () => {
    server.use(http.get('/api/lessons', () => HttpResponse.json({ error: '500', message: 'boom' }, { status: 500 })));
    renderWithProviders(<LessonsPage />, { url: '/lessons?lang=en' });
    expect((await screen.findByRole('alert')).textContent).toContain('The lessons could not be loaded.');
  });

  it('says when a lesson does not exist', async () => {
    server.use(...lessonHandlers());
    renderWithProviders(<LessonsPage />, { url: '/lessons?lang=en&lesson=nope' });
    expect((await screen.findByRole('alert')).textContent).toContain('This lesson could not be loaded.');
  });
});

describe('LessonsPage for a class’s student (student mode)', () => {
  const SEAT = 's'.repeat(43);
  const studentUrl = (lang = 'en') => `/lessons?lang=${lang}&lesson=dropout-bench&sealed=${'A'.repeat(22)}&class=QWERTY&student=Ada`;

  it('says the answers go to the class instead of asking for a name and class code, and checks as that student with the seat', async () => {
    rememberSeat('qwerty', ' ADA ', SEAT);
    const checks: LessonCheckBody[] = [];
    server.use(...lessonHandlers(checks));
    renderWithProviders(<LessonsPage />, { url: studentUrl() });
    expect(await screen.findByText(/You are working in class QWERTY/)).toBeTruthy();
    expect(screen.queryByLabelText('Name')).toBeNull();
    const user = userEvent.setup();
    await user.type(await screen.findByRole('spinbutton'), '5');
    await user.click(screen.getByRole('button', { name: /Check/ }));
    await waitFor(() => expect(checks).toHaveLength(1));
    expect(checks[0]).toMatchObject({ class: 'QWERTY', student: 'Ada', seat: SEAT });
    expect(screen.queryByText(/do not reach your teacher/)).toBeNull();
  });

  it('says plainly, before and after a check, when this browser has not joined as that student, with the way in', async () => {
    const checks: LessonCheckBody[] = [];
    server.use(...lessonHandlers(checks));
    renderWithProviders(<LessonsPage />, { url: studentUrl('ko'), language: 'ko' });
    const note = await screen.findByRole('note');
    expect(note.textContent).toContain('이 브라우저는 QWERTY 반에 “Ada” 이름으로 들어오지 않았습니다.');
    expect(within(note).getByRole('link', { name: '반에 들어가기' }).getAttribute('href')).toBe('/class/QWERTY?lang=ko');
    const user = userEvent.setup();
    await user.type(await screen.findByRole('spinbutton'), '5');
    await user.click(screen.getByRole('button', { name: '답 확인' }));
    await waitFor(() => expect(checks).toHaveLength(1));
    expect(checks[0]?.seat).toBeUndefined();
    await waitFor(() => expect(screen.getAllByRole('note')).toHaveLength(2));
  });
});
