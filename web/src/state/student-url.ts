/**
 * Student mode in the URL (issue 15): `sealed=<token>` (the student's scenario, kept by the server),
 * with `class=<code>` and `student=<name>` to say whose view it is. A view with a valid token is a
 * student's: the shell hides the levers, faults and stories, and every request sends the token alone.
 */
import type { ClassStart } from '@sandbox/shared/classes/schemas';
import { SealedTokenSchema } from '@sandbox/shared/scenario/sealed-token';
import { useSearchParams } from 'react-router';
import { clockInstant } from './clock/clock-url';

export const CLASS_PARAM = 'class';
export const STUDENT_PARAM = 'student';

export interface StudentView {
  sealed: string;
  classCode: string | undefined;
  student: string | undefined;
}

/** The student view a URL opens, or undefined when it is not one. */
export function studentViewOf(search: URLSearchParams): StudentView | undefined {
  const sealed = SealedTokenSchema.safeParse(search.get('sealed'));
  if (!sealed.success) return undefined;
  return { sealed: sealed.data, classCode: search.get(CLASS_PARAM) ?? undefined, student: search.get(STUDENT_PARAM) ?? undefined };
}

export function useStudentView(): StudentView | undefined {
  const [params] = useSearchParams();
  return studentViewOf(params);
}

/**
 * The page a student opens after typing their name: the class's start page (the Overview for a
 * class without one) with their token, the class and their name, the city when not the default,
 * and the start's moment as `t` alone, so the clock opens paused there (as a story's moment does).
 */
export function studentAddress(
  seat: { sealed: string; city: string; student: string },
  classCode: string,
  lang: string,
  start?: ClassStart,
): string {
  const search = new URLSearchParams({ lang });
  if (start?.t) search.set('t', clockInstant(Date.parse(start.t)));
  search.set('sealed', seat.sealed);
  search.set(CLASS_PARAM, classCode);
  search.set(STUDENT_PARAM, seat.student);
  if (seat.city !== 'columbus') search.set('city', seat.city);
  return `${start?.page ?? '/'}?${search}`;
}
