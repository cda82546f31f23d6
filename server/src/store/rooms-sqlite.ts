/**
 * Rooms in the embedded SQLite store: each write is one IMMEDIATE transaction (SQLite's single
 * writer serializes them, so a lever change and a lock never interleave), announced to this
 * process's listeners after it commits. One process owns the file, so there is no one else to tell.
 */
import type { KpiNumbers, RoomPhase, TeamId, TeamLevers } from '@sandbox/shared';
import type Database from 'better-sqlite3';
import { RoomChanges } from './room-changes';
import {
  pickTeam,
  Refusal,
  type ResultRow,
  ROOM_COLUMNS,
  type RoomRow,
  resultFromRow,
  resultsSql,
  roomFromRow,
  TEAM_COLUMNS,
  type TeamRow,
  teamFromRow,
} from './room-rows';
import type { JoinOutcome, LeverOutcome, NewRoom, RoomSnapshot, RoomStore } from './rooms';

/** Runs a transaction; a Refusal thrown inside rolled it back and becomes its outcome. */
function refusing<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof Refusal) return error.outcome as T;
    throw error;
  }
}

export function sqliteRoomStore(db: Database.Database, onListenerError: (error: unknown) => void): RoomStore {
  const changes = new RoomChanges(onListenerError);
  const s = {
    insertRoom: db.prepare(
      `INSERT INTO rooms (${ROOM_COLUMNS}) VALUES (@code, @name, @config, @hash, 0, 'lobby', NULL, 1, @now, @now) ON CONFLICT (code) DO NOTHING`,
    ),
    insertTeam: db.prepare(
      `INSERT INTO room_teams (room_code, ${TEAM_COLUMNS}) VALUES (@code, @team, @position, @name, @token, @levers, 1, 0, NULL)`,
    ),
    room: db.prepare(`SELECT ${ROOM_COLUMNS} FROM rooms WHERE code = ?`),
    teams: db.prepare(`SELECT ${TEAM_COLUMNS} FROM room_teams WHERE room_code = ? ORDER BY position`),
    team: db.prepare(`SELECT ${TEAM_COLUMNS} FROM room_teams WHERE room_code = ? AND team_id = ?`),
    results: db.prepare(resultsSql('?')),
    bump: db.prepare('UPDATE rooms SET version = version + 1, updated_at = @now WHERE code = @code RETURNING version'),
    bumpIfOpen: db.prepare(
      `UPDATE rooms SET version = version + 1, updated_at = @now WHERE code = @code AND phase = 'open' RETURNING version`,
    ),
    addMember: db.prepare('UPDATE room_teams SET members = members + 1 WHERE room_code = ? AND team_id = ?'),
    setLevers: db.prepare(
      `UPDATE room_teams SET levers = @levers, lever_version = lever_version + 1, changed_at = @now
       WHERE room_code = @code AND team_id = @team AND lever_version = @ifVersion`,
    ),
    advance: db.prepare(
      `UPDATE rooms SET round = @toRound, phase = @toPhase, version = version + 1, updated_at = @now
       WHERE code = @code AND round = @fromRound AND phase = @fromPhase RETURNING version`,
    ),
    freeze: db.prepare(
      `INSERT INTO room_results (room_code, round, team_id, levers, scores)
       SELECT room_code, @round, team_id, levers, NULL FROM room_teams WHERE room_code = @code ON CONFLICT DO NOTHING`,
    ),
    score: db.prepare(
      'UPDATE room_results SET scores = @scores WHERE room_code = @code AND round = @round AND team_id = @team AND scores IS NULL',
    ),
    baseline: db.prepare('UPDATE rooms SET baseline = @baseline WHERE code = @code AND baseline IS NULL'),
  };

  const read = (code: string): RoomSnapshot | undefined => {
    const room = s.room.get(code) as RoomRow | undefined;
    if (!room) return undefined;
    return {
      room: roomFromRow(room),
      teams: (s.teams.all(code) as TeamRow[]).map(teamFromRow),
      results: (s.results.all(code) as ResultRow[]).map(resultFromRow),
    };
  };

  const team = (code: string, id: string) => {
    const row = s.team.get(code, id) as TeamRow | undefined;
    return row && teamFromRow(row);
  };

  const create = db.transaction((room: NewRoom, now: number): RoomSnapshot | 'taken' => {
    const inserted = s.insertRoom.run({
      code: room.code,
      name: room.config.name,
      config: JSON.stringify(room.config),
      hash: room.facilitatorHash,
      now,
    });
    if (inserted.changes === 0) return 'taken';
    for (const [position, t] of room.teams.entries())
      s.insertTeam.run({ code: room.code, team: t.team, position, name: t.name, token: t.token, levers: JSON.stringify(t.levers) });
    return read(room.code) as RoomSnapshot;
  });

  const join = db.transaction((code: string, asked: TeamId | undefined): JoinOutcome => {
    const teams = (s.teams.all(code) as TeamRow[]).map(teamFromRow);
    const chosen = pickTeam(teams, asked);
    if (!chosen) return { status: 'missing' };
    s.addMember.run(code, chosen);
    const { version } = s.bump.get({ code, now: Date.now() }) as { version: number };
    return { status: 'ok', team: team(code, chosen) as NonNullable<ReturnType<typeof team>>, version };
  });

  const setLevers = db.transaction((code: string, id: TeamId, ifVersion: number, levers: TeamLevers, now: number): LeverOutcome => {
    const bumped = s.bumpIfOpen.get({ code, now }) as { version: number } | undefined;
    if (!bumped) {
      const room = s.room.get(code) as RoomRow | undefined;
      return room ? { status: 'closed', round: room.round, phase: roomFromRow(room).phase } : { status: 'missing' };
    }
    const changed = s.setLevers.run({ code, team: id, ifVersion, levers: JSON.stringify(levers), now }).changes;
    if (changed === 0) {
      const current = team(code, id);
      throw new Refusal<LeverOutcome>(current ? { status: 'stale', current } : { status: 'missing' });
    }
    return { status: 'ok', team: team(code, id) as NonNullable<ReturnType<typeof team>>, version: bumped.version };
  });

  const advance = db.transaction(
    (code: string, from: { round: number; phase: RoomPhase }, to: { round: number; phase: RoomPhase }, now: number) => {
      const row = s.advance.get({ code, now, fromRound: from.round, fromPhase: from.phase, toRound: to.round, toPhase: to.phase }) as
        | { version: number }
        | undefined;
      if (!row) return undefined;
      if (to.phase === 'locked') s.freeze.run({ code, round: to.round });
      return row.version;
    },
  );

  const saveScores = db.transaction(
    (code: string, round: number, baseline: KpiNumbers, scores: ReadonlyMap<TeamId, KpiNumbers>, now: number) => {
      let changed = s.baseline.run({ code, baseline: JSON.stringify(baseline) }).changes;
      for (const [id, values] of scores) changed += s.score.run({ code, round, team: id, scores: JSON.stringify(values) }).changes;
      if (changed === 0) return undefined;
      return (s.bump.get({ code, now }) as { version: number }).version;
    },
  );

  /** Announces a committed change. */
  const announce = (code: string, version: number | undefined) => {
    if (version !== undefined) changes.emit({ code, version });
  };

  return {
    async create(room, now) {
      const created = create.immediate(room, now);
      if (created !== 'taken') announce(room.code, created.room.version);
      return created;
    },
    async read(code) {
      return read(code);
    },
    async join(code, asked) {
      const outcome = join.immediate(code, asked);
      if (outcome.status === 'ok') announce(code, outcome.version);
      return outcome;
    },
    async setLevers(code, id, ifVersion, levers, now) {
      const outcome = refusing(() => setLevers.immediate(code, id, ifVersion, levers, now));
      if (outcome.status === 'ok') announce(code, outcome.version);
      return outcome;
    },
    async advance(code, from, to, now) {
      const version = advance.immediate(code, from, to, now);
      announce(code, version);
      return version !== undefined;
    },
    async saveScores(code, round, baseline, scores, now) {
      const version = saveScores.immediate(code, round, baseline, scores, now);
      announce(code, version);
      return version !== undefined;
    },
    onChange: (listener) => changes.on(listener),
    listening: async () => undefined,
  };
}
