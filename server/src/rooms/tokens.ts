/**
 * Secrets and codes of a room. Tokens are 256 random bits (base64url, 43 characters): unguessable,
 * sent only in `Authorization: Bearer …` (never in a URL, so never in an access log or a browser
 * history), compared in constant time. The facilitator's is stored only as its sha256; a team's is
 * stored as issued, because joining hands it to each new member. Join codes are short and typed by
 * people: six characters without look-alikes (~887 million codes), guessed against a per-room and
 * per-address rate limit.
 */
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { ApiProblem, JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from '@sandbox/shared';

export const newToken = () => randomBytes(32).toString('base64url');

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Equal tokens, in time independent of where they differ (both sides hashed first, so lengths match). */
export function sameToken(a: string, b: string): boolean {
  return timingSafeEqual(createHash('sha256').update(a).digest(), createHash('sha256').update(b).digest());
}

/** The facilitator's token against its stored hash, in constant time. */
export function matchesHash(token: string, hash: string): boolean {
  const given = createHash('sha256').update(token).digest();
  const stored = Buffer.from(hash, 'hex');
  return stored.length === given.length && timingSafeEqual(given, stored);
}

export function newJoinCode(): string {
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}

const BEARER = /^Bearer ([A-Za-z0-9_-]{16,200})$/;

/** The token of `Authorization: Bearer <token>`; a 401 naming the header when it is missing or malformed. */
export function bearerToken(header: string | undefined): string {
  if (header === undefined || header === '')
    throw new ApiProblem(
      401,
      'Authorization is required: send `Authorization: Bearer <token>` with the token you were given.',
      'Authorization',
    );
  const match = BEARER.exec(header);
  if (!match) throw new ApiProblem(401, 'Authorization must be `Bearer <token>` with the token you were given.', 'Authorization');
  return match[1] as string;
}
