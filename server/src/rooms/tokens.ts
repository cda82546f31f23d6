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

const digest = (token: string) => createHash('sha256').update(token).digest();

export const hashToken = (token: string) => digest(token).toString('hex');

/** Two sha256 digests equal, in constant time (a stored hash of another length is simply unequal). */
const sameDigest = (a: Buffer, b: Buffer) => a.length === b.length && timingSafeEqual(a, b);

/** Equal tokens, in time independent of where they differ (both sides hashed first, so lengths match). */
export const sameToken = (a: string, b: string): boolean => sameDigest(digest(a), digest(b));

/** The facilitator's token against its stored hash, in constant time. */
export const matchesHash = (token: string, hash: string): boolean => sameDigest(digest(token), Buffer.from(hash, 'hex'));

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
