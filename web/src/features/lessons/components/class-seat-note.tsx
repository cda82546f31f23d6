/**
 * Whether a class's answers reach the teacher from this browser: they do when it joined the class
 * with this name (it holds the name's seat); else the student is told so, with the way in.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { seatOf } from '../../../state/class-seats';

export function NotRecordedNote({ code, name }: { code: string; name: string }) {
  const { t, i18n } = useTranslation();
  return (
    <p className="card lessons__class-note lessons__class-note--warn" role="note">
      {t('lessons.ui.notJoined', { code: code.toUpperCase(), name })}{' '}
      <Link to={`/class/${encodeURIComponent(code.toUpperCase())}?lang=${i18n.language}`}>{t('lessons.ui.joinClass')}</Link>
    </p>
  );
}

export function ClassSeatNote({ code, name }: { code: string; name: string }) {
  const { t } = useTranslation();
  if (!seatOf(code, name)) return <NotRecordedNote code={code} name={name} />;
  return <p className="card lessons__class-note">{t('lessons.ui.classNote', { code: code.toUpperCase() })}</p>;
}
