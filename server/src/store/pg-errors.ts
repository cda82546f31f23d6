/**
 * PostgreSQL failures as the store reports them: "the database is not reachable now" (refused,
 * reset, timed out, the server shutting down) becomes StoreUnavailableError, answered 503 with
 * `Retry-After` so a client may retry; anything else is a bug in a query and stays what it was.
 */
import type pg from 'pg';
import { READY_TIMEOUT_MS, StoreUnavailableError } from './store';

export const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Errors that mean "the database is not reachable now" rather than "this query is wrong". */
export function isUnavailable(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  if (typeof code === 'string' && (/^(08|53|57P)/.test(code) || ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE'].includes(code)))
    return true;
  return /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(reason(error));
}

/** A query on the pool whose "database not reachable" failures become StoreUnavailableError (a 503 to retry). */
export function storeQuery(pool: pg.Pool) {
  return async <R extends pg.QueryResultRow>(text: string, values: unknown[]): Promise<R[]> => {
    try {
      return (await pool.query<R>(text, values)).rows;
    } catch (error) {
      throw asStoreError(error);
    }
  };
}

/** The error to throw for a failed store request: StoreUnavailableError when the database is not reachable now. */
export function asStoreError(error: unknown): unknown {
  if (isUnavailable(error)) return new StoreUnavailableError(`The database is not reachable right now (${reason(error)}); retry shortly.`);
  return error;
}

/**
 * Readiness: `SELECT 1` within READY_TIMEOUT_MS, or StoreUnavailableError. Any failure counts here
 * (a dropped database or refused login too): an instance that cannot query is not ready, whatever
 * the reason. The pool's own connection timeout (5 s) is longer than a probe waits.
 */
export async function pingPostgres(pool: pg.Pool): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const answered = pool.query('SELECT 1');
  answered.catch(() => undefined); // a late failure after the timeout has already been reported
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${READY_TIMEOUT_MS / 1000} s`)), READY_TIMEOUT_MS);
  });
  try {
    await Promise.race([answered, late]);
  } catch (error) {
    throw new StoreUnavailableError(`The database is not reachable right now (${reason(error)}); retry shortly.`);
  } finally {
    clearTimeout(timer);
  }
}
