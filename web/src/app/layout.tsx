import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { LanguageToggle } from './language-toggle';
import { PAGES, type PageInfo } from './pages';
import { useViewLink } from './view-params';

function NavItem({ page }: { page: PageInfo }) {
  const { t } = useTranslation();
  const to = useViewLink(page.path);
  return (
    <NavLink to={to} end={page.path === '/'} className={({ isActive }) => (isActive ? 'nav-link nav-link--active' : 'nav-link')}>
      {t(`pages.${page.key}.title`)}
    </NavLink>
  );
}

export function Layout() {
  const { t } = useTranslation();
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="shell__header">
        <div className="brand">
          <img className="brand__mark" src="/favicon.svg" alt="" width={28} height={28} />
          <div>
            <div className="brand__name">{t('app.name')}</div>
            <div className="brand__city">{t('app.tagline')}</div>
          </div>
        </div>
        <nav className="shell__nav" aria-label={t('app.pagesNav')}>
          {PAGES.map((page) => (
            <NavItem key={page.path} page={page} />
          ))}
        </nav>
        <LanguageToggle />
      </header>
      <main id="main" className="shell__main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
