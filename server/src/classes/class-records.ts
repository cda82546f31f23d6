/**
 * What the class routes and the lessons' answer check share: recording an attempt (validated, and
 * refused when the class is missing or full), the teacher's key check, and the progress as the API
 * answers it (JSON, or CSV with one row per attempt).
 */
import {
  ApiProblem,
  type Attempt,
  AttemptBodySchema,
  type AttemptInput,
  ClassCodeSchema,
  type ClassProgress,
  MAX_CLASS_ATTEMPTS,
  MAX_CLASS_SEATS,
  PROGRESS_CSV_COLUMNS,
} from '@sandbox/shared';
import { csvLine } from '../export/csv';
import { bearerToken, matchesHash } from '../rooms/tokens';
import type { AttemptRecord, ClassRecord, ClassStore } from '../store/classes';

const isoOf = (ms: number) => new Date(ms).toISOString();

const attemptOf = (record: AttemptRecord): Attempt => ({
  student: record.student,
  lessonId: record.lessonId,
  questionId: record.questionId,
  correct: record.correct,
  at: isoOf(record.atMs),
});

/** The class, or a 404 naming `code`. */
export async function classOr404(classes: ClassStore, code: string): Promise<ClassRecord> {
  const found = await classes.get(code);
  if (!found) throw new ApiProblem(404, `No class with code ${code}; check the code.`, 'code');
  return found;
}

/**
 * Records one attempt of a student in class `code`, stamped `nowMs`: the lessons' answer check calls
 * this on the server. The input is validated (a 400 naming the field), the name trimmed; a missing
 * class is a 404 and a full one (MAX_CLASS_ATTEMPTS) a 409.
 */
export async function recordAttempt(classes: ClassStore, code: string, input: AttemptInput, nowMs = Date.now()): Promise<Attempt> {
  const classCode = ClassCodeSchema.safeParse(code);
  if (!classCode.success) throw new ApiProblem(400, `Invalid class code: ${classCode.error.issues[0]?.message}`, 'code');
  const parsed = AttemptBodySchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') || 'body';
    throw new ApiProblem(400, `Invalid attempt "${field}": ${issue?.message}`, field);
  }
  const record: AttemptRecord = { ...parsed.data, atMs: nowMs };
  const outcome = await classes.addAttempt(classCode.data, record, MAX_CLASS_ATTEMPTS);
  if (outcome === 'missing') throw new ApiProblem(404, `No class with code ${classCode.data}; check the code.`, 'code');
  if (outcome === 'full')
    throw new ApiProblem(409, `Class ${classCode.data} holds ${MAX_CLASS_ATTEMPTS} attempts, its most; open a new class.`);
  return attemptOf(record);
}

/** The class when the request's `Authorization: Bearer <key>` is its teacher key: 401 without one, 403 for another. */
export async function teacherClass(classes: ClassStore, code: string, authorization: string | undefined): Promise<ClassRecord> {
  const key = bearerToken(authorization);
  const found = await classOr404(classes, code);
  if (!matchesHash(key, found.teacherHash)) throw new ApiProblem(403, `This is not the teacher key of class ${code}.`, 'Authorization');
  return found;
}

export async function classProgress(classes: ClassStore, found: ClassRecord): Promise<ClassProgress> {
  const [seats, attempts] = await Promise.all([
    classes.seats(found.code, MAX_CLASS_SEATS),
    classes.attempts(found.code, MAX_CLASS_ATTEMPTS),
  ]);
  return {
    code: found.code,
    name: found.name,
    lessons: found.lessons,
    students: seats.map((seat) => ({ student: seat.student, joinedAt: isoOf(seat.joinedAtMs) })),
    attempts: attempts.map(attemptOf),
  };
}

/** The progress as CSV (RFC 4180, CRLF, formula-safe text cells): a header row, then one row per attempt. */
export function progressCsv(progress: ClassProgress): string {
  const rows = progress.attempts.map((a) => PROGRESS_CSV_COLUMNS.map((column) => a[column]));
  return [PROGRESS_CSV_COLUMNS, ...rows].map((row) => csvLine(row)).join('');
}
