/**
 * What a route shows when its page fails, in the page's place (the header, navigation and clock stay
 * around it): a page whose code could not be fetched (offline, or the server is down) says the server
 * cannot be reached and offers Retry; any other failure says so with Retry and a reload. Never React
 * Router's developer screen, which replaces the whole app.
 */
import './coming-soon.css';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';

/** A page's script or stylesheet did not arrive (the messages of Chromium, Firefox, Safari and vite). */
export function isLoadError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /dynamically imported module|Importing a module script failed|Unable to preload CSS|Failed to fetch|ChunkLoadError|Loading chunk/i.test(
    message,
  );
}

export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  const heading = useRef<HTMLHeadingElement>(null);
  const loadFailed = isLoadError(error);
  // The page's place changed under the reader: say so where the keyboard is.
  useEffect(() => heading.current?.focus(), []);
  // The whole view is in the address, so loading it again loses nothing; a page whose load failed
  // is not asked again in place (React.lazy and vite's preloader both keep a failure).
  const retry = () => window.location.reload();
  const message = error instanceof Error ? error.message : String(error);
  return (
    <section className="empty-page" aria-labelledby="page-error-title" data-testid="page-error">
      <h1 id="page-error-title" ref={heading} tabIndex={-1}>
        {loadFailed ? t('pageError.loadTitle') : t('pageError.crashTitle')}
      </h1>
      <p className="empty-page__summary" role="alert">
        {loadFailed ? t('pageError.loadBody') : t('pageError.crashBody')}
      </p>
      <div className="empty-page__actions">
        <button type="button" className="button" onClick={retry}>
          {t('pageError.retry')}
        </button>
      </div>
      {loadFailed ? null : (
        <details className="empty-page__note">
          <summary>{t('pageError.details')}</summary>
          <code>{message}</code>
        </details>
      )}
    </section>
  );
}
