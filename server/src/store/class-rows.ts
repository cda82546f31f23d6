/** The rows of the class tables as both drivers return them (JSON as text in SQLite, parsed in PostgreSQL), and back to records. */
import type { ClassStart, Scenario } from '@sandbox/shared';
import type { AttemptRecord, ClassRecord, SeatRecord } from './classes';

/** A row of `classes`. */
export interface ClassRow {
  code: string;
  name: string;
  lessons: unknown;
  scenario: unknown;
  start_view: unknown;
  teacher_hash: string;
  created_at: number | string;
}

export interface AttemptRow {
  student: string;
  lesson_id: string;
  question_id: string;
  correct: number | boolean;
  at: number | string;
}

const json = (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value);

/** A row of `class_seats`. */
export interface SeatRow {
  student_key: string;
  student: string;
  seat_hash: string;
  joined_at: number | string;
}

export const SEAT_COLUMNS = 'student_key, student, seat_hash, joined_at';

export const seatFromRow = (row: SeatRow): SeatRecord => ({
  studentKey: row.student_key,
  student: row.student,
  seatHash: row.seat_hash,
  joinedAtMs: Number(row.joined_at),
});

export const CLASS_COLUMNS = 'code, name, lessons, scenario, start_view, teacher_hash, created_at';
export const ATTEMPT_COLUMNS = 'student, lesson_id, question_id, correct, at';

export function classFromRow(row: ClassRow): ClassRecord {
  const start = row.start_view === null || row.start_view === undefined ? undefined : (json(row.start_view) as ClassStart);
  return {
    code: row.code,
    name: row.name,
    lessons: json(row.lessons) as string[],
    scenario: json(row.scenario) as Scenario,
    ...(start ? { start } : {}),
    teacherHash: row.teacher_hash,
    createdAtMs: Number(row.created_at),
  };
}

/** A class's start as its column keeps it: JSON text, or NULL when it has none. */
export const startColumn = (record: ClassRecord) => (record.start ? JSON.stringify(record.start) : null);

export function attemptFromRow(row: AttemptRow): AttemptRecord {
  return {
    student: row.student,
    lessonId: row.lesson_id,
    questionId: row.question_id,
    correct: row.correct === true || row.correct === 1,
    atMs: Number(row.at),
  };
}

export const scenarioFromSealedRow = (row: { scenario: unknown }) => json(row.scenario) as Scenario;
