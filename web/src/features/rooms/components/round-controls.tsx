/**
 * The facilitator's controls: one button for the room's next step (start, lock, reveal, start the
 * next round), disabled while a locked round is being scored, and the results download. Each action
 * names its round, so a double click is refused by the server instead of skipping a round.
 */
import type { RoomBoard } from '@sandbox/shared/rooms/board';
import type { RoomAction } from '@sandbox/shared/rooms/schemas';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError } from '../../../api/client';
import { downloadCsv } from '../../../ui/csv';
import { boardKey, resultsCsv, roomAction } from '../api/room-api';

/** The action the room expects next, or undefined when every round has been played. */
export function nextAction(board: RoomBoard): { action: RoomAction; round: number } | undefined {
  if (board.phase === 'lobby') return { action: 'start', round: 1 };
  if (board.phase === 'open') return { action: 'lock', round: board.round };
  if (board.phase === 'locked') return { action: 'reveal', round: board.round };
  return board.round < board.rounds ? { action: 'start', round: board.round + 1 } : undefined;
}

/** A failure, and whether it was only that the server could not be reached (stale once it can again). */
interface Failure {
  message: string;
  unreachable: boolean;
}

/**
 * `live`: the room's stream is connected. A "cannot be reached" said while it was not is cleared
 * when it is again (or a newer board arrives), so the projector does not keep a red line under a
 * "Live" status; the server's own refusals (a 409 naming the next step) stay until the next press.
 */
export function RoundControls({ board, token, live }: { board: RoomBoard; token: string; live: boolean }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const version = board.version;

  useEffect(() => {
    if (live && version > 0) setFailure((shown) => (shown?.unreachable ? null : shown));
  }, [live, version]);
  const next = nextAction(board);
  const scoring = board.phase === 'locked' && board.scoring !== 'done';

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setFailure(null);
    try {
      await work();
    } catch (error) {
      setFailure({
        message: error instanceof Error ? error.message : String(error),
        unreachable: error instanceof ApiRequestError && error.status === 0,
      });
    } finally {
      setBusy(false);
    }
  };

  const act = () =>
    run(async () => {
      if (!next) return;
      const updated = await roomAction(board.code, token, next.action, next.round);
      client.setQueryData(boardKey(board.code), (shown: RoomBoard | undefined) =>
        shown && shown.version > updated.version ? shown : updated,
      );
    });

  const download = () =>
    run(async () => {
      downloadCsv(`room-${board.code}-results.csv`, await resultsCsv(board.code, token));
    });

  const label = !next
    ? t('rooms.console.done')
    : scoring
      ? t('rooms.console.scoring', { round: next.round })
      : t(`rooms.console.${next.action}`, { round: next.round });

  return (
    <section className="round-controls" aria-labelledby="round-controls-title">
      <h2 id="round-controls-title" className="visually-hidden">
        {t('rooms.console.controls')}
      </h2>
      <button type="button" className="button round-controls__next" disabled={!next || scoring || busy} onClick={act}>
        {label}
      </button>
      <button type="button" className="button button--quiet" disabled={busy || board.round === 0} onClick={download}>
        {t('rooms.console.results')}
      </button>
      {failure ? (
        <p className="round-controls__error" role="alert">
          {t('rooms.console.failed', { reason: failure.message })}
        </p>
      ) : null}
    </section>
  );
}
