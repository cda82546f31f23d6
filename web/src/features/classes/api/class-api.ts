/** The class routes (shared/src/classes/contract.ts) through the typed write client. */
import { classRoutes as routes } from '@sandbox/shared/classes/contract';
import type { ClassCreate } from '@sandbox/shared/classes/schemas';
import { apiText, apiWrite } from '../../../api/write-client';
import { rememberSeat, seatOf } from '../../../state/class-seats';

export const createClass = async (body: ClassCreate) => (await apiWrite(routes.createClass, { body })).data;

export const getClass = async (code: string, signal?: AbortSignal) =>
  (await apiWrite(routes.getClass, { params: { code }, ...(signal ? { signal } : {}) })).data;

/** Joins with `student`, sending the seat this browser holds for the name (if any) and keeping the one answered. */
export async function joinClass(code: string, student: string) {
  const seat = seatOf(code, student);
  const joined = (await apiWrite(routes.joinClass, { params: { code }, body: { student, ...(seat ? { seat } : {}) } })).data;
  rememberSeat(code, joined.student, joined.seat);
  return joined;
}

/** Frees a name taken in the class (teacher), so its student can join again from another browser. */
export const freeSeat = async (code: string, student: string, key: string) =>
  (await apiWrite(routes.freeSeat, { params: { code, student }, token: key })).data;

export const classProgress = async (code: string, key: string, signal?: AbortSignal) =>
  (await apiWrite(routes.classProgress, { params: { code }, token: key, ...(signal ? { signal } : {}) })).data;

/** The progress file's text (CSV), for the teacher to save. */
export const progressCsv = (code: string, key: string) => apiText(`/api/classes/${code}/progress.csv`, key);
