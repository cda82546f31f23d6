/** Sealed scenarios and classes in the embedded SQLite store: each statement takes microseconds, on the event loop. */
import type Database from 'better-sqlite3';
import * as classRows from './class-rows';
import type { ClassStore, SealedStore } from './classes';

export function sqliteSealedStore(db: Database.Database): SealedStore {
  const insert = db.prepare(
    'INSERT INTO sealed_scenarios (token, content_hash, scenario, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (content_hash) DO NOTHING',
  );
  const byHash = db.prepare('SELECT token FROM sealed_scenarios WHERE content_hash = ?');
  const byToken = db.prepare('SELECT scenario FROM sealed_scenarios WHERE token = ?');
  return {
    async seal(scenario, hash, newToken, now) {
      insert.run(newToken(), hash, JSON.stringify(scenario), now);
      return (byHash.get(hash) as { token: string }).token;
    },
    async open(token) {
      const row = byToken.get(token) as { scenario: string } | undefined;
      return row && classRows.scenarioFromSealedRow(row);
    },
  };
}

export function sqliteClassStore(db: Database.Database): ClassStore {
  const s = {
    insert: db.prepare(
      `INSERT INTO classes (${classRows.CLASS_COLUMNS}) VALUES (@code, @name, @lessons, @scenario, @start, @teacherHash, @createdAtMs) ON CONFLICT (code) DO NOTHING`,
    ),
    get: db.prepare(`SELECT ${classRows.CLASS_COLUMNS} FROM classes WHERE code = ?`),
    count: db.prepare('SELECT count(*) AS n FROM class_attempts WHERE class_code = ?'),
    addAttempt: db.prepare(`INSERT INTO class_attempts (class_code, ${classRows.ATTEMPT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)`),
    attempts: db.prepare(`SELECT ${classRows.ATTEMPT_COLUMNS} FROM class_attempts WHERE class_code = ? ORDER BY id LIMIT ?`),
    seat: db.prepare(`SELECT ${classRows.SEAT_COLUMNS} FROM class_seats WHERE class_code = ? AND student_key = ?`),
    seatCount: db.prepare('SELECT count(*) AS n FROM class_seats WHERE class_code = ?'),
    addSeat: db.prepare(`INSERT INTO class_seats (class_code, ${classRows.SEAT_COLUMNS}) VALUES (?, ?, ?, ?, ?)`),
    seats: db.prepare(`SELECT ${classRows.SEAT_COLUMNS} FROM class_seats WHERE class_code = ? ORDER BY joined_at, rowid LIMIT ?`),
    freeSeat: db.prepare('DELETE FROM class_seats WHERE class_code = ? AND student_key = ?'),
  };
  const seat = (code: string, key: string) => {
    const row = s.seat.get(code, key) as classRows.SeatRow | undefined;
    return row && classRows.seatFromRow(row);
  };
  const take = db.transaction((code: string, r: Parameters<ClassStore['takeSeat']>[1], max: number) => {
    if (!get(code)) return 'missing' as const;
    const taken = seat(code, r.studentKey);
    if (taken) return { taken };
    if ((s.seatCount.get(code) as { n: number }).n >= max) return 'full' as const;
    s.addSeat.run(code, r.studentKey, r.student, r.seatHash, r.joinedAtMs);
    return 'ok' as const;
  });
  const get = (code: string) => {
    const row = s.get.get(code) as classRows.ClassRow | undefined;
    return row && classRows.classFromRow(row);
  };
  const add = db.transaction((code: string, a: Parameters<ClassStore['addAttempt']>[1], max: number) => {
    if (!get(code)) return 'missing' as const;
    if ((s.count.get(code) as { n: number }).n >= max) return 'full' as const;
    s.addAttempt.run(code, a.student, a.lessonId, a.questionId, a.correct ? 1 : 0, a.atMs);
    return 'ok' as const;
  });
  return {
    async create(record) {
      const { changes } = s.insert.run({
        ...record,
        lessons: JSON.stringify(record.lessons),
        scenario: JSON.stringify(record.scenario),
        start: classRows.startColumn(record),
      });
      return changes === 0 ? 'taken' : record;
    },
    async get(code) {
      return get(code);
    },
    async addAttempt(code, attempt, max) {
      return add.immediate(code, attempt, max);
    },
    async attempts(code, limit) {
      return (s.attempts.all(code, limit) as classRows.AttemptRow[]).map(classRows.attemptFromRow);
    },
    async takeSeat(code, record, max) {
      return take.immediate(code, record, max);
    },
    async seat(code, key) {
      return seat(code, key);
    },
    async seats(code, limit) {
      return (s.seats.all(code, limit) as classRows.SeatRow[]).map(classRows.seatFromRow);
    },
    async freeSeat(code, key) {
      return s.freeSeat.run(code, key).changes > 0;
    },
  };
}
