import './coming-soon.css';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useViewLink } from '../state/view-params';

export function NotFoundPage() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const overview = useViewLink('/');
  return (
    <section className="empty-page" aria-labelledby="page-title">
      <h1 id="page-title">{t('notFound.title')}</h1>
      <p className="empty-page__summary">{t('notFound.body', { path: pathname })}</p>
      <Link className="button" to={overview}>
        {t('comingSoon.toOverview')}
      </Link>
    </section>
  );
}
