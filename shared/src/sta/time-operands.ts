/**
 * The time properties of the sets (Observations, Datastreams, HistoricalLocations), and the rule
 * that such a property is compared with a time: `phenomenonTime ge 5` would match nothing and answer
 * an empty 200, where the user almost surely meant a time; it is refused with the time it expects.
 */
import { QueryOptionError } from './filter-lexer';
import type { Expr, Literal } from './filter-parser';

const TIME_PROPERTIES = new Set(['phenomenonTime', 'resultTime', 'validTime', 'time']);

/** A path that ends at a time property, wherever it leads (`Datastream/phenomenonTime`), but not inside `properties`. */
export const isTimePath = (path: readonly string[] | undefined) =>
  path !== undefined && !path.includes('properties') && TIME_PROPERTIES.has(path.at(-1) ?? '');

/** An ISO 8601 date or instant at the start of a string: `Date.parse` alone reads '5' as May 2001. */
const ISO_START = /^\d{4}-\d{2}-\d{2}/;

/** A time, a string that reads as one (an ISO date or instant; an interval's start counts), or null (`eq null` asks for a missing time). */
function readsAsTime(value: Literal): boolean {
  if (value === null || value instanceof Date) return true;
  const start = typeof value === 'string' ? (value.split('/')[0] as string) : '';
  return ISO_START.test(start) && !Number.isNaN(Date.parse(start));
}

const shown = (value: Literal) => (typeof value === 'string' ? `'${value}'` : String(value));

/** Throws a QueryOptionError for a time property compared with a literal that is not a time. */
export function refuseNonTimeOperands(expr: Expr, option: string): void {
  if (expr.kind === 'not') refuseNonTimeOperands(expr.expr, option);
  else if (expr.kind === 'logical') {
    refuseNonTimeOperands(expr.left, option);
    refuseNonTimeOperands(expr.right, option);
  } else if (expr.kind === 'compare') {
    refuseSide(expr.left, expr.right, option);
    refuseSide(expr.right, expr.left, option);
  }
}

function refuseSide(side: Expr, other: Expr, option: string): void {
  if (side.kind !== 'path' || !isTimePath(side.path) || other.kind !== 'literal' || readsAsTime(other.value)) return;
  const at = other.pos === undefined ? '' : ` (at position ${other.pos})`;
  throw new QueryOptionError(
    option,
    `${side.path.join('/')} is compared with a time such as 2026-07-15T00:00:00Z; got ${shown(other.value)}${at}`,
  );
}
