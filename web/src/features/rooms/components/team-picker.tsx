/** The teams a participant may join (with how many are in each), or "any team": the emptiest. */
import type { RoomBoard } from '@sandbox/shared/rooms/board';
import { useTranslation } from 'react-i18next';
import { TeamBadge } from './team-badge';

export function TeamPicker({ board, busy, onPick }: { board: RoomBoard; busy: boolean; onPick: (team?: string) => void }) {
  const { t } = useTranslation();
  return (
    <section className="team-picker" aria-labelledby="team-picker-title">
      <h2 id="team-picker-title">{t('rooms.join.pickTeam')}</h2>
      <ul className="team-picker__list">
        {board.teams.map((team) => (
          <li key={team.id}>
            <button type="button" className="team-picker__team" disabled={busy} onClick={() => onPick(team.id)}>
              <TeamBadge team={team.id} name={team.name} />
              <span className="team-picker__members">{t('rooms.join.members', { count: team.members })}</span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="button button--quiet team-picker__any" disabled={busy} onClick={() => onPick()}>
        {t('rooms.join.anyTeam')}
      </button>
    </section>
  );
}
