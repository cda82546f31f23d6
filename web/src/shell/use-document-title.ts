/**
 * The browser tab names the page, the city and the app ("Air · Denver · Smart City Sandbox"), in the UI language, so
 * tabs and history entries are told apart (and screen readers announce the page on navigation).
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useScenario } from '../state/scenario/use-scenario';
import { cityShortName, useCitySummary } from '../ui/city-name';
import { OTHER_PAGES, PAGES } from './pages';

export function useDocumentTitle(): void {
  // `t` changes with the language, so the title follows a language switch too.
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const { scenario } = useScenario();
  const city = cityShortName(t, scenario.city, useCitySummary(scenario.city));
  useEffect(() => {
    const page = [...PAGES, ...OTHER_PAGES].find((p) => p.path === pathname);
    const app = `${city} · ${t('app.name')}`;
    document.title = page ? `${t(`pages.${page.key}.title`)} · ${app}` : app;
  }, [pathname, t, city]);
}
