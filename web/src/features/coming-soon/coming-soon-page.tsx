import { Link } from 'react-router';
import type { PageInfo } from '../../app/pages';

/** An honest placeholder for a page whose issue is still open: what it will show, nothing fake. */
export function ComingSoonPage({ page }: { page: PageInfo }) {
  return (
    <section className="empty-page" aria-labelledby="page-title">
      <p className="eyebrow">{page.program ?? 'Sandbox'}</p>
      <h1 id="page-title">{page.title}</h1>
      <p className="empty-page__summary">{page.summary}</p>
      <p className="empty-page__note">This page is being built. The Overview already shows the city map and the weather driver.</p>
      <Link className="button" to="/">
        Go to the Overview
      </Link>
    </section>
  );
}
