/**
 * What the Lab set aside from its link (utils/link-notes.ts), until dismissed: the app's banner for
 * ignored link parameters (shell/layout.tsx), with each reason spelled out, since a Lab link carries
 * whole scenarios and "v1" alone would not say which lever was wrong.
 */
import { useTranslation } from 'react-i18next';

export function LinkNotice({ notes, onDismiss }: { notes: readonly string[]; onDismiss: () => void }) {
  const { t } = useTranslation();
  if (notes.length === 0) return null;
  return (
    <div className="banner" role="status" data-testid="lab-link-notice">
      <strong>{t('lab.link.title')}</strong>
      <ul>
        {notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
      <button type="button" className="button button--small" onClick={onDismiss}>
        {t('lab.link.dismiss')}
      </button>
    </div>
  );
}
