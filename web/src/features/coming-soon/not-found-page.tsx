import { Link, useLocation } from 'react-router';

export function NotFoundPage() {
  const { pathname } = useLocation();
  return (
    <section className="empty-page" aria-labelledby="page-title">
      <h1 id="page-title">Nothing here</h1>
      <p className="empty-page__summary">
        There is no page at <code>{pathname}</code>.
      </p>
      <Link className="button" to="/">
        Go to the Overview
      </Link>
    </section>
  );
}
