/**
 * A round's ranking from the teams' scorecards: teams that kept every guard (not worse than the
 * baseline on those figures) first, each group ordered by the objective's figure in its better
 * direction; a team with no value last. Figures are compared at the precision the scorecard shows
 * them (the KPI's decimals), so two teams the board shows with the same number share a rank and a
 * guard is not "broken" by a difference nobody can see.
 */
import { LAB_KPI_BY_ID, type LabKpiId } from '../lab/kpis';
import type { KpiNumbers, RankedTeam, RoundResult } from './board';
import type { RoomObjective, TeamId, TeamLevers } from './schemas';

export interface ScoredTeam {
  team: TeamId;
  values: KpiNumbers;
  levers: TeamLevers;
}

/** A figure at its shown precision; null stays null. */
export function shown(kpi: LabKpiId, value: number | null): number | null {
  if (value === null) return null;
  const decimals = LAB_KPI_BY_ID.get(kpi)?.decimals ?? 3;
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** Positive when `a` is better than `b` for this figure (nulls are worst). */
function betterBy(kpi: LabKpiId, a: number | null, b: number | null): number {
  if (a === null || b === null) return a === null ? (b === null ? 0 : -1) : 1;
  return LAB_KPI_BY_ID.get(kpi)?.better === 'higher' ? a - b : b - a;
}

/** True when the team's figure is not worse than the baseline's (nothing measured on either side counts as kept). */
export function guardKept(kpi: LabKpiId, value: number | null, baseline: number | null): boolean {
  if (value === null || baseline === null) return true;
  return betterBy(kpi, shown(kpi, value), shown(kpi, baseline)) >= 0;
}

const teamNumber = (team: TeamId) => Number(team.slice(1));

export function rankTeams(objective: RoomObjective, baseline: KpiNumbers, teams: readonly ScoredTeam[]): RankedTeam[] {
  const rows = teams.map((scored) => {
    const guards = objective.guards.map((kpi) => {
      const value = scored.values[kpi];
      return { kpi, value, baseline: baseline[kpi], kept: guardKept(kpi, value, baseline[kpi]) };
    });
    const value = scored.values[objective.kpi];
    return { team: scored.team, value, guardsKept: guards.every((g) => g.kept), guards, levers: scored.levers };
  });
  /** Positive when `a` ranks ahead of `b`; 0 for a tie (same rank). */
  const ahead = (a: (typeof rows)[number], b: (typeof rows)[number]) =>
    a.guardsKept !== b.guardsKept
      ? a.guardsKept
        ? 1
        : -1
      : betterBy(objective.kpi, shown(objective.kpi, a.value), shown(objective.kpi, b.value));
  const sorted = [...rows].sort((a, b) => ahead(b, a) || teamNumber(a.team) - teamNumber(b.team));
  return sorted.map((row) => ({ ...row, rank: 1 + sorted.filter((other) => ahead(other, row) > 0).length }));
}

export function roundResult(round: number, objective: RoomObjective, baseline: KpiNumbers, teams: readonly ScoredTeam[]): RoundResult {
  return { round, baseline: baseline[objective.kpi], teams: rankTeams(objective, baseline, teams) };
}
