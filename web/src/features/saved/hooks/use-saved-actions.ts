/**
 * What a person can do with saved scenarios, and the one line that tells them what happened: save
 * the current view, rename, duplicate, delete (with undo: the deleted record is posted again, and
 * its share link is the same, being derived from its content), copy a share link, open one. Renames
 * and deletes send the version the list showed, so a change someone else made in between is
 * reported, never overwritten.
 */
import type { SavedScenarioInput, SavedScenarioSummary } from '@sandbox/shared/saved/schemas';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiRequestError } from '../../../api/client';
import { errorText } from '../../../ui/panel-state';
import { createSaved, deleteSaved, importSaved, inputOf, readSaved, refreshLists, replaceSaved } from '../api/saved-queries';

/** The server's cap on a body (docs/api.md): a larger file is refused here, before it is sent. */
const MAX_FILE_BYTES = 256 * 1024;

export type SavedStatus =
  | { kind: 'done'; message: string }
  | { kind: 'deleted'; message: string; undo: SavedScenarioInput }
  | { kind: 'error'; message: string };

const etagOf = (summary: SavedScenarioSummary) => `"${summary.version}"`;

export function useSavedActions() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const navigate = useNavigate();
  const [status, setStatus] = useState<SavedStatus | null>(null);
  const [busy, setBusy] = useState(false);

  /**
   * Runs a write; reports a stale version (412) in words, any other failure with its reason (in
   * `failedWith`'s words when given), and refreshes the lists either way.
   */
  const run = useCallback(
    async (name: string, write: () => Promise<SavedStatus>, failedWith?: (reason: string) => string): Promise<boolean> => {
      setBusy(true);
      try {
        setStatus(await write());
        return true;
      } catch (error) {
        const stale = error instanceof ApiRequestError && (error.status === 412 || error.status === 404);
        const reason = errorText(error, t);
        const message = stale
          ? t('saved.status.changedElsewhere', { name })
          : (failedWith?.(reason) ?? t('saved.status.failed', { reason }));
        setStatus({ kind: 'error', message });
        return false;
      } finally {
        setBusy(false);
        await refreshLists(client);
      }
    },
    [client, t],
  );

  const save = (input: SavedScenarioInput) =>
    run(input.name, async () => {
      await createSaved(input);
      return { kind: 'done', message: t('saved.status.saved', { name: input.name }) };
    });

  const rename = (summary: SavedScenarioSummary, name: string) =>
    run(summary.name, async () => {
      const { record } = await readSaved(summary.id);
      await replaceSaved(summary.id, etagOf(summary), { ...inputOf(record), name });
      return { kind: 'done', message: t('saved.status.renamed', { name }) };
    });

  const duplicate = (summary: SavedScenarioSummary) =>
    run(summary.name, async () => {
      const { record } = await readSaved(summary.id);
      const name = t('saved.copyName', { name: record.name }).slice(0, 120);
      await createSaved({ ...inputOf(record), name });
      return { kind: 'done', message: t('saved.status.duplicated', { name }) };
    });

  const remove = (summary: SavedScenarioSummary) =>
    run(summary.name, async () => {
      const { record } = await readSaved(summary.id);
      await deleteSaved(summary.id, etagOf(summary));
      return { kind: 'deleted', message: t('saved.status.deleted', { name: summary.name }), undo: inputOf(record) };
    });

  const undo = (input: SavedScenarioInput) =>
    run(input.name, async () => {
      await createSaved(input);
      return { kind: 'done', message: t('saved.status.restored', { name: input.name }) };
    });

  /** Imports a scenario file chosen by the person: checked here for size and JSON, then by the server field by field. */
  const importFile = async (file: File) => {
    if (file.size > MAX_FILE_BYTES) {
      setStatus({ kind: 'error', message: t('saved.status.tooBig', { file: file.name }) });
      return;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(await file.text());
    } catch {
      setStatus({ kind: 'error', message: t('saved.status.notJson', { file: file.name }) });
      return;
    }
    await run(
      file.name,
      async () => {
        const { record } = await importSaved(parsed);
        return { kind: 'done', message: t('saved.status.imported', { name: record.name }) };
      },
      (reason) => t('saved.status.importFailed', { file: file.name, reason }),
    );
  };

  const copyLink = async (summary: SavedScenarioSummary) => {
    try {
      await navigator.clipboard.writeText(new URL(summary.shareUrl, window.location.origin).href);
      setStatus({ kind: 'done', message: t('saved.status.copied', { name: summary.name }) });
    } catch {
      setStatus({ kind: 'error', message: t('saved.status.copyFailed', { url: summary.shareUrl }) });
    }
  };

  /** Reads a saved view and goes where `to` sends its address, in this tab. */
  const go = (summary: SavedScenarioSummary, to: (address: string) => string) =>
    run(summary.name, async () => {
      const { record } = await readSaved(summary.id);
      navigate(to(record.address));
      return { kind: 'done', message: '' };
    });

  /** Opens the saved view in this tab, as its share link would. */
  const open = (summary: SavedScenarioSummary) => go(summary, (address) => address);

  /** Opens the saved scenario as the Lab's baseline (same moment and language), to add variants to it. */
  const openInLab = (summary: SavedScenarioSummary) => go(summary, (address) => `/lab${new URL(address, window.location.origin).search}`);

  return { status, busy, save, rename, duplicate, remove, undo, importFile, copyLink, open, openInLab, clearStatus: () => setStatus(null) };
}

export type SavedActions = ReturnType<typeof useSavedActions>;
