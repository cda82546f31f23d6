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
  /** Drawn under the words, e.g. a sparkline. */
  children?: ReactNode;
}

export function KpiTile({ label, value, detail, testId, children }: KpiTileProps) {
  return (
    <div className="kpi" data-testid={testId}>
      <span className="kpi__label">{label}</span>
      <span className="kpi__value">{value}</span>
      <span className="kpi__detail">{detail}</span>
      {children}
    </div>
  );
}

/** The labelled group of a page's tiles; the page's class beside the kit's sets more to a row, or a smaller number. */
export function KpiGrid({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <section className={className ? `kpi-grid ${className}` : 'kpi-grid'} aria-label={label}>
      {children}
    </section>
  );
}
