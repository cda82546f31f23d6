/** The saved scenarios, most recently changed first, with a search field and more pages on demand. */
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useDeferredValue, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Empty, Failure, Pending } from '../../../ui/panel-state';
import { savedListQuery } from '../api/saved-queries';
import type { SavedActions } from '../hooks/use-saved-actions';
import { SavedItem } from './saved-item';

export function SavedList({ actions }: { actions: SavedActions }) {
  const { t } = useTranslation();
  const id = useId();
  const [search, setSearch] = useState('');
  const q = useDeferredValue(search.trim());
  // While a new search is on its way the list already shown stays (not a spinner in its place).
  const list = useInfiniteQuery({ ...savedListQuery(q), placeholderData: keepPreviousData });
  // The last list the server answered, with its search: a search that fails keeps it on screen.
  const lastShown = useRef<{ data: typeof list.data; q: string } | null>(null);
  if (list.data && !list.isPlaceholderData) lastShown.current = { data: list.data, q };
  const stale = list.isError ? lastShown.current : null;
  const shown = stale ?? (list.data ? { data: list.data, q: list.isPlaceholderData ? (lastShown.current?.q ?? q) : q } : null);
  const items = shown?.data?.pages.flatMap((page) => page.items) ?? [];
  const total = shown?.data?.pages[0]?.total ?? 0;
  const shownQ = shown?.q ?? q;

  return (
    <section className="saved-list" aria-labelledby={`${id}-title`}>
      <div className="saved-list__header">
        <h2 id={`${id}-title`}>{t('saved.list.title')}</h2>
        <label className="saved-list__search">
          <span>{t('saved.list.search')}</span>
          <input className="input" type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
        </label>
        {/* A label styled as a button opens the file chooser; the input itself is visually hidden, not removed. */}
        <label className="button button--small button--quiet saved-list__import" title={t('saved.list.importHint')}>
          {t('saved.list.import')}
          <input
            className="visually-hidden"
            type="file"
            accept="application/json,.json"
            disabled={actions.busy}
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = ''; // the same file can be chosen again
              if (file) void actions.importFile(file);
            }}
          />
        </label>
      </div>
      {stale ? (
        <Failure
          title={q ? t('saved.list.searchFailed', { q }) : t('saved.list.refreshFailed')}
          error={list.error}
          onRetry={() => list.refetch()}
        />
      ) : null}
      {list.isPending && !shown ? (
        <Pending label={t('saved.list.pending')} />
      ) : list.isError && !stale ? (
        <Failure title={t('saved.list.failed')} error={list.error} onRetry={() => list.refetch()} />
      ) : items.length === 0 ? (
        <Empty>{shownQ ? t('saved.list.noMatch', { q: shownQ }) : t('saved.list.empty')}</Empty>
      ) : (
        <>
          <p className="saved-list__count" data-testid="saved-count">
            {shownQ ? t('saved.list.countMatching', { count: total, q: shownQ }) : t('saved.list.count', { count: total })}
          </p>
          <ul className="saved-list__items" aria-busy={list.isPlaceholderData}>
            {items.map((summary) => (
              <SavedItem key={`${summary.id}-${summary.version}`} summary={summary} actions={actions} />
            ))}
          </ul>
          {list.hasNextPage ? (
            <button type="button" className="button button--quiet" disabled={list.isFetchingNextPage} onClick={() => list.fetchNextPage()}>
              {t('saved.list.more')}
            </button>
          ) : null}
        </>
      )}
    </section>
  );
}
