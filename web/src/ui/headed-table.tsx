/**
 * A table with one row of column headings over the body its caller writes: the panels' data tables,
 * the BSM and SPaT tables, the AQI now table, a chart's tooltip. A heading may be empty (null) or
 * any content; a caption, when given, is for screen readers (the panel title already shows it).
 */
import type { ReactNode } from 'react';

interface Props {
  className: string;
  columns: readonly ReactNode[];
  caption?: string;
  children: ReactNode;
}

export function HeadedTable({ className, columns, caption, children }: Props) {
  return (
    <table className={className}>
      {caption === undefined ? null : <caption className="visually-hidden">{caption}</caption>}
      <thead>
        <tr>
          {columns.map((column, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: headings are positional, matching the body's cells
            <th key={index} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
