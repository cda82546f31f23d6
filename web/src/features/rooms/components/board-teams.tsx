/**
 * The teams as they stand: members, each lever the room hands out, when they last changed one. On
 * the projector this moves as teams play; the scores stay hidden until the facilitator reveals them.
 */
import type { RoomBoard } from '@sandbox/shared/rooms/board';
import { useTranslation } from 'react-i18next';
import { dateTimeFormat } from '../../../i18n/format-time';
import type { Language } from '../../../i18n/i18n';
import { leverLabel, leverValueText } from '../utils/room-text';
import { TeamBadge } from './team-badge';

/** Wall-clock time of a change, in this browser's time zone (it is when people played, not sim time). */
const changedAt = (iso: string, language: Language) =>
  dateTimeFormat(language, Intl.DateTimeFormat().resolvedOptions().timeZone, {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).format(Date.parse(iso));

export function BoardTeams({ board }: { board: RoomBoard }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  return (
    <section className="board-section" aria-labelledby="board-teams-title">
      <h2 id="board-teams-title">{t('rooms.board.teams')}</h2>
      <div className="board-table-wrap">
        <table className="board-table" data-testid="board-teams">
          <thead>
            <tr>
              <th scope="col">{t('rooms.board.team')}</th>
              <th scope="col" className="numeric">
                {t('rooms.board.members')}
              </th>
              {board.levers.map((spec) => (
                <th scope="col" key={spec.id} className="numeric">
                  {leverLabel(spec.id, language)}
                </th>
              ))}
              <th scope="col">{t('rooms.board.changed')}</th>
            </tr>
          </thead>
          <tbody>
            {board.teams.map((team) => (
              <tr key={team.id} data-team={team.id}>
                <th scope="row">
                  <TeamBadge team={team.id} name={team.name} />
                </th>
                <td className="numeric">{team.members}</td>
                {board.levers.map((spec) => (
                  <td key={spec.id} className="numeric" data-lever={spec.id}>
                    {leverValueText(spec.id, team.levers[spec.id], language, t)}
                  </td>
                ))}
                <td>{team.changedAt ? changedAt(team.changedAt, language) : t('rooms.board.never')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
