/** The key under an Energy chart, in HTML (readable at any size, wraps in Korean): a swatch and a label per entry. */
import './chart-keys.css';
import type { CSSProperties } from 'react';

export interface KeyEntry {
  /** The swatch's modifier classes (`swatch--area`, `swatch--line`…). */
  swatch: string;
  style: CSSProperties;
  label: string;
}

export function ChartKey({ entries }: { entries: readonly KeyEntry[] }) {
  return (
    <ul className="chart-key">
      {entries.map((entry) => (
        <li key={entry.label}>
          <span className={`swatch ${entry.swatch}`} style={entry.style} />
          {entry.label}
        </li>
      ))}
    </ul>
  );
}
