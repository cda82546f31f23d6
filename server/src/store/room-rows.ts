/**
 * Room rows as both backends return them, turned into records (SQLite: JSON as text, integers as
 * numbers; PostgreSQL: JSONB as objects, BIGINT as strings). Stored JSON is read through the shared
 * schemas, so a room written by an older build gets the defaults of fields added since.
 */
import { KpiNumbersSchema, RoomCreateSchema, RoomPhaseSchema, TeamIdSchema, TeamLeversSchema } from '@sandbox/shared';
import type { ResultRecord, RoomRecord, TeamRecord } from './rooms';

export interface RoomRow {
  code: string;
  name: string;
  config: unknown;
  facilitator_hash: string;
  round: number;
  phase: string;
  baseline: unknown;
  version: number;
  created_at: number | string;
  updated_at: number | string;
}

export interface TeamRow {
  team_id: string;
  position: number;
  name: string;
  token: string;
  levers: unknown;
  lever_version: number;
  members: number;
  changed_at: number | string | null;
}

export interface ResultRow {
  round: number;
  team_id: string;
  levers: unknown;
  scores: unknown;
}

export const ROOM_COLUMNS = 'code, name, config, facilitator_hash, round, phase, baseline, version, created_at, updated_at';
export const TEAM_COLUMNS = 'team_id, position, name, token, levers, lever_version, members, changed_at';
/** The room's results in round and team order; `param` is the backend's placeholder of the room code (`?` or `$1`). */
export const resultsSql = (param: string) =>
  `SELECT r.round, r.team_id, r.levers, r.scores FROM room_results r
   JOIN room_teams t ON t.room_code = r.room_code AND t.team_id = r.team_id
   WHERE r.room_code = ${param} ORDER BY r.round, t.position`;

const json = (value: unknown): unknown => (typeof value === 'string' ? JSON.parse(value) : value);

export function roomFromRow(row: RoomRow): RoomRecord {
  return {
    code: row.code,
    name: row.name,
    config: RoomCreateSchema.parse(json(row.config)),
    facilitatorHash: row.facilitator_hash,
    round: Number(row.round),
    phase: RoomPhaseSchema.parse(row.phase),
    baseline: row.baseline === null ? null : KpiNumbersSchema.parse(json(row.baseline)),
    version: Number(row.version),
    createdAtMs: Number(row.created_at),
    updatedAtMs: Number(row.updated_at),
  };
}

export function teamFromRow(row: TeamRow): TeamRecord {
  return {
    team: TeamIdSchema.parse(row.team_id),
    position: Number(row.position),
    name: row.name,
    token: row.token,
    levers: TeamLeversSchema.parse(json(row.levers)),
    leverVersion: Number(row.lever_version),
    members: Number(row.members),
    changedAtMs: row.changed_at === null ? null : Number(row.changed_at),
  };
}

export function resultFromRow(row: ResultRow): ResultRecord {
  return {
    round: Number(row.round),
    team: TeamIdSchema.parse(row.team_id),
    levers: TeamLeversSchema.parse(json(row.levers)),
    scores: row.scores === null ? null : KpiNumbersSchema.parse(json(row.scores)),
  };
}

/** The team a join goes to: the one asked, or the one with the fewest members (first in team order on a tie). */
export function pickTeam(
  teams: readonly Pick<TeamRecord, 'team' | 'members' | 'position'>[],
  asked: string | undefined,
): string | undefined {
  if (asked !== undefined) return teams.find((t) => t.team === asked)?.team;
  return [...teams].sort((a, b) => a.members - b.members || a.position - b.position)[0]?.team;
}

/** Thrown inside a transaction (either backend) to roll it back with the outcome it answers instead. */
export class Refusal<T> {
  constructor(readonly outcome: T) {}
}
