/** The lessons, each a link that opens it (keeping the student's name, class and language). */
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Empty, Failure, Pending } from '../../../ui/panel-state';
import { lessonListQuery } from '../api/lesson-queries';
import { lessonT } from '../lesson-text';

export function LessonList({ onOpen }: { onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const text = lessonT(t);
  const list = useQuery(lessonListQuery());
  if (list.isError) return <Failure title={t('lessons.ui.failed')} error={list.error} onRetry={() => list.refetch()} />;
  if (!list.data) return <Pending label={t('lessons.ui.loading')} />;
  if (list.data.lessons.length === 0) return <Empty>{t('lessons.ui.empty')}</Empty>;
  return (
    // The page's own heading (h1, "Lessons") names the list: no second heading saying the same.
    <section aria-labelledby="lessons-page-title">
      <ol className="lessons__list">
        {list.data.lessons.map((lesson) => (
          <li key={lesson.id} className="lessons__card">
            <span className="eyebrow">{text(`lessons.topics.${lesson.topic}`)}</span>
            <h2>
              <button type="button" className="lessons__open" onClick={() => onOpen(lesson.id)}>
                {text(lesson.titleKey)}
              </button>
            </h2>
            <p>{text(`lessons.${lesson.id}.goal`)}</p>
            <span className="lessons__meta">{t('lessons.ui.questions', { count: lesson.questions })}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
