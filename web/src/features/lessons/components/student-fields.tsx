/**
 * Optional name and class code: with both, the student gets their own seed (and their own answers).
 * The page keys it by the URL's values, so a changed URL starts a fresh draft.
 */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Student } from '../api/lesson-queries';

export function StudentFields({ student, onChange }: { student: Student; onChange: (next: Student) => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(student);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange(draft);
  };
  return (
    <form className="lessons__student" onSubmit={submit} aria-labelledby="lessons-student-title">
      <h2 id="lessons-student-title">{t('lessons.ui.student')}</h2>
      <p className="lessons__help">{t('lessons.ui.studentHelp')}</p>
      <div className="lessons__student-fields">
        <label>
          {t('lessons.ui.name')}
          <input value={draft.name} maxLength={80} autoComplete="name" onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
        </label>
        <label>
          {t('lessons.ui.classCode')}
          <input value={draft.classCode} maxLength={40} onChange={(e) => setDraft({ ...draft, classCode: e.target.value })} />
        </label>
        <button type="submit" className="button button--small">
          {t('lessons.ui.apply')}
        </button>
      </div>
    </form>
  );
}
