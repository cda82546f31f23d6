/**
 * What is wrong with a time or date the API refused, in words: zod's format checks only say "not an
 * ISO date-time", which misled people whose only mistake was a day the month does not have
 * (2026-02-30, sent with its zone) or who sent no date at all (`at=now`).
 */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function daysIn(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one (UTC: no zone or DST in the sum).
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `"2026-02-30" is not a date: February 2026 has 28 days` for a `YYYY-MM-DD` start naming no calendar day, else undefined. */
export function impossibleDate(text: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (!match) return undefined;
  const [date, y, m, d] = match as unknown as [string, string, string, string];
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  if (month < 1 || month > 12) return `"${date}" is not a date: there is no month ${m}`;
  const days = daysIn(year, month);
  if (day < 1 || day > days) return `"${date}" is not a date: ${MONTHS[month - 1]} ${y} has ${days} days`;
  return undefined;
}

export const INSTANT_EXAMPLES = 'e.g. 2026-07-15T18:00:00Z or 2026-07-15T14:00:00-04:00';

/** The one message for a value that failed the instant format: an impossible day, a missing zone, or no instant at all. */
export function instantProblem(input: unknown): string {
  const text = typeof input === 'string' ? input : '';
  const shaped = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/i.test(text);
  if (shaped) return impossibleDate(text) ?? `must be an ISO 8601 instant with its time zone, ${INSTANT_EXAMPLES}`;
  return `is not an ISO 8601 instant: write one with its time zone, ${INSTANT_EXAMPLES}`;
}

/** The one message for a value that failed the `YYYY-MM-DD` format. */
export function dateProblem(input: unknown): string {
  const text = typeof input === 'string' ? input : '';
  return impossibleDate(text) ?? 'must be a calendar date YYYY-MM-DD, e.g. 2026-07-15';
}
