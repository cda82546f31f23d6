/**
 * A room's results as one table (the facilitator's CSV download): a row per team and scored round,
 * with its rank, the objective's figure beside the baseline's, each guard, and the levers the team
 * had when the round was locked. Units are in the column names.
 */
import { LAB_KPI_BY_ID } from '../lab/kpis';
import type { RoundResult } from './board';
import { ROOM_LEVER_KIND, type RoomConfig } from './schemas';

export type ResultCell = string | number | boolean | null;

export interface ResultsTable {
  header: string[];
  rows: ResultCell[][];
}

const unitOf = (kpi: string) => LAB_KPI_BY_ID.get(kpi as never)?.unit ?? '';

export function resultsTable(
  room: { code: string; name: string; config: Pick<RoomConfig, 'objective' | 'levers'> },
  teamNames: ReadonlyMap<string, string>,
  results: readonly RoundResult[],
): ResultsTable {
  const { objective, levers } = room.config;
  const kpi = `${objective.kpi} (${unitOf(objective.kpi)})`;
  const header = [
    'room',
    'round',
    'rank',
    'team_id',
    'team',
    kpi,
    `baseline ${kpi}`,
    'guards_kept',
    ...objective.guards.flatMap((g) => [`${g} (${unitOf(g)})`, `baseline ${g} (${unitOf(g)})`]),
    ...levers.map((spec) => (ROOM_LEVER_KIND[spec.id] === 'share' ? `${spec.id} (0-1)` : spec.id)),
  ];
  const rows = results.flatMap((result) =>
    result.teams.map((team): ResultCell[] => [
      room.code,
      result.round,
      team.rank,
      team.team,
      teamNames.get(team.team) ?? team.team,
      team.value,
      result.baseline,
      team.guardsKept,
      ...team.guards.flatMap((g) => [g.value, g.baseline]),
      ...levers.map((spec) => team.levers[spec.id] ?? null),
    ]),
  );
  return { header, rows };
}
