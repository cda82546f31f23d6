import { NavLink, Outlet } from 'react-router';
import { PAGES } from './pages';

export function Layout() {
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="shell__header">
        <div className="brand">
          <img className="brand__mark" src="/favicon.svg" alt="" width={28} height={28} />
          <div>
            <div className="brand__name">Smart City Sandbox</div>
            <div className="brand__city">Columbus, Ohio · synthetic telemetry</div>
          </div>
        </div>
        <nav className="shell__nav" aria-label="Pages">
          {PAGES.map((page) => (
            <NavLink
              key={page.path}
              to={page.path}
              end={page.path === '/'}
              className={({ isActive }) => (isActive ? 'nav-link nav-link--active' : 'nav-link')}
            >
              {page.title}
            </NavLink>
          ))}
        </nav>
      </header>
      <main id="main" className="shell__main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
