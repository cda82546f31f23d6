/**
 * One lesson: goal, numbered steps whose links open the app on the student's scenario and view, the
 * questions, and a Check that asks the server (which computes the answers on the engine).
 */
import type { Lesson, LessonCheck } from '@sandbox/shared/lessons/schemas';
import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { cityQuery } from '../../../api/queries';
import type { Language } from '../../../i18n/i18n';
import { localName } from '../../../i18n/use-ui-language';
import { Failure, Pending } from '../../../ui/panel-state';
import { checkLesson, lessonQuery, type Student } from '../api/lesson-queries';
import { useLessonDraft } from '../hooks/use-lesson-draft';
import { lessonT } from '../lesson-text';
import { NotRecordedNote } from './class-seat-note';
import { QuestionField } from './question-field';

/** Names for the ids a lesson shows: stations from the city, agencies and programs from the catalog. */
function useNames(lesson: Lesson | undefined) {
  const { t, i18n } = useTranslation();
  const text = lessonT(t);
  const city = useQuery({ ...cityQuery('columbus'), enabled: lesson !== undefined });
  const stations = new Map((city.data?.stations ?? []).map((s) => [s.id, localName(s, i18n.language as Language)]));
  const nameOf = (id: string) => {
    const agency = `lessons.agencies.${id}`;
    return stations.get(id) ?? (i18n.exists(agency) ? text(agency) : id);
  };
  const params = Object.fromEntries(
    Object.entries(lesson?.params ?? {}).map(([key, value]) => [
      key,
      key === 'program' ? text(`lessons.programs.${value}`) : nameOf(String(value)),
    ]),
  );
  return { nameOf, params };
}

export function LessonView({ id, student }: { id: string; student: Student }) {
  const { t, i18n } = useTranslation();
  const text = lessonT(t);
  const lesson = useQuery(lessonQuery(id, student));
  const { nameOf, params } = useNames(lesson.data);
  const [draft, setDraft] = useLessonDraft(id, student);
  const values = draft.values;
  const [empty, setEmpty] = useState(false);
  const check = useMutation({
    mutationFn: (answers: Record<string, string | number>) => checkLesson(id, student, answers),
    onSuccess: (answer) => setDraft((current) => ({ ...current, check: answer })),
  });
  // The last check, this visit's or the one kept from before a reload.
  const checked = check.data ?? draft.check;

  if (lesson.isError) return <Failure title={t('lessons.ui.lessonFailed')} error={lesson.error} onRetry={() => lesson.refetch()} />;
  if (!lesson.data) return <Pending label={t('lessons.ui.loadingLesson')} />;
  const data = lesson.data;
  const results = new Map<string, LessonCheck['results'][number]>((checked?.results ?? []).map((r) => [r.questionId, r]));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const answers = Object.fromEntries(
      data.questions.flatMap((q) => {
        const value = (values[q.id] ?? '').trim();
        if (!value) return [];
        return [[q.id, q.kind === 'number' ? Number(value) : value]];
      }),
    );
    setEmpty(Object.keys(answers).length === 0);
    if (Object.keys(answers).length > 0) check.mutate(answers);
  };

  return (
    <article className="lesson" aria-labelledby="lesson-title">
      <span className="eyebrow">{text(`lessons.topics.${data.topic}`)}</span>
      <h2 id="lesson-title">{text(`lessons.${data.id}.title`)}</h2>
      <p className="lessons__meta">{t('lessons.ui.seed', { seed: data.seed })}</p>
      <h3>{t('lessons.ui.goal')}</h3>
      <p>{text(`lessons.${data.id}.goal`)}</p>
      <h3>{t('lessons.ui.steps')}</h3>
      <ol className="lesson__steps">
        {data.steps.map((step) => (
          <li key={step.key}>
            <Link to={`${step.href}&lang=${i18n.language}`}>{text(`lessons.${data.id}.steps.${step.key}`, params)}</Link>
          </li>
        ))}
      </ol>
      <form onSubmit={submit} noValidate>
        <h3>{t('lessons.ui.questionsTitle')}</h3>
        <ol className="lesson__questions">
          {data.questions.map((question, index) => (
            <QuestionField
              key={question.id}
              lessonId={data.id}
              index={index}
              question={question}
              params={params}
              value={values[question.id] ?? ''}
              onChange={(value) => setDraft((current) => ({ ...current, values: { ...current.values, [question.id]: value } }))}
              result={results.get(question.id)}
              nameOf={nameOf}
            />
          ))}
        </ol>
        <div className="lesson__actions">
          <button type="submit" className="button" disabled={check.isPending}>
            {check.isPending ? t('lessons.ui.checking') : t('lessons.ui.check')}
          </button>
          <p role="status" aria-live="polite" className="lesson__status">
            {empty ? t('lessons.ui.nothingAnswered') : null}
            {checked ? t('lessons.ui.score', { correct: checked.correct, total: checked.total }) : null}
          </p>
        </div>
        {checked?.recorded === false ? <NotRecordedNote code={student.classCode.trim()} name={student.name.trim()} /> : null}
        {check.isError ? <Failure title={t('lessons.ui.checkFailed')} error={check.error} /> : null}
      </form>
    </article>
  );
}
