/** The saved scenarios, most recently changed first, with a search field and more pages on demand. */
import { useInfiniteQuery } from '@tanstack/react-query';
import { useDeferredValue, useId, useState } from 'react';
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
  const list = useInfiniteQuery(savedListQuery(q));
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const total = list.data?.pages[0]?.total ?? 0;

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
      {list.isPending ? (
        <Pending label={t('saved.list.pending')} />
      ) : list.isError ? (
        <Failure title={t('saved.list.failed')} error={list.error} onRetry={() => list.refetch()} />
      ) : items.length === 0 ? (
        <Empty>{q ? t('saved.list.noMatch', { q }) : t('saved.list.empty')}</Empty>
      ) : (
        <>
          <p className="saved-list__count" data-testid="saved-count">
            {q ? t('saved.list.countMatching', { count: total, q }) : t('saved.list.count', { count: total })}
          </p>
          <ul className="saved-list__items">
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
