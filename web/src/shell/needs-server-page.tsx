import './coming-soon.css';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useViewLink } from '../state/view-params';

/** In the static demo, a page that keeps records (saved scenarios, rooms) says it needs the server. */
export function NeedsServerPage() {
  const { t } = useTranslation();
  const overview = useViewLink('/');
  return (
    <section className="empty-page" aria-labelledby="page-title">
      <h1 id="page-title">{t('needsServer.title')}</h1>
      <p className="empty-page__summary">{t('needsServer.body')}</p>
      <Link className="button" to={overview}>
        {t('comingSoon.toOverview')}
      </Link>
    </section>
  );
}
