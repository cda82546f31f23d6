/** One saved scenario in the list: its name (or the rename field), notes, where it opens and when it changed, and its actions. */
import type { SavedScenarioSummary } from '@sandbox/shared/saved/schemas';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '../../../i18n/use-ui-language';
import { pageKey } from '../../../ui/page-key';
import { ServerLink } from '../../../ui/server-link';
import { exportHref } from '../api/saved-queries';
import type { SavedActions } from '../hooks/use-saved-actions';

export function SavedItem({ summary, actions }: { summary: SavedScenarioSummary; actions: SavedActions }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(summary.name);
  const actionsRef = useRef<HTMLFieldSetElement>(null);
  /** Leaves the rename field (Cancel or Escape) with the focus back on the Rename button. */
  const cancelRename = () => {
    setRenaming(false);
    requestAnimationFrame(() => actionsRef.current?.querySelector<HTMLButtonElement>('[data-action="saved.item.rename"]')?.focus());
  };
  const changed = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23' }).format(
    new Date(summary.updatedAt),
  );

  /** The secondary actions, each a quiet button; those that write wait while another write runs. */
  const quiet = [
    { label: 'saved.item.copyLink', run: () => actions.copyLink(summary), writes: false },
    {
      label: 'saved.item.rename',
      run: () => {
        setName(summary.name);
        setRenaming(true);
      },
      writes: false,
    },
    { label: 'saved.item.duplicate', run: () => actions.duplicate(summary), writes: true },
    { label: 'saved.item.delete', run: () => actions.remove(summary), writes: true },
  ] as const;

  const submitRename = async (event: React.FormEvent) => {
    event.preventDefault();
    if (await actions.rename(summary, name.trim())) setRenaming(false);
  };

  return (
    <li className="card saved-item" data-saved-id={summary.id}>
      {renaming ? (
        <form
          className="saved-item__rename"
          onSubmit={submitRename}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              cancelRename();
            }
          }}
        >
          <input
            className="input"
            aria-label={t('saved.item.newName', { name: summary.name })}
            required
            maxLength={120}
            value={name}
            onChange={(e) => setName(e.target.value)}
            // biome-ignore lint/a11y/noAutofocus: the field appears because the person asked to rename
            autoFocus
          />
          <button type="submit" className="button button--small" disabled={actions.busy || name.trim() === ''}>
            {t('saved.item.saveName')}
          </button>
          <button type="button" className="button button--small button--quiet" onClick={cancelRename}>
            {t('saved.item.cancel')}
          </button>
        </form>
      ) : (
        <h3 className="saved-item__name">{summary.name}</h3>
      )}
      {summary.notes ? <p className="saved-item__notes">{summary.notes}</p> : null}
      <p className="saved-item__meta">
        {t('saved.item.meta', { page: t(`pages.${pageKey(summary.page)}.title`), changed, version: summary.version })}
      </p>
      <fieldset ref={actionsRef} className="saved-item__actions" aria-label={t('saved.item.actions', { name: summary.name })}>
        <button type="button" className="button button--small" onClick={() => actions.open(summary)}>
          {t('saved.item.open')}
        </button>
        {summary.page === '/lab' ? null : (
          <button type="button" className="button button--small button--quiet" onClick={() => actions.openInLab(summary)}>
            {t('saved.item.openInLab')}
          </button>
        )}
        {quiet.map(({ label, run, writes }) => (
          <button
            key={label}
            type="button"
            data-action={label}
            className="button button--small button--quiet"
            disabled={writes && actions.busy}
            onClick={run}
          >
            {t(label)}
          </button>
        ))}
        <ServerLink
          className="button button--small button--quiet"
          href={exportHref(summary.id)}
          download
          title={t('saved.item.exportTitle', { name: summary.name })}
        >
          {t('saved.item.export')}
        </ServerLink>
      </fieldset>
    </li>
  );
}
