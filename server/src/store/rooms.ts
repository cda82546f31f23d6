/**
 * Workshop rooms in the store (migration 2): a room keyed by its join code, its teams with their
 * levers and tokens, and each round's results (levers frozen at the lock, scorecard figures once
 * scored). Every change raises the room's `version` in the same transaction and is announced to
 * `onChange` listeners after it commits: in this process, and with PostgreSQL to every instance
 * sharing the database (LISTEN/NOTIFY), so each instance's board streams follow the room.
 *
 * Writes that depend on the room's phase (a lever change needs an open round; a lock freezes the
 * levers) update the room's row first, so they are serialized by its row lock in PostgreSQL and by
 * the single writer in SQLite: a change that loses the race to a lock is refused, never half-frozen.
 */
import type { KpiNumbers, RoomConfig, RoomPhase, TeamId, TeamLevers } from '@sandbox/shared';

export interface RoomRecord {
  code: string;
  name: string;
  config: RoomConfig;
  /** sha256 (hex) of the facilitator's token; the token itself is never stored. */
  facilitatorHash: string;
  round: number;
  phase: RoomPhase;
  /** The baseline scenario's figures, once a round has been scored. */
  baseline: KpiNumbers | null;
  version: number;
  createdAtMs: number;
  updatedAtMs: number;
}

export interface TeamRecord {
  team: TeamId;
  position: number;
  name: string;
  /** The team's token, handed to each participant who joins it. */
  token: string;
  levers: TeamLevers;
  leverVersion: number;
  members: number;
  changedAtMs: number | null;
}

export interface ResultRecord {
  round: number;
  team: TeamId;
  /** The levers the team had when the round was locked. */
  levers: TeamLevers;
  /** Null until the round is scored. */
  scores: KpiNumbers | null;
}

export interface RoomSnapshot {
  room: RoomRecord;
  /** In team order (t1, t2, …). */
  teams: TeamRecord[];
  /** By round, then team order. */
  results: ResultRecord[];
}

export interface NewRoom {
  code: string;
  config: RoomConfig;
  facilitatorHash: string;
  teams: { team: TeamId; name: string; token: string; levers: TeamLevers }[];
}

export type JoinOutcome = { status: 'ok'; team: TeamRecord; version: number } | { status: 'missing' };

export type LeverOutcome =
  | { status: 'ok'; team: TeamRecord; version: number }
  | { status: 'missing' }
  /** The team's levers changed since the version the client sent. */
  | { status: 'stale'; current: TeamRecord }
  /** No round is open. */
  | { status: 'closed'; round: number; phase: RoomPhase };

export type RoomChange = { code: string; version: number } | { all: true };

export interface RoomStore {
  /** Writes a new room; 'taken' when its code is already in use (the caller draws another). */
  create(room: NewRoom, nowMs: number): Promise<RoomSnapshot | 'taken'>;
  read(code: string): Promise<RoomSnapshot | undefined>;
  /** Adds a member to `team`, or to the team with the fewest members (the first of those) when undefined. */
  join(code: string, team: TeamId | undefined): Promise<JoinOutcome>;
  /** Replaces the team's levers if a round is open and the team is at `ifVersion`. */
  setLevers(code: string, team: TeamId, ifVersion: number, levers: TeamLevers, nowMs: number): Promise<LeverOutcome>;
  /**
   * Moves the room from one round and phase to another if it is still at `from`; a move into
   * `locked` also freezes every team's levers as the round's results. False when the room moved on.
   */
  advance(
    code: string,
    from: { round: number; phase: RoomPhase },
    to: { round: number; phase: RoomPhase },
    nowMs: number,
  ): Promise<boolean>;
  /** Fills the round's missing scores (and the room's baseline if it has none); false when there was nothing to fill. */
  saveScores(code: string, round: number, baseline: KpiNumbers, scores: ReadonlyMap<TeamId, KpiNumbers>, nowMs: number): Promise<boolean>;
  /** Listens to every committed change of any room (`{ all: true }`: changes may have been missed, e.g. a reconnect). */
  onChange(listener: (change: RoomChange) => void): () => void;
  /** Resolves once changes made elsewhere are heard (PostgreSQL: LISTEN is in place); at once for SQLite. */
  listening(): Promise<void>;
}
