/** The pending, error and empty states every panel shows, in one place so they look alike. */
import './panel-state.css';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError } from '../api/client';

export function Pending({ label }: { label: string }) {
  return (
    <div className="panel-state" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label}
    </div>
  );
}

export function Failure({ title, error, onRetry }: { title: string; error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  // Status 0 means no answer at all: say so in the reader's language. Server messages are English.
  const unreachable = error instanceof ApiRequestError && error.status === 0;
  const message = unreachable ? t('states.unreachable') : error instanceof Error ? error.message : String(error);
  return (
    <div className="panel-state panel-state--error" role="alert">
      <strong>{title}</strong>
      <span>{message}</span>
      {onRetry ? (
        <button type="button" className="button button--small" onClick={onRetry}>
          {t('states.tryAgain')}
        </button>
      ) : null}
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <div className="panel-state panel-state--empty">{children}</div>;
}
