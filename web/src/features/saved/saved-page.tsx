/**
 * Saved: keep the current view under a name, and find, open, share, rename, duplicate or delete
 * (with undo) what was saved. Everything lives in the server's store (SQLite or PostgreSQL), so a
 * colleague on another machine of the room sees the same list.
 */
import './saved.css';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { SaveForm } from './components/save-form';
import { SavedList } from './components/saved-list';
import { useSavedActions } from './hooks/use-saved-actions';

export function SavedPage() {
  const { t } = useTranslation();
  const actions = useSavedActions();
  const { status } = actions;
  const statusRef = useRef<HTMLDivElement>(null);
  // A deleted item takes the focus with it: it goes to Undo, and after an undo (or any write whose
  // button is gone) to the status line, not back to the top of the page.
  useEffect(() => {
    if (!status) return;
    const region = statusRef.current;
    if (status.kind === 'deleted') region?.querySelector('button')?.focus();
    else if (document.activeElement === document.body || !document.activeElement?.isConnected) region?.focus();
  }, [status]);

  return (
    <div className="saved">
      <header className="saved__header">
        <p className="eyebrow">{t('pages.saved.program')}</p>
        <h1>{t('pages.saved.title')}</h1>
        <p className="saved__intro">{t('pages.saved.summary')}</p>
      </header>
      <div
        ref={statusRef}
        tabIndex={-1}
        className={status?.kind === 'error' ? 'saved__status saved__status--error' : 'saved__status'}
        role="status"
        aria-live="polite"
      >
        {status?.message ? <span>{status.message}</span> : null}
        {status?.kind === 'deleted' ? (
          <button type="button" className="button button--small" disabled={actions.busy} onClick={() => actions.undo(status.undo)}>
            {t('saved.status.undo')}
          </button>
        ) : null}
      </div>
      <div className="saved__columns">
        <SaveForm actions={actions} />
        <SavedList actions={actions} />
      </div>
    </div>
  );
}
