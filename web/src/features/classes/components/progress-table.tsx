/**
 * A class's progress as a table: one row per student, one column per question, grouped under their
 * lesson (lessons in the order first answered, questions in the lesson's order, numbered Q1, Q2… as
 * the lesson numbers them), each cell right (from the first right answer on) or the last wrong one,
 * the tries it took and when. A student is their name as the seed reads it (case and spaces aside:
 * "ada  LOVELACE" is Ada Lovelace, with her seed), shown as first typed.
 * The table scrolls sideways in its own region, the students' names staying at its left edge, so
 * a class with every lesson (26 questions) never makes the page wider than the window.
 */
import type { Attempt } from '@sandbox/shared/classes/schemas';
import { normalizeName } from '@sandbox/shared/lessons/seeds';
import { useTranslation } from 'react-i18next';
import { dateTimeFormat } from '../../../i18n/format-time';
import type { Language } from '../../../i18n/i18n';

interface Cell {
  /** The first right attempt, or the latest wrong one while none is right. */
  last: Attempt;
  /** Attempts up to and including the first right one: checking a found answer again is not another try. */
  tries: number;
}

export interface ProgressQuestion {
  /** `lessonId · questionId`, the cells' key. */
  key: string;
  id: string;
  /** Its number in the lesson (1-based), or undefined for a question the catalog does not know. */
  number: number | undefined;
}

export interface ProgressLesson {
  id: string;
  questions: ProgressQuestion[];
}

/**
 * Students in the order they first appear; lessons in the order first answered, each with its
 * answered questions in `order(lessonId)` (the lesson's question ids; others follow as answered).
 */
export function progressGrid(attempts: readonly Attempt[], order: (lessonId: string) => readonly string[] = () => []) {
  const students: string[] = [];
  const shownAs = new Map<string, string>();
  const answered = new Map<string, string[]>();
  const cells = new Map<string, Map<string, Cell>>();
  for (const attempt of attempts) {
    const question = `${attempt.lessonId} · ${attempt.questionId}`;
    const ids = answered.get(attempt.lessonId) ?? [];
    if (!ids.includes(attempt.questionId)) ids.push(attempt.questionId);
    answered.set(attempt.lessonId, ids);
    const who = normalizeName(attempt.student);
    let student = shownAs.get(who);
    if (student === undefined) {
      student = attempt.student;
      shownAs.set(who, student);
      students.push(student);
    }
    let row = cells.get(student);
    if (!row) {
      row = new Map();
      cells.set(student, row);
    }
    const before = row.get(question);
    if (!before?.last.correct) row.set(question, { last: attempt, tries: (before?.tries ?? 0) + 1 });
  }
  const lessons: ProgressLesson[] = [...answered].map(([id, ids]) => {
    const known = order(id);
    const rank = (q: string) => (known.includes(q) ? known.indexOf(q) : known.length);
    const sorted = ids.map((q, i) => ({ q, i })).sort((a, b) => rank(a.q) - rank(b.q) || a.i - b.i);
    return {
      id,
      questions: sorted.map(({ q }) => ({ key: `${id} · ${q}`, id: q, number: known.includes(q) ? known.indexOf(q) + 1 : undefined })),
    };
  });
  const questions = lessons.flatMap((lesson) => lesson.questions.map((q) => q.key));
  return { students, lessons, questions, cell: (student: string, question: string) => cells.get(student)?.get(question) };
}

/**
 * Lesson texts by keys built from the ids the server sends (`lessons.<lessonId>.…`), as plain
 * strings (a feature does not import another: the lessons feature has its own such lookup).
 */
type LessonText = (key: string, options?: Record<string, unknown>) => string;

/** A lesson's question ids in its order, from the catalog (which a test keeps in the lesson's order). */
const catalogOrder = (text: LessonText) => (lessonId: string) => {
  const questions = text(`lessons.${lessonId}.questions`, { returnObjects: true }) as unknown;
  return questions !== null && typeof questions === 'object' ? Object.keys(questions) : [];
};

export function ProgressTable({ attempts, timeZone }: { attempts: readonly Attempt[]; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const text = t as unknown as LessonText;
  const time = dateTimeFormat(i18n.language as Language, timeZone, { dateStyle: 'short', timeStyle: 'short', hourCycle: 'h23' });
  const grid = progressGrid(attempts, catalogOrder(text));
  return (
    // A keyboard user scrolls the table sideways from here (it can be far wider than the page).
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable to scroll by keyboard
    <section className="progress-table__scroll" aria-label={t('classes.teacher.table')} tabIndex={0}>
      <table className="progress-table">
        <caption className="visually-hidden">{t('classes.teacher.progress')}</caption>
        {/* The column groups the lesson headers' scope="colgroup" names: the students' column, then one per lesson. */}
        <colgroup />
        {grid.lessons.map((lesson) => (
          <colgroup key={lesson.id} span={lesson.questions.length} />
        ))}
        <thead>
          <tr>
            <th scope="col" rowSpan={2} className="progress-table__student">
              {t('classes.teacher.student')}
            </th>
            {grid.lessons.map((lesson) => (
              // The lesson by its title in the page's language (an id no catalog knows shows as it is).
              <th scope="colgroup" colSpan={lesson.questions.length} key={lesson.id} className="progress-table__lesson">
                {text(`lessons.${lesson.id}.title`, { defaultValue: lesson.id })}
              </th>
            ))}
          </tr>
          <tr>
            {grid.lessons.flatMap((lesson) =>
              lesson.questions.map((question) => {
                if (question.number === undefined)
                  return (
                    <th scope="col" key={question.key} className="progress-table__question">
                      {question.id}
                    </th>
                  );
                const short = t('classes.teacher.question', { number: question.number });
                const full = t('classes.teacher.questionFull', {
                  number: question.number,
                  label: text(`lessons.${lesson.id}.questions.${question.id}.label`, { defaultValue: question.id }),
                });
                return (
                  <th scope="col" key={question.key} className="progress-table__question" title={full}>
                    <span aria-hidden="true">{short}</span>
                    <span className="visually-hidden">{full}</span>
                  </th>
                );
              }),
            )}
          </tr>
        </thead>
        <tbody>
          {grid.students.map((student) => (
            <tr key={student}>
              <th scope="row" className="progress-table__student">
                {student}
              </th>
              {grid.questions.map((question) => {
                const cell = grid.cell(student, question);
                if (!cell) return <td key={question} aria-label={t('classes.teacher.notYet')} />;
                const right = cell.last.correct;
                return (
                  <td key={question} className={right ? 'progress-table__right' : 'progress-table__wrong'}>
                    <span>{right ? t('classes.teacher.right') : t('classes.teacher.wrong')}</span>
                    <span className="progress-table__meta">
                      {t('classes.teacher.tries', { count: cell.tries })} ·{' '}
                      <time dateTime={cell.last.at}>{time.format(Date.parse(cell.last.at))}</time>
                    </span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
