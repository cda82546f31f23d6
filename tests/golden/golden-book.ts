/**
 * The golden book: for each named case, the sha256 of the answer's canonical JSON and a few readable
 * head values (so a diff says what moved, not only that something did). `golden.json` is checked in;
 * a run compares against it, or rewrites it with `UPDATE_GOLDEN=1`.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

export interface GoldenEntry {
  sha256: string;
  head: unknown;
}

export const GOLDEN_FILE = new URL('./golden.json', import.meta.url);
export const UPDATING = process.env.UPDATE_GOLDEN === '1';

/** Plain data from anything an answer holds: typed arrays as arrays, `-0` as 0, keys sorted. */
function plain(value: unknown): unknown {
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) return Array.from(value as unknown as ArrayLike<number>, (v) => plain(v));
  if (Array.isArray(value)) return value.map(plain);
  if (value instanceof Map) return plain(Object.fromEntries(value));
  if (typeof value === 'number') return Object.is(value, -0) ? 0 : Number.isNaN(value) ? 'NaN' : value;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => [k, plain(v)]));
  }
  return value;
}

/** JSON with sorted keys, so the same answer always gives the same bytes. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(plain(value));
}

export function entryOf(value: unknown, head: unknown): GoldenEntry {
  return { sha256: createHash('sha256').update(canonicalJson(value)).digest('hex'), head: plain(head) };
}

/**
 * A readable glimpse of an answer: for arrays their length and first items, for objects each field
 * (recursively, shallow), long strings cut. Enough for a reviewer to see which numbers moved.
 */
export function glimpse(value: unknown, depth = 0): unknown {
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) return glimpse(Array.from(value as unknown as ArrayLike<number>), depth);
  if (Array.isArray(value))
    return depth > 5 ? `[${value.length}]` : { length: value.length, first: value.slice(0, 2).map((v) => glimpse(v, depth + 1)) };
  if (typeof value === 'string') return value.length > 120 ? `${value.slice(0, 117)}...` : value;
  if (value && typeof value === 'object') {
    if (depth > 5) return '{…}';
    const entries = Object.entries(value as Record<string, unknown>).slice(0, 12);
    return Object.fromEntries(entries.map(([k, v]) => [k, glimpse(v, depth + 1)]));
  }
  return value;
}

export function readBook(): Record<string, GoldenEntry> {
  try {
    return JSON.parse(readFileSync(GOLDEN_FILE, 'utf8')) as Record<string, GoldenEntry>;
  } catch (error) {
    if (UPDATING) return {};
    throw new Error(`tests/golden/golden.json is missing or unreadable; write it with UPDATE_GOLDEN=1 (${String(error)})`);
  }
}

export function writeBook(book: Record<string, GoldenEntry>): void {
  const sorted = Object.fromEntries(
    Object.keys(book)
      .sort()
      .map((name) => [name, book[name]]),
  );
  writeFileSync(GOLDEN_FILE, `${JSON.stringify(sorted, null, 2)}\n`);
}
