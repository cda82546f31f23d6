/**
 * Lessons: data-literacy exercises on the sandbox's own data. The list, or one lesson (`?lesson=`);
 * an optional name and class code (`?student=&class=`) give the student their own scenario. The
 * answers are never in the page: the server computes them on the engine when the student checks.
 */
import './lessons.css';
import { useTranslation } from 'react-i18next';
import { useStudentView } from '../../state/student-url';
import { ClassSeatNote } from './components/class-seat-note';
import { LessonList } from './components/lesson-list';
import { LessonView } from './components/lesson-view';
import { StudentFields } from './components/student-fields';
import { useLessonsView } from './hooks/use-lessons-view';

export function LessonsPage() {
  const { t } = useTranslation();
  const { student, lessonId, setStudent, openLesson } = useLessonsView();
  // A class's student (student mode) is who their link says; their answers go to the teacher.
  const inClass = useStudentView();
  return (
    <div className="lessons">
      <header className="lessons__header">
        <p className="eyebrow">{t('pages.lessons.program')}</p>
        <h1 id="lessons-page-title">{t('pages.lessons.title')}</h1>
        <p className="lessons__intro">{t('lessons.ui.intro')}</p>
      </header>
      <div className="lessons__columns">
        <div className="lessons__main">
          {lessonId ? (
            <>
              <button type="button" className="button button--small button--quiet" onClick={() => openLesson('')}>
                <span aria-hidden="true">{'← '}</span>
                {t('lessons.ui.back')}
              </button>
              <LessonView key={`${lessonId}|${student.classCode}|${student.name}`} id={lessonId} student={student} />
            </>
          ) : (
            <LessonList onOpen={openLesson} />
          )}
        </div>
        <aside className="lessons__aside">
          {inClass?.classCode ? (
            <ClassSeatNote code={inClass.classCode} name={inClass.student ?? ''} />
          ) : (
            <StudentFields key={`${student.classCode}|${student.name}`} student={student} onChange={setStudent} />
          )}
        </aside>
      </div>
    </div>
  );
}
