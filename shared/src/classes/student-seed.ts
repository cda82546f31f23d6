/**
 * A student's own seed: the same class code and name (any case, spaces around it trimmed) always
 * give the same seed, and neighbours get different ones, so their answers differ. The lessons
 * module (issue 15) may bring its own `studentSeed`; the class route takes whichever it is given.
 */
import { hashString } from '../common/rng';

export function classStudentSeed(classCode: string, student: string): number {
  return hashString(`${classCode.toUpperCase()}\u0000${student.trim().toLowerCase()}`) >>> 0;
}
