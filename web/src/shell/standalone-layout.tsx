/**
 * Pages that stand alone, without the dashboard's clock, scenario and navigation: a room's board on
 * the projector and the participant's phone view. Only the app's name and the language switch.
 */
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { LanguageToggle } from './language-toggle';
import { useDocumentTitle } from './use-document-title';

export function StandaloneLayout() {
  const { t } = useTranslation();
  useDocumentTitle();
  return (
    <div className="standalone">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="standalone__header">
        <div className="brand">
          <img className="brand__mark" src={`${import.meta.env.BASE_URL}favicon.svg`} alt="" width={24} height={24} />
          <div className="brand__name">{t('app.name')}</div>
        </div>
        <LanguageToggle />
      </header>
      <main id="main" className="standalone__main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
