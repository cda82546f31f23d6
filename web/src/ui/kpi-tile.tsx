/**
 * A headline number: what it is, the number (or a badge), a line that says it in words, and
 * optionally something drawn under it (a sparkline of today). Tiles sit in a KpiGrid, two a row
 * unless the page asks for more.
 */
import './kpi-tile.css';
import type { ReactNode } from 'react';

interface KpiTileProps {
  label: string;
  value: ReactNode;
  detail: ReactNode;
  testId: string;
  /** The page's own class beside the kit's (e.g. a smaller number in a row of four). */
  className?: string;
  /** Drawn under the words, e.g. a sparkline. */
  children?: ReactNode;
}

export function KpiTile({ label, value, detail, testId, className, children }: KpiTileProps) {
  return (
    <div className={className ? `kpi ${className}` : 'kpi'} data-testid={testId}>
      <span className="kpi__label">{label}</span>
      <span className="kpi__value">{value}</span>
      <span className="kpi__detail">{detail}</span>
      {children}
    </div>
  );
}

/** The labelled group of a page's tiles. */
export function KpiGrid({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <section className={className ? `kpi-grid ${className}` : 'kpi-grid'} aria-label={label}>
      {children}
    </section>
  );
}
