/**
 * Evaluates a parsed `$filter` against rows: the tree is compiled once into closures, so a page of
 * observations scanned over a day (≈10⁵ rows) costs one call per node and row, not a tree walk.
 * Values compare as OData does for the types the service has: numbers, strings, booleans, instants
 * (an instant compares with an ISO string property by time) and null (only `eq`/`ne` match it).
 */
import { QueryOptionError } from './filter-lexer';
import type { ArithOp, CompareOp, Expr, Literal } from './filter-parser';

export type Getter<Row> = (row: Row) => Literal;
/**
 * How a path reads on a row; throws a QueryOptionError naming the path when the set has no such
 * property. `comparedWith` is the property on the other side of a comparison, if any: a bare word
 * opposite `phenomenonTime` is most likely a mistyped time, and the error can say so.
 */
export type Resolver<Row> = (path: string[], pos: number, comparedWith?: readonly string[]) => Getter<Row>;

const asTime = (value: Literal): number | null => {
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'string') {
    const ms = Date.parse(value.split('/')[0] as string);
    return Number.isNaN(ms) ? null : ms;
  }
  return null;
};

/** The two sides as comparable primitives, or undefined when they are of different kinds. */
function comparable(a: Literal, b: Literal): [number | string | boolean, number | string | boolean] | undefined {
  if (a instanceof Date || b instanceof Date) {
    const ta = asTime(a);
    const tb = asTime(b);
    return ta === null || tb === null ? undefined : [ta, tb];
  }
  if (a === null || b === null || typeof a !== typeof b) return undefined;
  return [a, b];
}

function compare(op: CompareOp, a: Literal, b: Literal): boolean {
  if (a === null || b === null) return op === 'eq' ? a === b : op === 'ne' ? a !== b : false;
  const pair = comparable(a, b);
  if (!pair) return op === 'ne';
  const [x, y] = pair;
  switch (op) {
    case 'eq':
      return x === y;
    case 'ne':
      return x !== y;
    case 'gt':
      return x > y;
    case 'ge':
      return x >= y;
    case 'lt':
      return x < y;
    case 'le':
      return x <= y;
  }
}

const ARITH: Record<ArithOp, (a: number, b: number) => number> = {
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
  mul: (a, b) => a * b,
  div: (a, b) => a / b,
  mod: (a, b) => a % b,
};

const str = (v: Literal) => (typeof v === 'string' ? v : null);
const num = (v: Literal) => (typeof v === 'number' ? v : null);
const timePart = (part: (d: Date) => number) => (v: Literal) => {
  const ms = asTime(v);
  return ms === null ? null : part(new Date(ms));
};

/** The built-in functions of SensorThings 1.1 §9.3.3.5.2 that apply to this service's properties (no geometry functions). */
const FUNCTIONS: Record<string, { arity: number; fn: (...args: Literal[]) => Literal }> = {
  substringof: { arity: 2, fn: (a, b) => (str(a) !== null && str(b) !== null ? (b as string).includes(a as string) : null) },
  startswith: { arity: 2, fn: (a, b) => (str(a) !== null && str(b) !== null ? (a as string).startsWith(b as string) : null) },
  endswith: { arity: 2, fn: (a, b) => (str(a) !== null && str(b) !== null ? (a as string).endsWith(b as string) : null) },
  length: { arity: 1, fn: (a) => str(a)?.length ?? null },
  indexof: { arity: 2, fn: (a, b) => (str(a) !== null && str(b) !== null ? (a as string).indexOf(b as string) : null) },
  tolower: { arity: 1, fn: (a) => str(a)?.toLowerCase() ?? null },
  toupper: { arity: 1, fn: (a) => str(a)?.toUpperCase() ?? null },
  trim: { arity: 1, fn: (a) => str(a)?.trim() ?? null },
  concat: { arity: 2, fn: (a, b) => (str(a) !== null && str(b) !== null ? `${a}${b}` : null) },
  year: { arity: 1, fn: timePart((d) => d.getUTCFullYear()) },
  month: { arity: 1, fn: timePart((d) => d.getUTCMonth() + 1) },
  day: { arity: 1, fn: timePart((d) => d.getUTCDate()) },
  hour: { arity: 1, fn: timePart((d) => d.getUTCHours()) },
  minute: { arity: 1, fn: timePart((d) => d.getUTCMinutes()) },
  second: { arity: 1, fn: timePart((d) => d.getUTCSeconds()) },
  round: { arity: 1, fn: (a) => (num(a) === null ? null : Math.round(a as number)) },
  floor: { arity: 1, fn: (a) => (num(a) === null ? null : Math.floor(a as number)) },
  ceiling: { arity: 1, fn: (a) => (num(a) === null ? null : Math.ceil(a as number)) },
};

export const FILTER_FUNCTIONS = Object.keys(FUNCTIONS);

/** The expression as a function of a row; unknown properties and functions are refused here, before any row is read. */
export function compileFilter<Row>(expr: Expr, resolve: Resolver<Row>, option = '$filter'): Getter<Row> {
  switch (expr.kind) {
    case 'literal': {
      const value = expr.value;
      return () => value;
    }
    case 'path':
      return resolve(expr.path, expr.pos);
    case 'not': {
      const inner = compileFilter(expr.expr, resolve, option);
      return (row) => inner(row) !== true;
    }
    case 'logical': {
      const left = compileFilter(expr.left, resolve, option);
      const right = compileFilter(expr.right, resolve, option);
      return expr.op === 'and' ? (row) => left(row) === true && right(row) === true : (row) => left(row) === true || right(row) === true;
    }
    case 'compare': {
      const side = (e: Expr, other: Expr) =>
        e.kind === 'path' && other.kind === 'path' ? resolve(e.path, e.pos, other.path) : compileFilter(e, resolve, option);
      const left = side(expr.left, expr.right);
      const right = side(expr.right, expr.left);
      const op = expr.op;
      return (row) => compare(op, left(row), right(row));
    }
    case 'arith': {
      const left = compileFilter(expr.left, resolve, option);
      const right = compileFilter(expr.right, resolve, option);
      const fn = ARITH[expr.op];
      return (row) => {
        const a = left(row);
        const b = right(row);
        return typeof a === 'number' && typeof b === 'number' ? fn(a, b) : null;
      };
    }
    case 'call': {
      const known = FUNCTIONS[expr.name];
      if (!known) {
        throw new QueryOptionError(
          option,
          `the function "${expr.name}" at position ${expr.pos} is not supported (supported: ${FILTER_FUNCTIONS.join(', ')})`,
        );
      }
      if (expr.args.length !== known.arity) {
        throw new QueryOptionError(
          option,
          `"${expr.name}" at position ${expr.pos} takes ${known.arity} argument(s), got ${expr.args.length}`,
        );
      }
      const args = expr.args.map((arg) => compileFilter(arg, resolve, option));
      return (row) => known.fn(...args.map((arg) => arg(row)));
    }
  }
}

export interface TimeBounds {
  /** Earliest instant a matching row can have (inclusive), ms. */
  fromMs?: number;
  /** Latest instant a matching row can have (inclusive), ms. */
  toMs?: number;
}

/**
 * The bounds the top-level `and` chain puts on a time property (`phenomenonTime ge X and
 * phenomenonTime lt Y`): every matching row lies within them, so the service computes only that
 * window. An `or`, a `not` or a bound inside a function gives no bound (the whole default window).
 */
export function timeBounds(expr: Expr, property: string): TimeBounds {
  if (expr.kind === 'logical' && expr.op === 'and') {
    const a = timeBounds(expr.left, property);
    const b = timeBounds(expr.right, property);
    return {
      ...(a.fromMs !== undefined || b.fromMs !== undefined ? { fromMs: Math.max(a.fromMs ?? -Infinity, b.fromMs ?? -Infinity) } : {}),
      ...(a.toMs !== undefined || b.toMs !== undefined ? { toMs: Math.min(a.toMs ?? Infinity, b.toMs ?? Infinity) } : {}),
    };
  }
  if (expr.kind !== 'compare') return {};
  const isProperty = (e: Expr) => e.kind === 'path' && e.path.length === 1 && e.path[0] === property;
  const timeOf = (e: Expr) => (e.kind === 'literal' && e.value instanceof Date ? e.value.getTime() : undefined);
  let op = expr.op;
  let ms: number | undefined;
  if (isProperty(expr.left)) ms = timeOf(expr.right);
  else if (isProperty(expr.right)) {
    ms = timeOf(expr.left);
    op = ({ gt: 'lt', ge: 'le', lt: 'gt', le: 'ge', eq: 'eq', ne: 'ne' } as const)[op];
  }
  if (ms === undefined) return {};
  // Instants are whole milliseconds: "after t" starts at t + 1 ms, "before t" ends at t − 1 ms.
  if (op === 'eq') return { fromMs: ms, toMs: ms };
  if (op === 'gt') return { fromMs: ms + 1 };
  if (op === 'ge') return { fromMs: ms };
  if (op === 'lt') return { toMs: ms - 1 };
  if (op === 'le') return { toMs: ms };
  return {};
}
