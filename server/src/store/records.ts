/**
 * What both backends compute the same way, outside SQL: ids, share slugs (from the content they
 * show, so sharing the same view twice gives the same link and a link can never show anything else),
 * the search text, and the row a record is written as.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { SavedScenarioFields } from '@sandbox/shared';
import type { ShareContent } from './store';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

function base62(bytes: Uint8Array, length: number): string {
  let out = '';
  // Each byte gives one character; 256 % 62 leaves a slight bias, irrelevant for ids of 71 bits.
  for (const byte of bytes) {
    out += BASE62[byte % 62];
    if (out.length === length) break;
  }
  return out;
}

/** A new record id: 12 random letters and digits (~71 bits). */
export function newId(): string {
  return base62(randomBytes(12), 12);
}

/** JSON with object keys sorted, so equal content gives equal text whatever order it was built in. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The sha256 of a share's content (hex), which names it. */
export function shareHash(content: ShareContent): string {
  return createHash('sha256')
    .update(canonicalJson({ scenario: content.scenario, view: content.view }))
    .digest('hex');
}

export const SLUG_LENGTHS = [8, 10, 12, 14, 16] as const;

/** The slug of a share at one length: the first characters of its hash in base 62. */
export function slugOf(hash: string, length: number): string {
  return base62(Buffer.from(hash, 'hex'), length);
}

/** Lower-cased name and notes, searched with a plain substring match in both backends. */
export function searchText(name: string, notes: string): string {
  return `${name}\n${notes}`.toLowerCase();
}

/** Escapes nothing: the search is a substring test (instr / strpos), not LIKE, so `%` and `_` are plain characters. */
export function searchNeedle(q: string | undefined): string | null {
  const needle = q?.trim().toLowerCase();
  return needle ? needle : null;
}

/** The columns a record's fields are written to, the same in both backends. */
export function fieldColumns(fields: SavedScenarioFields) {
  return {
    name: fields.name,
    notes: fields.notes,
    scenario: JSON.stringify(fields.scenario),
    view: JSON.stringify(fields.view),
    city: fields.scenario.city,
    page: fields.view.page,
    search: searchText(fields.name, fields.notes),
  };
}
