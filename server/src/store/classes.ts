/**
 * Sealed scenarios and classes as the store keeps them (issue 15). Both backends implement these
 * and pass the same suite (test/class-store-suite.ts). Times are epoch milliseconds.
 */
import type { Scenario } from '@sandbox/shared';

export interface SealedStore {
  /** The token of this scenario: a new random one, or the one it already has (same canonical key). */
  seal(scenario: Scenario, contentHash: string, newToken: () => string, now: number): Promise<string>;
  /** The scenario behind a token, or undefined for an unknown one. */
  open(token: string): Promise<Scenario | undefined>;
}

export interface ClassRecord {
  code: string;
  name: string;
  lessons: string[];
  /** The class's scenario; each student gets it with their own seed, sealed. */
  scenario: Scenario;
  teacherHash: string;
  createdAtMs: number;
}

export interface AttemptRecord {
  student: string;
  lessonId: string;
  questionId: string;
  correct: boolean;
  atMs: number;
}

export interface ClassStore {
  /** 'taken' when the code is in use (the caller draws another). */
  create(record: ClassRecord): Promise<ClassRecord | 'taken'>;
  get(code: string): Promise<ClassRecord | undefined>;
  /** Appends an attempt unless the class holds `max` already ('full') or does not exist ('missing'). */
  addAttempt(code: string, attempt: AttemptRecord, max: number): Promise<'ok' | 'full' | 'missing'>;
  /** The class's attempts, oldest first, at most `limit`. */
  attempts(code: string, limit: number): Promise<AttemptRecord[]>;
}

/** A row of `classes` as both drivers return it (JSON as text in SQLite, parsed in PostgreSQL). */
export interface ClassRow {
  code: string;
  name: string;
  lessons: unknown;
  scenario: unknown;
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

export const CLASS_COLUMNS = 'code, name, lessons, scenario, teacher_hash, created_at';
export const ATTEMPT_COLUMNS = 'student, lesson_id, question_id, correct, at';

export function classFromRow(row: ClassRow): ClassRecord {
  return {
    code: row.code,
    name: row.name,
    lessons: json(row.lessons) as string[],
    scenario: json(row.scenario) as Scenario,
    teacherHash: row.teacher_hash,
    createdAtMs: Number(row.created_at),
  };
}

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
