/**
 * The student's name and class code, kept in the URL (`student`, `class`) so a teacher can hand out
 * a link per class, and the lesson chosen (`lesson`). They only pick the seed: nothing is stored.
 */
import { useCallback } from 'react';
import { useUrlParams } from '../../../state/url/use-url-params';
import type { Student } from '../api/lesson-queries';

export function useLessonsView() {
  const [params, update] = useUrlParams();
  const student: Student = { classCode: params.get('class') ?? '', name: params.get('student') ?? '' };
  const lessonId = params.get('lesson') ?? '';
  const setStudent = useCallback(
    (next: Student) =>
      update((url) => {
        for (const [key, value] of [
          ['class', next.classCode.trim()],
          ['student', next.name.trim()],
        ] as const) {
          if (value) url.set(key, value);
          else url.delete(key);
        }
      }),
    [update],
  );
  const openLesson = useCallback(
    (id: string) =>
      update(
        (url) => {
          if (id) url.set('lesson', id);
          else url.delete('lesson');
        },
        { replace: false },
      ),
    [update],
  );
  return { student, lessonId, setStudent, openLesson };
}
