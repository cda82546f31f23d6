/**
 * The names taken in a class (who joined, answered or not), each with a way to free it: a name
 * belongs to the browser that joined with it, so a student on a new device needs it freed to join
 * again (their answers stay). Freeing says what it did in a live status line.
 */
import type { ClassSeat } from '@sandbox/shared/classes/schemas';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { freeSeat } from '../api/class-api';

export function StudentRoster({
  code,
  teacherKey,
  students,
  onFreed,
}: {
  code: string;
  teacherKey: string;
  students: ClassSeat[];
  onFreed: () => void;
}) {
  const { t } = useTranslation();
  const [freed, setFreed] = useState<string | null>(null);
  const free = useMutation({
    mutationFn: (student: string) => freeSeat(code, student, teacherKey),
    onSuccess: (_, student) => {
      setFreed(student);
      onFreed();
    },
  });
  return (
    <section className="card classes__roster" aria-labelledby="class-roster">
      <h2 id="class-roster">{t('classes.teacher.students', { count: students.length })}</h2>
      <p className="classes__help">{t('classes.teacher.studentsHelp')}</p>
      {students.length === 0 ? (
        <p className="classes__help">{t('classes.teacher.noStudents')}</p>
      ) : (
        <ul className="classes__roster-list">
          {students.map(({ student }) => (
            <li key={student}>
              <span className="classes__roster-name">{student}</span>
              <button
                type="button"
                className="button button--small button--quiet"
                aria-label={t('classes.teacher.freeLabel', { name: student })}
                disabled={free.isPending}
                onClick={() => free.mutate(student)}
              >
                {t('classes.teacher.free')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p role="status" aria-live="polite" className="classes__help">
        {freed && !free.isError ? t('classes.teacher.freed', { name: freed }) : null}
      </p>
      {free.isError ? (
        <p className="classes__error" role="alert">
          {t('classes.teacher.freeFailed', { reason: free.error.message })}
        </p>
      ) : null}
    </section>
  );
}
