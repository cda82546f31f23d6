import './coming-soon.css';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useViewLink } from '../state/view-params';
import { PAGE_PROGRAMS } from '../ui/program-card/links';
import { ProgramContextCard } from '../ui/program-card/program-card';
import type { PageInfo } from './pages';

/** An honest placeholder for a page whose issue is still open: what it will show, nothing fake. */
export function ComingSoonPage({ page }: { page: PageInfo }) {
  const { t } = useTranslation();
  const overview = useViewLink('/');
  const programId = PAGE_PROGRAMS[page.key];
  return (
    <section className="empty-page" aria-labelledby="page-title">
      <p className="eyebrow">{t(`pages.${page.key}.program`)}</p>
      <h1 id="page-title">{t(`pages.${page.key}.title`)}</h1>
      <p className="empty-page__summary">{t(`pages.${page.key}.summary`)}</p>
      <p className="empty-page__note">{t('comingSoon.note')}</p>
      <Link className="button" to={overview}>
        {t('comingSoon.toOverview')}
      </Link>
      {programId ? (
        <div className="empty-page__context">
          <ProgramContextCard programId={programId} />
        </div>
      ) : null}
    </section>
  );
}
