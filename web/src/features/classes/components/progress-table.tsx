/**
 * A class's progress as a table: one row per student, one column per question (lesson · question,
 * in the order first answered), each cell the last answer (right or wrong), how many tries and when.
 */
import type { Attempt } from '@sandbox/shared/classes/schemas';
import { useTranslation } from 'react-i18next';
import { dateTimeFormat } from '../../../i18n/format-time';
import type { Language } from '../../../i18n/i18n';

interface Cell {
  last: Attempt;
  tries: number;
}

/** Students and questions in the order they first appear; each student's cells by question. */
export function progressGrid(attempts: readonly Attempt[]) {
  const students: string[] = [];
  const questions: string[] = [];
  const cells = new Map<string, Map<string, Cell>>();
  for (const attempt of attempts) {
    const question = `${attempt.lessonId} · ${attempt.questionId}`;
    if (!questions.includes(question)) questions.push(question);
    let row = cells.get(attempt.student);
    if (!row) {
      students.push(attempt.student);
      row = new Map();
      cells.set(attempt.student, row);
    }
    row.set(question, { last: attempt, tries: (row.get(question)?.tries ?? 0) + 1 });
  }
  return { students, questions, cell: (student: string, question: string) => cells.get(student)?.get(question) };
}

export function ProgressTable({ attempts, timeZone }: { attempts: readonly Attempt[]; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const time = dateTimeFormat(i18n.language as Language, timeZone, { dateStyle: 'short', timeStyle: 'short', hourCycle: 'h23' });
  const grid = progressGrid(attempts);
  return (
    <div className="progress-table__scroll">
      <table className="progress-table">
        <caption className="visually-hidden">{t('classes.teacher.progress')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('classes.teacher.student')}</th>
            {grid.questions.map((question) => {
              // The lesson by its title in the page's language (an id no catalog knows shows as it is), then the question.
              const [lessonId = '', questionId = ''] = question.split(' · ');
              const title = t(`lessons.${lessonId}.title` as never, { defaultValue: lessonId });
              return (
                <th scope="col" key={question} aria-label={`${title} · ${questionId}`}>
                  {title}
                  <span className="progress-table__meta">{questionId}</span>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {grid.students.map((student) => (
            <tr key={student}>
              <th scope="row">{student}</th>
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
    </div>
  );
}
