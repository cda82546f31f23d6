/** The pending, error and empty states every panel shows, in one place so they look alike. */
import './panel-state.css';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError } from '../api/client';

/** An error as a reader sees it: no answer at all (status 0) in their language; a server's message as it is (English). */
/** The request never reached the server (it is stopped, or the network is down): no server message to show. */
export function isUnreachable(error: unknown): boolean {
  return error instanceof ApiRequestError && error.status === 0;
}

export function errorText(error: unknown, t: TFunction): string {
  if (isUnreachable(error)) return t('states.unreachable');
  return error instanceof Error ? error.message : String(error);
}

export function Pending({ label }: { label: string }) {
  return (
    <div className="panel-state" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label}
    </div>
  );
}

/** A failed panel: its title, then the error's own text (none when `error` is left out: the title says it all). */
export function Failure({ title, error, onRetry }: { title: string; error?: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="panel-state panel-state--error" role="alert">
      <strong>{title}</strong>
      {error === undefined ? null : <span>{errorText(error, t)}</span>}
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
