/**
 * A room as everyone in it sees it, from the stored snapshot: the board (the rankings of revealed
 * rounds only, so the projector never shows a round before the facilitator does), a team as its
 * members see it, and the rankings of every scored round (the facilitator's results file).
 */
import { type BoardTeam, baselineLevers, fullSpec, type RoomBoard, type RoundResult, roundResult, type ScoredTeam } from '@sandbox/shared';
import type { ResultRecord, RoomSnapshot, TeamRecord } from '../store/rooms';

const iso = (ms: number) => new Date(ms).toISOString();

export function teamView(team: TeamRecord): BoardTeam {
  return {
    id: team.team,
    name: team.name,
    members: team.members,
    levers: team.levers,
    leverVersion: team.leverVersion,
    changedAt: team.changedAtMs === null ? null : iso(team.changedAtMs),
  };
}

/** The results of one round, or undefined when the round is not (completely) scored. */
function scoredRound(results: readonly ResultRecord[], round: number): ScoredTeam[] | undefined {
  const rows = results.filter((r) => r.round === round);
  if (rows.length === 0 || rows.some((r) => r.scores === null)) return undefined;
  return rows.map((r) => ({ team: r.team, values: r.scores as NonNullable<ResultRecord['scores']>, levers: r.levers }));
}

/** True while the current round is locked and not every team (or the baseline) has its figures. */
export function scoringPending(snapshot: RoomSnapshot): boolean {
  const { room } = snapshot;
  return room.phase === 'locked' && (room.baseline === null || scoredRound(snapshot.results, room.round) === undefined);
}

/** Rankings of the rounds up to `lastRound` that are fully scored, first round first. */
export function rankedRounds(snapshot: RoomSnapshot, lastRound: number): RoundResult[] {
  const { room } = snapshot;
  if (!room.baseline) return [];
  const out: RoundResult[] = [];
  for (let round = 1; round <= lastRound; round++) {
    const scored = scoredRound(snapshot.results, round);
    if (scored) out.push(roundResult(round, room.config.objective, room.baseline, scored));
  }
  return out;
}

/** The last round the board may show: the current one once revealed, else the one before. */
const lastRevealed = (snapshot: RoomSnapshot) => (snapshot.room.phase === 'revealed' ? snapshot.room.round : snapshot.room.round - 1);

export function boardView(snapshot: RoomSnapshot): RoomBoard {
  const { room } = snapshot;
  const { config } = room;
  return {
    code: room.code,
    name: room.name,
    story: config.story ?? null,
    city: config.scenario.city,
    window: config.window,
    objective: config.objective,
    levers: config.levers.map(fullSpec),
    baselineLevers: baselineLevers(config),
    rounds: config.rounds,
    round: room.round,
    phase: room.phase,
    scoring: room.phase === 'locked' ? (scoringPending(snapshot) ? 'pending' : 'done') : room.phase === 'revealed' ? 'done' : 'none',
    version: room.version,
    teams: snapshot.teams.map(teamView),
    results: rankedRounds(snapshot, lastRevealed(snapshot)),
    updatedAt: iso(room.updatedAtMs),
  };
}
