/**
 * The layout of the map pages: the map on the left, a column beside it that scrolls on its own (so
 * the map stays in view), stacked on narrow screens. A page names itself with `className` and sets
 * its column widths there (`--page-map-column`, `--page-side-column`, see page-layout.css); its own
 * rules hang off that class and `sideClassName`.
 */
import './page-layout.css';
import type { ReactNode } from 'react';

interface PageLayoutProps {
  /** The page's block class. */
  className: string;
  /** Out of the layout's flow, before the map: a visually hidden heading, SVG patterns the charts use. */
  beforeMap?: ReactNode;
  /** The map column: a MapRegion, or a column holding one (Air's map above its station list). */
  map: ReactNode;
  sideClassName?: string;
  /** An <aside> where the side column complements a map of the whole city. */
  sideElement?: 'div' | 'aside';
  /** The side column stacks its children with a gap (default), or leaves their flow to the page. */
  sideStack?: boolean;
  /**
   * The side column comes first in the reading and tab order, though it is still drawn on the right:
   * for a page whose side column is where the view is set up (the Lab's comparison) and whose left
   * column shows the results. Stacked on narrow screens, it comes first there too.
   */
  sideFirst?: boolean;
  /** The side column. */
  children: ReactNode;
}

export function PageLayout({
  className,
  beforeMap,
  map,
  sideClassName,
  sideElement: Side = 'div',
  sideStack = true,
  sideFirst = false,
  children,
}: PageLayoutProps) {
  const sideClasses = ['page-layout__side', sideStack ? 'page-layout__side--stack' : null, sideClassName].filter(Boolean).join(' ');
  const side = <Side className={sideClasses}>{children}</Side>;
  return (
    <div className={`page-layout ${sideFirst ? 'page-layout--side-first ' : ''}${className}`}>
      {beforeMap}
      {sideFirst ? side : null}
      {map}
      {sideFirst ? null : side}
    </div>
  );
}

/** The labelled map region of the left column. */
export function MapRegion({ label, className, children }: { label: string; className?: string | undefined; children: ReactNode }) {
  return (
    <section className={className ? `page-layout__map ${className}` : 'page-layout__map'} aria-label={label}>
      {children}
    </section>
  );
}
