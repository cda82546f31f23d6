/**
 * A panel's table, a page at a time (100 rows): every row of what is shown can be read, not just the
 * first few hundred, and a long table never builds thousands of DOM rows at once. A missing value
 * reads "no data" in its cell (never a blank or a skipped row), so a gap in the data is a gap a reader
 * can see. Page buttons are ordinary buttons (keyboard reachable) and the row range is announced.
 */
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../i18n/format';
import type { Language } from '../i18n/i18n';
import type { TableColumn } from './csv';
import { HeadedTable } from './headed-table';

export const PAGE_ROWS = 100;

interface Props<Row> {
  caption: string;
  columns: readonly TableColumn<Row>[];
  rows: readonly Row[];
  /** Above the table: what the rows are (e.g. the chart's sample note) and where the full resolution is. */
  before?: ReactNode;
}

export function PagedTable<Row>({ caption, columns, rows, before }: Props<Row>) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_ROWS));
  const [asked, setPage] = useState(0);
  // A shorter table (new data) keeps the reader on its last page rather than an empty one.
  const page = Math.min(asked, pages - 1);
  const first = page * PAGE_ROWS;
  const shown = rows.slice(first, first + PAGE_ROWS);
  const n = (value: number) => formatNumber(value, language);
  return (
    <>
      {before}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling table must be reachable by keyboard (WCAG 2.1.1) */}
      <section className="panel__table" tabIndex={0} aria-label={caption}>
        <HeadedTable className="data-table" caption={caption} columns={columns.map((column) => column.label)}>
          {shown.map((row, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional samples without ids
            <tr key={first + index}>
              {columns.map((column) => {
                const value = column.value(row);
                return value === null || value === undefined ? (
                  <td key={column.key} className="cell--no-data">
                    {t('panel.noData')}
                  </td>
                ) : (
                  <td key={column.key}>{value}</td>
                );
              })}
            </tr>
          ))}
        </HeadedTable>
      </section>
      {pages > 1 ? (
        <nav className="panel__pages" aria-label={t('panel.pages')}>
          <button type="button" className="button button--small button--quiet" disabled={page === 0} onClick={() => setPage(page - 1)}>
            {t('panel.previous')}
          </button>
          <span aria-live="polite">{t('panel.rows', { first: n(first + 1), last: n(first + shown.length), total: n(rows.length) })}</span>
          <button
            type="button"
            className="button button--small button--quiet"
            disabled={page === pages - 1}
            onClick={() => setPage(page + 1)}
          >
            {t('panel.next')}
          </button>
        </nav>
      ) : null}
    </>
  );
}
