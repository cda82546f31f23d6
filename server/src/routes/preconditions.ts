/**
 * ETags and `If-Match` for stored records (RFC 9110, 8.8.3 and 13.1.1): the ETag of a record is its
 * version in quotes (`"3"`); a write must name the version it was based on, so an editor working on
 * an old copy gets a 412 instead of silently overwriting someone else's save.
 */

/** The strong ETag of a record version. */
export const etagOf = (version: number) => `"${version}"`;

export type IfMatch =
  | { kind: 'missing' }
  /** `If-Match: *`: any current version. */
  | { kind: 'any' }
  | { kind: 'version'; version: number }
  | { kind: 'invalid'; message: string };

/** Reads `If-Match`: one strong ETag of ours, or `*`. */
export function readIfMatch(header: string | string[] | undefined): IfMatch {
  if (header === undefined) return { kind: 'missing' };
  const text = (Array.isArray(header) ? header.join(',') : header).trim();
  if (text === '*') return { kind: 'any' };
  const tags = text
    .split(',')
    .map((tag) => tag.trim())
    .filter(Boolean);
  if (tags.length !== 1) return { kind: 'invalid', message: 'If-Match must hold one ETag (the one GET answered), or *' };
  const match = /^"(\d{1,9})"$/.exec(tags[0] ?? '');
  if (!match)
    return {
      kind: 'invalid',
      message: `If-Match must be an ETag this API gave, e.g. "3" (weak ETags do not match): got ${tags[0]?.slice(0, 40)}`,
    };
  return { kind: 'version', version: Number(match[1]) };
}

/** True when `If-None-Match` names this version (or is `*`): the client's copy is current. */
export function noneMatches(header: string | undefined, version: number): boolean {
  return noneMatchesTag(header, etagOf(version));
}

/** True when `If-None-Match` names `etag` (weak comparison, as RFC 9110 13.1.2 asks) or is `*`. */
export function noneMatchesTag(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  return header
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === etag);
}

export type IfMatchGuard =
  | { ok: true; version?: number }
  | { ok: false; status: 400 | 428; message: string; issues: { path: string; message: string }[] };

/**
 * The version a guarded write is based on (none for `If-Match: *`), or why it is refused: 428
 * without `If-Match`, 400 for one that is not an ETag of ours. Both name the header.
 */
export function ifMatchGuard(header: string | string[] | undefined): IfMatchGuard {
  const ifMatch = readIfMatch(header);
  if (ifMatch.kind === 'missing') {
    const message = 'If-Match is required: send the ETag of the version you edited (GET answers it), or * to skip the check.';
    return { ok: false, status: 428, message, issues: [{ path: 'If-Match', message: 'required' }] };
  }
  if (ifMatch.kind === 'invalid')
    return { ok: false, status: 400, message: ifMatch.message, issues: [{ path: 'If-Match', message: ifMatch.message }] };
  return ifMatch.kind === 'any' ? { ok: true } : { ok: true, version: ifMatch.version };
}
