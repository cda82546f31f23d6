/**
 * The seats this browser holds: a join answers a secret seat token for the name (decision 215,
 * addendum "Seats"), and the lessons' check sends it so the answers reach the teacher. Kept in
 * localStorage by class and name as the seed compares them (case and spacing ignored), read back
 * through zod, at most MAX_SEATS (a shared classroom laptop sees many students).
 */
import { SeatTokenSchema } from '@sandbox/shared/classes/schemas';
import { normalizeName } from '@sandbox/shared/lessons/seeds';
import { z } from 'zod';
import { readLocalJson, writeLocalJson } from './local-json';

const SEATS_KEY = 'sandbox.classes.seats';
const MAX_SEATS = 100;

const KeptSeatsSchema = z.array(z.object({ code: z.string(), student: z.string(), seat: SeatTokenSchema }));
type KeptSeat = z.infer<typeof KeptSeatsSchema>[number];

const keptSeats = (): KeptSeat[] => KeptSeatsSchema.catch([]).parse(readLocalJson(SEATS_KEY));
const sameSeat = (code: string, student: string) => (kept: KeptSeat) =>
  kept.code === normalizeName(code) && kept.student === normalizeName(student);

/** The seat token this browser holds for `student` in class `code`, if it joined with that name. */
export const seatOf = (code: string, student: string): string | undefined => keptSeats().find(sameSeat(code, student))?.seat;

export function rememberSeat(code: string, student: string, seat: string): void {
  const entry = { code: normalizeName(code), student: normalizeName(student), seat };
  const others = keptSeats().filter((kept) => !sameSeat(code, student)(kept));
  writeLocalJson(SEATS_KEY, [entry, ...others].slice(0, MAX_SEATS));
}
