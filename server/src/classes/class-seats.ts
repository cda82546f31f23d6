/**
 * A class's seats (decision 215, addendum "Seats"): the first browser to join with a name takes it
 * and gets a secret seat token; the lessons' check records that name's answers only with the token,
 * so a classmate who knows the code and a name cannot answer in that name. Names compare as the
 * student's seed does (normalizeName). The token is kept only as its sha256.
 */
import { ApiProblem, MAX_CLASS_SEATS, normalizeName } from '@sandbox/shared';
import { hashToken, matchesHash, newToken } from '../rooms/tokens';
import type { ClassStore, SeatRecord } from '../store/classes';

const nameTaken = (code: string, student: string) =>
  new ApiProblem(
    409,
    `Someone has already joined class ${code} as "${student}". Type another name (a last initial will do); if it was you in another browser, ask your teacher to free the name.`,
    'student',
  );

/**
 * The seat token of `student` in class `code`: `seat` again when it is that name's token, a new one
 * when the name is free. 409 when another browser holds the name or the class is full; 404 without
 * a class.
 */
export async function joinSeat(classes: ClassStore, code: string, student: string, seat?: string, nowMs = Date.now()): Promise<string> {
  const studentKey = normalizeName(student);
  const held = await classes.seat(code, studentKey);
  if (held) {
    if (seat !== undefined && matchesHash(seat, held.seatHash)) return seat;
    throw nameTaken(code, held.student);
  }
  const token = newToken();
  const outcome = await classes.takeSeat(code, { studentKey, student, seatHash: hashToken(token), joinedAtMs: nowMs }, MAX_CLASS_SEATS);
  if (outcome === 'ok') return token;
  if (outcome === 'missing') throw new ApiProblem(404, `No class with code ${code}; check the code.`, 'code');
  if (outcome === 'full') throw new ApiProblem(409, `Class ${code} seats ${MAX_CLASS_SEATS} names, its most; ask your teacher.`);
  // Another browser took the name between the read and the write.
  if (seat !== undefined && matchesHash(seat, outcome.taken.seatHash)) return seat;
  throw nameTaken(code, outcome.taken.student);
}

/** `student`'s seat in class `code` when `seat` is its token (undefined without one). */
export async function seatHeld(
  classes: ClassStore,
  code: string,
  student: string,
  seat: string | undefined,
): Promise<SeatRecord | undefined> {
  if (seat === undefined) return undefined;
  const held = await classes.seat(code, normalizeName(student));
  return held && matchesHash(seat, held.seatHash) ? held : undefined;
}
