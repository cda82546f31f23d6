import type { ReactNode } from 'react';

/** A section of the Policy page: an anchor target with a title and a one-line subtitle. */
export function PolicySection({ id, title, subtitle, children }: { id: string; title: string; subtitle: string; children: ReactNode }) {
  return (
    <section id={id} className="policy-section" aria-labelledby={`${id}-title`} tabIndex={-1}>
      <header className="policy-section__header">
        <h2 id={`${id}-title`}>{title}</h2>
        <p className="policy-section__subtitle">{subtitle}</p>
      </header>
      {children}
    </section>
  );
}
