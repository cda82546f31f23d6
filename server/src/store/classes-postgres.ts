/**
 * Sealed scenarios and classes in PostgreSQL: each write is one statement (the class-full check
 * and the insert together), so several server instances share them without a transaction held open.
 * Two attempts racing for a class's last place may both pass the count: the cap is a bound on
 * size, not a quota, so one over it is harmless.
 */
import type pg from 'pg';
import * as classRows from './class-rows';
import type { ClassStore, SealedStore } from './classes';
import { storeQuery } from './pg-errors';

export function postgresSealedStore(pool: pg.Pool): SealedStore {
  const query = storeQuery(pool);
  return {
    async seal(scenario, hash, newToken, now) {
      const [row] = await query<{ token: string }>(
        `WITH inserted AS (
           INSERT INTO sealed_scenarios (token, content_hash, scenario, created_at) VALUES ($1, $2, $3::jsonb, $4)
           ON CONFLICT (content_hash) DO NOTHING RETURNING token)
         SELECT token FROM inserted UNION ALL SELECT token FROM sealed_scenarios WHERE content_hash = $2 LIMIT 1`,
        [newToken(), hash, JSON.stringify(scenario), now],
      );
      // A row another writer committed while this statement ran is not in its snapshot: read it again.
      const found = row ?? (await query<{ token: string }>('SELECT token FROM sealed_scenarios WHERE content_hash = $1', [hash]))[0];
      if (!found) throw new Error(`sealed scenario ${hash} vanished`);
      return found.token;
    },
    async open(token) {
      const [row] = await query<{ scenario: unknown }>('SELECT scenario FROM sealed_scenarios WHERE token = $1', [token]);
      return row && classRows.scenarioFromSealedRow(row);
    },
  };
}

export function postgresClassStore(pool: pg.Pool): ClassStore {
  const query = storeQuery(pool);
  const get = async (code: string) => {
    const [row] = await query<classRows.ClassRow>(`SELECT ${classRows.CLASS_COLUMNS} FROM classes WHERE code = $1`, [code]);
    return row && classRows.classFromRow(row);
  };
  const seat = async (code: string, key: string) => {
    const [row] = await query<classRows.SeatRow>(
      `SELECT ${classRows.SEAT_COLUMNS} FROM class_seats WHERE class_code = $1 AND student_key = $2`,
      [code, key],
    );
    return row && classRows.seatFromRow(row);
  };
  return {
    async create(record) {
      const rows = await query(
        `INSERT INTO classes (${classRows.CLASS_COLUMNS}) VALUES ($1, $2, $3::jsonb, $4::jsonb, $5::jsonb, $6, $7) ON CONFLICT (code) DO NOTHING RETURNING code`,
        [
          record.code,
          record.name,
          JSON.stringify(record.lessons),
          JSON.stringify(record.scenario),
          classRows.startColumn(record),
          record.teacherHash,
          record.createdAtMs,
        ],
      );
      return rows.length === 0 ? 'taken' : record;
    },
    get,
    async addAttempt(code, a, max) {
      const rows = await query(
        `INSERT INTO class_attempts (class_code, ${classRows.ATTEMPT_COLUMNS})
         SELECT $1, $2, $3, $4, $5, $6 FROM classes
         WHERE code = $1 AND (SELECT count(*) FROM class_attempts WHERE class_code = $1) < $7 RETURNING id`,
        [code, a.student, a.lessonId, a.questionId, a.correct, a.atMs, max],
      );
      if (rows.length > 0) return 'ok';
      return (await get(code)) ? 'full' : 'missing';
    },
    async attempts(code, limit) {
      const rows = await query<classRows.AttemptRow>(
        `SELECT ${classRows.ATTEMPT_COLUMNS} FROM class_attempts WHERE class_code = $1 ORDER BY id LIMIT $2`,
        [code, limit],
      );
      return rows.map(classRows.attemptFromRow);
    },
    async takeSeat(code, r, max) {
      // One statement: the class exists and has room, and the name is free (ON CONFLICT: another
      // browser took it, perhaps a moment ago). Two joins racing for the last seat may both pass
      // the count, as attempts may: the cap bounds size, it is not a quota.
      const rows = await query(
        `INSERT INTO class_seats (class_code, ${classRows.SEAT_COLUMNS})
         SELECT $1, $2, $3, $4, $5 FROM classes
         WHERE code = $1 AND (SELECT count(*) FROM class_seats WHERE class_code = $1) < $6
         ON CONFLICT (class_code, student_key) DO NOTHING RETURNING student_key`,
        [code, r.studentKey, r.student, r.seatHash, r.joinedAtMs, max],
      );
      if (rows.length > 0) return 'ok';
      const taken = await seat(code, r.studentKey);
      if (taken) return { taken };
      return (await get(code)) ? 'full' : 'missing';
    },
    seat,
    async seats(code, limit) {
      const rows = await query<classRows.SeatRow>(
        `SELECT ${classRows.SEAT_COLUMNS} FROM class_seats WHERE class_code = $1 ORDER BY joined_at, student_key LIMIT $2`,
        [code, limit],
      );
      return rows.map(classRows.seatFromRow);
    },
    async freeSeat(code, key) {
      const rows = await query('DELETE FROM class_seats WHERE class_code = $1 AND student_key = $2 RETURNING student_key', [code, key]);
      return rows.length > 0;
    },
  };
}
