import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PageInfo } from '../../app/pages';
import { useViewLink } from '../../app/view-params';

/** An honest placeholder for a page whose issue is still open: what it will show, nothing fake. */
export function ComingSoonPage({ page }: { page: PageInfo }) {
  const { t } = useTranslation();
  const overview = useViewLink('/');
  return (
    <section className="empty-page" aria-labelledby="page-title">
      <p className="eyebrow">{t(`pages.${page.key}.program`)}</p>
      <h1 id="page-title">{t(`pages.${page.key}.title`)}</h1>
      <p className="empty-page__summary">{t(`pages.${page.key}.summary`)}</p>
      <p className="empty-page__note">{t('comingSoon.note')}</p>
      <Link className="button" to={overview}>
        {t('comingSoon.toOverview')}
      </Link>
    </section>
  );
}
