/**
 * A participant's team: its levers (movable while a round is open, with why not otherwise), whether
 * the last change is saved, and after a reveal how the team ranked and whether it broke a guard.
 */
import type { BoardTeam, RoomBoard } from '@sandbox/shared/rooms/board';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../i18n/i18n';
import { type SaveStatus, useTeamLevers } from '../hooks/use-team-levers';
import { figureText, kpiLabel } from '../utils/room-text';
import { LeverControl } from './lever-control';
import { TeamBadge } from './team-badge';

function StatusLine({ status }: { status: SaveStatus }) {
  const { t } = useTranslation();
  const text =
    status.kind === 'saving'
      ? t('rooms.team.saving')
      : status.kind === 'saved'
        ? t('rooms.team.saved')
        : status.kind === 'conflict'
          ? t('rooms.team.changedByTeam')
          : status.kind === 'offline'
            ? t('rooms.team.offline')
            : status.kind === 'discarded'
              ? t('rooms.team.discarded', { round: status.round })
              : status.kind === 'error'
                ? t('rooms.team.saveFailed', { reason: status.message })
                : '';
  return (
    <p className={`team-levers__status team-levers__status--${status.kind}`} role="status" aria-live="polite" data-testid="save-status">
      {text}
    </p>
  );
}

/** Why the levers are still, when they are. */
function closedNote(board: RoomBoard, t: TFunction): string | null {
  if (board.phase === 'lobby') return t('rooms.team.waiting');
  if (board.phase === 'locked') return t('rooms.team.locked', { round: board.round });
  if (board.phase === 'revealed')
    return board.round >= board.rounds ? t('rooms.team.finished') : t('rooms.team.revealed', { round: board.round });
  return null;
}

function TeamRank({ board, team }: { board: RoomBoard; team: BoardTeam }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const latest = board.results.at(-1);
  const row = latest?.teams.find((r) => r.team === team.id);
  if (!latest || !row) return null;
  const broken = row.guards.filter((g) => !g.kept).map((g) => kpiLabel(g.kpi, language));
  return (
    <section className="team-rank" data-testid="team-rank">
      <p className="team-rank__headline">{t('rooms.team.rank', { rank: row.rank, count: latest.teams.length, round: latest.round })}</p>
      <p className="team-rank__value">
        {kpiLabel(board.objective.kpi, language)}: {figureText(board.objective.kpi, row.value, language)}
      </p>
      {broken.length > 0 ? <p className="team-rank__broken">{t('rooms.team.guardBroken', { guards: broken.join(', ') })}</p> : null}
    </section>
  );
}

/**
 * "Saved" matters while levers move; a failure is worth reading whenever, and a change the closing
 * round did not take is said until the next round opens.
 */
function shownStatus(status: SaveStatus, board: RoomBoard, open: boolean): SaveStatus {
  if (status.kind === 'discarded') return status.round === board.round ? status : { kind: 'idle' };
  return open || status.kind === 'error' ? status : { kind: 'idle' };
}

export function TeamLevers({ board, team, token, onLeave }: { board: RoomBoard; team: BoardTeam; token: string; onLeave: () => void }) {
  const { t } = useTranslation();
  const { draft, status, change, unsaved } = useTeamLevers(board.code, team, token, board);
  const open = board.phase === 'open';
  const note = closedNote(board, t);
  return (
    <section className="team-levers" aria-labelledby="team-levers-title">
      <div className="team-levers__team">
        <p data-testid="my-team">
          <span className="visually-hidden">{t('rooms.team.yours', { name: team.name })}</span>
          <TeamBadge team={team.id} name={team.name} />
        </p>
        <button type="button" className="button button--quiet button--small" onClick={onLeave}>
          {t('rooms.join.switch')}
        </button>
      </div>
      <TeamRank board={board} team={team} />
      <h2 id="team-levers-title">{t('rooms.team.levers')}</h2>
      {note ? <p className="team-levers__note">{note}</p> : null}
      <div className="team-levers__list">
        {board.levers.map((spec) => (
          <LeverControl
            key={spec.id}
            spec={spec}
            value={draft[spec.id]}
            unsaved={unsaved.has(spec.id)}
            disabled={!open}
            onChange={(value) => change(spec.id, value)}
          />
        ))}
      </div>
      <StatusLine status={shownStatus(status, board, open)} />
    </section>
  );
}
