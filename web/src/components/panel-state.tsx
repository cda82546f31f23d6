/** The pending, error and empty states every panel shows, in one place so they look alike. */
import type { ReactNode } from 'react';

export function Pending({ label }: { label: string }) {
  return (
    <div className="panel-state" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label}
    </div>
  );
}

export function Failure({ title, error, onRetry }: { title: string; error: unknown; onRetry?: () => void }) {
  const message = error instanceof Error ? error.message : String(error);
  return (
    <div className="panel-state panel-state--error" role="alert">
      <strong>{title}</strong>
      <span>{message}</span>
      {onRetry ? (
        <button type="button" className="button button--small" onClick={onRetry}>
          Try again
        </button>
      ) : null}
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <div className="panel-state panel-state--empty">{children}</div>;
}
