/**
 * The Datastreams a `$filter` on Observations pins by id (`Datastream/@iot.id eq 'air:x:pm25UgM3'`),
 * so `/Observations?$filter=Datastream/@iot.id eq '…' and …` reads, and is budgeted for, only those
 * Datastreams, exactly as `Datastreams('…')/Observations` is: without this the window cap was
 * computed for every Datastream of the city and a one-Datastream day was refused.
 *
 * Narrowing is only ever to a superset of what the filter keeps (the filter still runs on every
 * row), so it may give up (undefined: no pin) but must never drop a Datastream a row could match.
 */
import type { Expr } from './filter-parser';
import { ID_NAMES } from './model';

/** `Datastream/@iot.id` or `Datastream/id`. */
const isDatastreamId = (e: Expr) => e.kind === 'path' && e.path.length === 2 && e.path[0] === 'Datastream' && ID_NAMES.has(e.path[1] ?? '');

/**
 * The ids every matching row's Datastream is among, or undefined when the filter does not say.
 * `eq` with a string pins one id (either side); `and` keeps the ids both sides allow; `or` the ids
 * either side allows, but only when both sides pin (an `or` with another condition can match any
 * Datastream). `not`, `ne` and everything else pin nothing.
 */
export function pinnedDatastreams(expr: Expr): ReadonlySet<string> | undefined {
  if (expr.kind === 'logical') {
    const left = pinnedDatastreams(expr.left);
    const right = pinnedDatastreams(expr.right);
    if (expr.op === 'or') return left && right ? new Set([...left, ...right]) : undefined;
    if (!left || !right) return left ?? right;
    return new Set([...left].filter((id) => right.has(id)));
  }
  if (expr.kind !== 'compare' || expr.op !== 'eq') return undefined;
  const [path, other] = isDatastreamId(expr.left) ? [expr.left, expr.right] : [expr.right, expr.left];
  // The evaluator's `eq` is exact string equality here, so only a string literal pins.
  if (!isDatastreamId(path) || other.kind !== 'literal' || typeof other.value !== 'string') return undefined;
  return new Set([other.value]);
}

/** `sources` without those the filter rules out, in their order (the order rows are read and paged in). */
export function narrowSources<S extends { id: string }>(filter: Expr | undefined, sources: readonly S[]): readonly S[] {
  const pinned = filter && pinnedDatastreams(filter);
  return pinned ? sources.filter((source) => pinned.has(source.id)) : sources;
}
