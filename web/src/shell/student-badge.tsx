/** The header's note in student mode, in place of the city and story pickers: whose view this is. */
import './student-badge.css';
import { useTranslation } from 'react-i18next';
import type { StudentView } from '../state/student-url';

/** Whose view: cut short with an ellipsis when long (a name can be 40 characters), the whole of it in the tooltip. */
function Who({ text }: { text: string }) {
  return (
    <span className="student-badge__who" title={text}>
      {text}
    </span>
  );
}

export function StudentBadge({ view }: { view: StudentView }) {
  const { t } = useTranslation();
  return (
    <p className="student-badge" role="note">
      <strong>{t('classes.student.badge')}</strong>
      {view.student && view.classCode ? <Who text={t('classes.student.who', { student: view.student, code: view.classCode })} /> : null}
    </p>
  );
}
