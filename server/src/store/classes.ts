/**
 * Sealed scenarios and classes as the store keeps them (issue 15). Both backends implement these
 * and pass the same suite (test/class-store-suite.ts). Times are epoch milliseconds.
 */
import type { ClassStart, Scenario } from '@sandbox/shared';

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
  /** Where students start (page, paused moment); absent for a class opened without one (the Overview, live). */
  start?: ClassStart;
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

/** A name taken in a class: `studentKey` is the name as the seed compares it (normalizeName). */
export interface SeatRecord {
  studentKey: string;
  student: string;
  seatHash: string;
  joinedAtMs: number;
}

export interface ClassStore {
  /** 'taken' when the code is in use (the caller draws another). */
  create(record: ClassRecord): Promise<ClassRecord | 'taken'>;
  get(code: string): Promise<ClassRecord | undefined>;
  /** Appends an attempt unless the class holds `max` already ('full') or does not exist ('missing'). */
  addAttempt(code: string, attempt: AttemptRecord, max: number): Promise<'ok' | 'full' | 'missing'>;
  /** The class's attempts, oldest first, at most `limit`. */
  attempts(code: string, limit: number): Promise<AttemptRecord[]>;
  /**
   * Takes a name: 'ok' when the seat is new, else the seat that holds it ('taken' with it), 'full'
   * when the class seats `max` already, 'missing' when there is no class.
   */
  takeSeat(code: string, seat: SeatRecord, max: number): Promise<'ok' | 'full' | 'missing' | { taken: SeatRecord }>;
  seat(code: string, studentKey: string): Promise<SeatRecord | undefined>;
  /** The class's seats, first joined first, at most `limit`. */
  seats(code: string, limit: number): Promise<SeatRecord[]>;
  /** Frees a name; false when it was not taken. */
  freeSeat(code: string, studentKey: string): Promise<boolean>;
}
