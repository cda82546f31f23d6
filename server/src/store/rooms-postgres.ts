/**
 * Rooms in PostgreSQL, for several instances behind a load balancer: each write is one transaction
 * on a pooled client that first updates the room's row (so writes of one room queue on its row lock:
 * a lever change waiting behind a lock re-reads the phase and is refused) and sends its NOTIFY in
 * the same transaction, so other instances hear exactly the committed changes (room-notify.ts).
 */
import type pg from 'pg';
import { asStoreError, storeQuery } from './pg-errors';
import { RoomChanges } from './room-changes';
import { listenForRooms, newInstanceId, notifyPayload, ROOM_CHANNEL, type RoomListener } from './room-notify';
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
import type { LeverOutcome, RoomSnapshot, RoomStore, TeamRecord } from './rooms';

type Query = <R extends pg.QueryResultRow>(text: string, values: unknown[]) => Promise<R[]>;

const BUMP = 'UPDATE rooms SET version = version + 1, updated_at = $2 WHERE code = $1';

export function postgresRoomStore(pool: pg.Pool, url: string, onError: (error: Error) => void): RoomStore & { close(): Promise<void> } {
  const changes = new RoomChanges((error) => onError(error as Error));
  const query = storeQuery(pool);
  const instanceId = newInstanceId();
  let listener: RoomListener | undefined;

  /** Runs `work` in one transaction; a Refusal rolls it back and becomes the answer. The change is announced here after COMMIT. */
  const transaction = async <T>(code: string, work: (q: Query) => Promise<{ value: T; version?: number }>): Promise<T> => {
    let client: pg.PoolClient;
    try {
      client = await pool.connect();
    } catch (error) {
      throw asStoreError(error);
    }
    const q: Query = async (text, values) => (await client.query(text, values)).rows;
    try {
      await client.query('BEGIN');
      const { value, version } = await work(q);
      if (version !== undefined) await q('SELECT pg_notify($1, $2)', [ROOM_CHANNEL, notifyPayload(instanceId, code, version)]);
      await client.query('COMMIT');
      if (version !== undefined) changes.emit({ code, version });
      return value;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      if (error instanceof Refusal) return error.outcome as T;
      throw asStoreError(error);
    } finally {
      client.release();
    }
  };

  const teamOf = async (q: Query, code: string, id: string): Promise<TeamRecord | undefined> => {
    const [row] = await q<TeamRow>(`SELECT ${TEAM_COLUMNS} FROM room_teams WHERE room_code = $1 AND team_id = $2`, [code, id]);
    return row && teamFromRow(row);
  };

  return {
    create: (room, now) =>
      transaction<RoomSnapshot | 'taken'>(room.code, async (q) => {
        const inserted = await q(
          `INSERT INTO rooms (${ROOM_COLUMNS}) VALUES ($1, $2, $3, $4, 0, 'lobby', NULL, 1, $5, $5) ON CONFLICT (code) DO NOTHING RETURNING code`,
          [room.code, room.config.name, JSON.stringify(room.config), room.facilitatorHash, now],
        );
        if (inserted.length === 0) return { value: 'taken' as RoomSnapshot | 'taken' };
        for (const [position, t] of room.teams.entries())
          await q(`INSERT INTO room_teams (room_code, ${TEAM_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, 1, 0, NULL)`, [
            room.code,
            t.team,
            position,
            t.name,
            t.token,
            JSON.stringify(t.levers),
          ]);
        const snapshot = (await readWith(q, room.code)) as RoomSnapshot;
        return { value: snapshot, version: snapshot.room.version };
      }),

    read: (code) => readWith(query, code),

    join: (code, asked) =>
      transaction(code, async (q) => {
        // The room's row first: joins of one room queue here, so "the fewest members" is read after the previous join.
        const [bumped] = await q<{ version: number }>(`${BUMP} RETURNING version`, [code, Date.now()]);
        if (!bumped) throw new Refusal({ status: 'missing' });
        const teams = (await q<TeamRow>(`SELECT ${TEAM_COLUMNS} FROM room_teams WHERE room_code = $1`, [code])).map(teamFromRow);
        const chosen = pickTeam(teams, asked);
        if (!chosen) throw new Refusal({ status: 'missing' });
        await q('UPDATE room_teams SET members = members + 1 WHERE room_code = $1 AND team_id = $2', [code, chosen]);
        const team = (await teamOf(q, code, chosen)) as TeamRecord;
        return { value: { status: 'ok' as const, team, version: bumped.version }, version: bumped.version };
      }),

    setLevers: (code, id, ifVersion, levers, now) =>
      transaction<LeverOutcome>(code, async (q) => {
        const [bumped] = await q<{ version: number }>(`${BUMP} AND phase = 'open' RETURNING version`, [code, now]);
        if (!bumped) {
          const [room] = await q<RoomRow>(`SELECT ${ROOM_COLUMNS} FROM rooms WHERE code = $1`, [code]);
          throw new Refusal<LeverOutcome>(
            room ? { status: 'closed', round: room.round, phase: roomFromRow(room).phase } : { status: 'missing' },
          );
        }
        const [row] = await q<TeamRow>(
          `UPDATE room_teams SET levers = $4, lever_version = lever_version + 1, changed_at = $5
           WHERE room_code = $1 AND team_id = $2 AND lever_version = $3 RETURNING ${TEAM_COLUMNS}`,
          [code, id, ifVersion, JSON.stringify(levers), now],
        );
        if (!row) {
          const current = await teamOf(q, code, id);
          throw new Refusal<LeverOutcome>(current ? { status: 'stale', current } : { status: 'missing' });
        }
        return { value: { status: 'ok', team: teamFromRow(row), version: bumped.version }, version: bumped.version };
      }),

    advance: (code, from, to, now) =>
      transaction(code, async (q) => {
        const [row] = await q<{ version: number }>(
          `UPDATE rooms SET round = $2, phase = $3, version = version + 1, updated_at = $6
           WHERE code = $1 AND round = $4 AND phase = $5 RETURNING version`,
          [code, to.round, to.phase, from.round, from.phase, now],
        );
        if (!row) return { value: false };
        if (to.phase === 'locked')
          await q(
            `INSERT INTO room_results (room_code, round, team_id, levers, scores)
             SELECT room_code, $2, team_id, levers, NULL FROM room_teams WHERE room_code = $1 ON CONFLICT DO NOTHING`,
            [code, to.round],
          );
        return { value: true, version: row.version };
      }),

    saveScores: (code, round, baseline, scores, now) =>
      transaction(code, async (q) => {
        let changed = (
          await q('UPDATE rooms SET baseline = $2 WHERE code = $1 AND baseline IS NULL RETURNING code', [code, JSON.stringify(baseline)])
        ).length;
        for (const [id, values] of scores)
          changed += (
            await q(
              'UPDATE room_results SET scores = $4 WHERE room_code = $1 AND round = $2 AND team_id = $3 AND scores IS NULL RETURNING team_id',
              [code, round, id, JSON.stringify(values)],
            )
          ).length;
        if (changed === 0) return { value: false };
        const [bumped] = await q<{ version: number }>(`${BUMP} RETURNING version`, [code, now]);
        return { value: true, version: bumped?.version };
      }),

    onChange(handler) {
      listener ??= listenForRooms(url, instanceId, changes, onError);
      return changes.on(handler);
    },

    async listening() {
      await listener?.ready;
    },

    async close() {
      await listener?.close();
    },
  };
}

async function readWith(q: Query, code: string): Promise<RoomSnapshot | undefined> {
  const [room] = await q<RoomRow>(`SELECT ${ROOM_COLUMNS} FROM rooms WHERE code = $1`, [code]);
  if (!room) return undefined;
  const [teams, results] = await Promise.all([
    q<TeamRow>(`SELECT ${TEAM_COLUMNS} FROM room_teams WHERE room_code = $1 ORDER BY position`, [code]),
    q<ResultRow>(resultsSql('$1'), [code]),
  ]);
  return { room: roomFromRow(room), teams: teams.map(teamFromRow), results: results.map(resultFromRow) };
}
