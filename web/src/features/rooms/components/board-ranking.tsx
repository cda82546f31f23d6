/**
 * The revealed rounds, newest first: each team's rank, its objective figure beside the baseline's
 * (the story with no team levers) and whether it kept every guard. Teams that made a guard worse
 * rank after those that did not, so the table says which, in words and not only with a mark.
 */
import type { RoomBoard, RoundResult } from '@sandbox/shared/rooms/board';
import { useTranslation } from 'react-i18next';
import { formatSigned } from '../../../i18n/format';
import type { Language } from '../../../i18n/i18n';
import { figureText, kpiLabel } from '../utils/room-text';
import { TeamBadge } from './team-badge';

function RoundTable({ board, result, latest }: { board: RoomBoard; result: RoundResult; latest: boolean }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { kpi } = board.objective;
  const names = new Map(board.teams.map((team) => [team.id, team.name]));
  const vsBaseline = (value: number | null) =>
    value === null || result.baseline === null || result.baseline === 0
      ? '–'
      : formatSigned((value - result.baseline) / Math.abs(result.baseline), language, { style: 'percent', maximumFractionDigits: 1 });
  return (
    <section className={latest ? 'board-round board-round--latest' : 'board-round'} aria-labelledby={`round-${result.round}`}>
      <h2 id={`round-${result.round}`}>{t('rooms.board.ranking', { round: result.round })}</h2>
      <p className="board-round__baseline">{t('rooms.board.baseline', { value: figureText(kpi, result.baseline, language) })}</p>
      <div className="board-table-wrap">
        <table className="board-table board-table--ranking" data-testid={`ranking-${result.round}`}>
          <thead>
            <tr>
              <th scope="col" className="numeric">
                {t('rooms.board.rank')}
              </th>
              <th scope="col">{t('rooms.board.team')}</th>
              <th scope="col" className="numeric">
                {t('rooms.board.value', { kpi: kpiLabel(kpi, language) })}
              </th>
              <th scope="col" className="numeric">
                {t('rooms.board.vsBaseline')}
              </th>
              {board.objective.guards.length > 0 ? <th scope="col">{t('rooms.board.guards')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {result.teams.map((row) => (
              <tr key={row.team} data-team={row.team} data-rank={row.rank} className={row.guardsKept ? undefined : 'board-table__broken'}>
                <td className="numeric board-table__rank">{row.rank}</td>
                <th scope="row">
                  <TeamBadge team={row.team} name={names.get(row.team) ?? row.team} />
                </th>
                <td className="numeric" data-value={row.value ?? ''}>
                  {figureText(kpi, row.value, language)}
                </td>
                <td className="numeric">{vsBaseline(row.value)}</td>
                {board.objective.guards.length > 0 ? (
                  <td>
                    {row.guards.map((guard) => (
                      <span key={guard.kpi} className={guard.kept ? 'guard guard--kept' : 'guard guard--broken'}>
                        {t('rooms.board.guard', {
                          kpi: kpiLabel(guard.kpi, language),
                          state: guard.kept ? t('rooms.board.kept') : t('rooms.board.broken'),
                          value: figureText(guard.kpi, guard.value, language),
                        })}
                      </span>
                    ))}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export function BoardRanking({ board }: { board: RoomBoard }) {
  const { t } = useTranslation();
  if (board.results.length === 0) return <p className="board-empty">{t('rooms.board.noResults')}</p>;
  const newestFirst = [...board.results].reverse();
  return (
    <div className="board-rounds">
      {newestFirst.map((result, i) => (
        <RoundTable key={result.round} board={board} result={result} latest={i === 0} />
      ))}
    </div>
  );
}
