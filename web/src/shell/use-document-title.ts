/**
 * The browser tab names the page and the app ("Air · Smart City Sandbox"), in the UI language, so
 * tabs and history entries are told apart (and screen readers announce the page on navigation).
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { OTHER_PAGES, PAGES } from './pages';

export function useDocumentTitle(): void {
  // `t` changes with the language, so the title follows a language switch too.
  const { t } = useTranslation();
  const { pathname } = useLocation();
  useEffect(() => {
    const page = [...PAGES, ...OTHER_PAGES].find((p) => p.path === pathname);
    document.title = page ? `${t(`pages.${page.key}.title`)} · ${t('app.name')}` : t('app.name');
  }, [pathname, t]);
}
