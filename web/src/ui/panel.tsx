/**
 * The frame of every chart: title and subtitle, the chart or its table (a text alternative for
 * every chart), a CSV download of exactly what is shown, a "what you are looking at / how this is
 * computed" note, and the pending, error and empty states. Panels never fetch: they receive data.
 */
import './panel.css';
import type { Series } from '@sandbox/shared/common/query';
import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../i18n/i18n';
import type { TourPanel } from '../state/presenter-url';
import { ChartNameContext } from './charts/chart-name';
import { sampleNote } from './charts/sample-note';
import { downloadCsv, type TableColumn, toCsv, visibleColumns } from './csv';
import { Icon } from './icon';
import { PagedTable } from './paged-table';
import { Empty, Failure, Pending } from './panel-state';
import { ServerLink } from './server-link';

export interface PanelQuery<T> {
  data: T | undefined;
  isPending: boolean;
  isError: boolean;
  error: unknown;
  refetch: () => unknown;
  /** The answer on screen is the previous query's while this one loads (react-query's `keepPreviousData`). */
  isPlaceholderData?: boolean;
}

export interface PanelTable<Row> {
  columns: readonly TableColumn<Row>[];
  rows: readonly Row[];
  fileName: string;
  caption: string;
}

interface PanelProps<T, Row> {
  title: string;
  subtitle?: string;
  /** "What you are looking at" and "how this is computed", shown on demand: one paragraph each. */
  about?: readonly string[];
  query: PanelQuery<T>;
  isEmpty?: (data: T) => boolean;
  emptyText?: string;
  /** What the panel waits for, when "Loading…" would not say enough (a computation of several seconds). */
  pendingLabel?: string | undefined;
  table?: (data: T) => PanelTable<Row>;
  children: (data: T) => ReactNode;
  className?: string;
  actions?: ReactNode;
  /** The name a presenter tour's moment brings this panel into view by (state/presenter-url.ts). */
  tourId?: TourPanel | undefined;
  /** The API series the chart draws: when any is a sample (thinned or bucketed), chart and table say so. */
  sampleOf?: (data: T) => readonly Series[];
  /** The full-resolution CSV of the chart's window, offered with its table. */
  fullResolutionHref?: string | undefined;
}

export function Panel<T, Row>({
  title,
  subtitle,
  about,
  query,
  isEmpty,
  emptyText,
  pendingLabel,
  table,
  children,
  className,
  actions,
  tourId,
  sampleOf,
  fullResolutionHref,
}: PanelProps<T, Row>) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const [showAbout, setShowAbout] = useState(false);
  const data = query.data;
  // The previous answer stays on screen while a new one loads (no flicker as the clock moves); when
  // that takes a moment (a new comparison, a cold week), it is marked as the old one (panel.css
  // shows the mark after 0.6 s, so a quick refresh, as when the clock plays, does not blink).
  const stale = data !== undefined && query.isPlaceholderData === true && !query.isError;
  const ready = data !== undefined && !(isEmpty?.(data) ?? false);
  const hasTable = ready && table !== undefined;
  // The table is built only to be shown or downloaded: panels re-render every second while playing.
  const tableData = hasTable && view === 'table' ? table(data) : undefined;
  const columns = tableData ? visibleColumns(tableData.columns) : [];
  const sample = ready && sampleOf ? sampleNote(sampleOf(data), t, i18n.language as Language) : undefined;
  const sampleLine = sample ? (
    <p className="panel__sample" data-testid="sample-note">
      {fullResolutionHref ? `${sample} ${t('charts.sample.csv')}` : sample}
    </p>
  ) : null;

  return (
    <section className={`card panel ${className ?? ''}`} aria-labelledby={`${id}-title`} data-tour-panel={tourId}>
      <header className="panel__header">
        <div className="panel__titles">
          <h2 id={`${id}-title`} className="card__title">
            {title}
          </h2>
          {subtitle ? <p className="card__subtitle">{subtitle}</p> : null}
        </div>
        <div className="panel__tools">
          {stale ? (
            <span className="panel__updating" data-testid="panel-updating">
              <span className="spinner" aria-hidden="true" />
              {t('panel.updating')}
            </span>
          ) : null}
          {actions}
          {ready && fullResolutionHref ? (
            <ServerLink className="button button--small button--quiet" href={fullResolutionHref} download>
              {t('panel.fullResolution')}
            </ServerLink>
          ) : null}
          {hasTable ? (
            <>
              <button
                type="button"
                className="icon-button"
                aria-pressed={view === 'table'}
                aria-label={view === 'table' ? t('panel.showChart') : t('panel.showTable')}
                title={view === 'table' ? t('panel.showChart') : t('panel.showTable')}
                onClick={() => setView(view === 'table' ? 'chart' : 'table')}
              >
                <Icon name={view === 'table' ? 'chart' : 'table'} />
              </button>
              <button
                type="button"
                className="icon-button"
                aria-label={t('panel.downloadCsv')}
                title={t('panel.downloadCsv')}
                onClick={() => {
                  const download = table(data);
                  downloadCsv(download.fileName, toCsv(download.columns, download.rows));
                }}
              >
                <Icon name="download" />
              </button>
            </>
          ) : null}
          {about ? (
            <button
              type="button"
              className="icon-button"
              aria-expanded={showAbout}
              aria-controls={`${id}-about`}
              aria-label={t('panel.about')}
              title={t('panel.about')}
              onClick={() => setShowAbout(!showAbout)}
            >
              <Icon name="info" />
            </button>
          ) : null}
        </div>
      </header>
      {about && showAbout ? (
        <div id={`${id}-about`} className="panel__about">
          {about.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
        </div>
      ) : null}
      {query.isError ? (
        <Failure title={t('panel.failed')} error={query.error} onRetry={() => query.refetch()} />
      ) : data === undefined ? (
        <Pending label={pendingLabel ?? t('panel.loading')} />
      ) : !ready ? (
        <Empty>{emptyText ?? t('panel.empty')}</Empty>
      ) : view === 'table' && tableData ? (
        <div className={stale ? 'panel__stale' : undefined} aria-busy={stale}>
          <PagedTable caption={tableData.caption} columns={columns} rows={tableData.rows} before={sampleLine} />
        </div>
      ) : (
        <div className={`panel__body${stale ? ' panel__stale' : ''}`} aria-busy={query.isPending || stale}>
          <ChartNameContext.Provider value={`${id}-title`}>{children(data)}</ChartNameContext.Provider>
          {sampleLine}
        </div>
      )}
    </section>
  );
}
