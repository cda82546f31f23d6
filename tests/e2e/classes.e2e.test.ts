/**
 * A class in Chromium against the built server: the teacher sets a bench dropout and a lever in the
 * view, opens a class from it on the Classes page, and copies the student link; a student opens it
 * in a fresh browser context, types their name and lands in student mode: no Scenario panel, no
 * stories, no city picker, an address with the sealed token and no faults, and no page or request
 * that shows the fault. An attempt recorded for the student appears on the teacher's page.
 */
import { ClassProgressSchema, MINUTE_MS } from '@sandbox/shared';
import { describe, expect, it } from 'vitest';
import { useAppInBrowser } from '../support/app-in-browser';
import { openCheckedPage } from '../support/browser';

const app = useAppInBrowser();

const DROPOUT = { kind: 'dropout', stationId: 'linden-park-bench', from: '2026-07-15T14:07:13Z', to: '2026-07-15T17:41:29Z' };
const SECRETS = ['dropout', '14:07:13', '17:41:29', 'evShare', 'faults'];

describe('classes and student mode in Chromium', () => {
  it(
    'a teacher opens a class; a student joins from its link and sees no levers or faults',
    async () => {
      const teacherView = `/classes?lang=en&evShare=0.4&faults=${encodeURIComponent(JSON.stringify([DROPOUT]))}`;
      const teacher = await app.open(teacherView);
      await teacher.page.getByRole('heading', { name: 'Classes', level: 1 }).waitFor();
      expect(await teacher.page.getByText(/its levers and 1 injected fault/).count()).toBe(1);
      await teacher.page.getByLabel('Class name').fill('Period 3, "data"');
      await teacher.page.getByRole('button', { name: 'Open the class' }).click();
      await teacher.page.getByRole('heading', { name: 'Period 3, "data"', level: 1 }).waitFor({ timeout: 15_000 });
      const studentLink = await teacher.page.getByLabel('Student link').inputValue();
      const teacherLink = await teacher.page.getByLabel('Teacher link (keep it private)').inputValue();
      expect(studentLink).toMatch(new RegExp(`^${app.server.url}/class/[A-HJ-NP-Z2-9]{6}$`));
      const code = studentLink.slice(-6);
      const key = new URL(teacherLink).hash.replace('#key=', '');
      expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
      await teacher.page.getByText('No answers yet.', { exact: false }).waitFor();

      // The student: a fresh context (no storage of the teacher's), the link as handed out.
      const student = await openCheckedPage(app.browser, app.server.url);
      const requests: string[] = [];
      student.page.on('request', (request) => requests.push(decodeURIComponent(request.url())));
      await student.page.goto(studentLink);
      await student.page.getByRole('heading', { name: 'Period 3, "data"', level: 1 }).waitFor();
      await student.page.getByLabel('Your name').fill('  Mina Park ');
      await student.page.getByRole('button', { name: 'Start' }).click();
      await student.page.getByText('Student view').waitFor({ timeout: 15_000 });
      await student.page.getByText(`Mina Park · class ${code}`).waitFor();
      const url = new URL(student.page.url());
      expect(url.searchParams.get('sealed')).toMatch(/^[A-Za-z0-9_-]{22}$/);
      expect(url.searchParams.get('student')).toBe('Mina Park');
      for (const hidden of ['Scenario', 'Present']) expect(await student.page.getByRole('button', { name: hidden }).count()).toBe(0);
      expect(await student.page.getByRole('combobox', { name: 'Story' }).count()).toBe(0);
      expect(await student.page.getByRole('combobox', { name: 'City' }).count()).toBe(0);

      // The Data page: its example request is the sealed one; the ground-truth download is not offered.
      await student.page.getByRole('link', { name: 'Data', exact: true }).click();
      const example = student.page.getByText(/^curl /);
      await example.waitFor({ timeout: 15_000 });
      expect(await example.textContent()).toContain(`sealed=${url.searchParams.get('sealed')}`);
      expect(new URL(student.page.url()).searchParams.get('student')).toBe('Mina Park');
      const html = await student.page.content();
      for (const secret of SECRETS) expect(html, `the page shows ${secret}`).not.toContain(secret);
      for (const request of requests) for (const secret of SECRETS) expect(request, `a request sends ${secret}`).not.toContain(secret);
      expect(requests.some((request) => request.includes('/api/') && request.includes('sealed='))).toBe(true);

      // The lessons' answer check records attempts on the server; the teacher's tool route does the same.
      const recorded = await fetch(`${app.server.url}/api/classes/${code}/attempts`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body: JSON.stringify({ student: 'Mina Park', lessonId: 'broken-sensors', questionId: 'which-bench', correct: true }),
      });
      expect(recorded.status).toBe(201);
      await teacher.page.getByRole('button', { name: 'Refresh' }).click();
      const row = teacher.page.getByRole('row', { name: /Mina Park/ });
      await row.waitFor({ timeout: 15_000 });
      expect(await row.textContent()).toContain('Right');
      // A lesson no catalog knows heads its group by its id, its question by its id.
      expect(await teacher.page.getByRole('columnheader', { name: 'broken-sensors', exact: true }).count()).toBe(1);
      expect(await teacher.page.getByRole('columnheader', { name: 'which-bench', exact: true }).count()).toBe(1);
      const progress = ClassProgressSchema.parse(
        await (await fetch(`${app.server.url}/api/classes/${code}/progress`, { headers: { authorization: `Bearer ${key}` } })).json(),
      );
      expect(progress.attempts.map((a) => [a.student, a.correct])).toEqual([['Mina Park', true]]);
    },
    MINUTE_MS,
  );
});
