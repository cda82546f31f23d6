/** The header's note in student mode, in place of the city and story pickers: whose view this is. */
import './student-badge.css';
import { useTranslation } from 'react-i18next';
import type { StudentView } from '../state/student-url';

export function StudentBadge({ view }: { view: StudentView }) {
  const { t } = useTranslation();
  return (
    <p className="student-badge" role="note">
      <strong>{t('classes.student.badge')}</strong>
      {view.student && view.classCode ? <span>{t('classes.student.who', { student: view.student, code: view.classCode })}</span> : null}
    </p>
  );
}
