/**
 * The token of a sealed scenario (issue 15, student mode): the server keeps the scenario and a link
 * carries only this, so a student's address bar and requests show no levers and no faults.
 */
import { z } from 'zod';

/** 128 random bits in base64url: unguessable, and short enough for a link. */
export const SEALED_TOKEN_LENGTH = 22;
export const SealedTokenSchema = z
  .string()
  .regex(
    new RegExp(`^[A-Za-z0-9_-]{${SEALED_TOKEN_LENGTH}}$`),
    `must be a sealed-scenario token: ${SEALED_TOKEN_LENGTH} characters A–Z a–z 0–9 _ -`,
  )
  .describe(
    'A sealed scenario (student links): the server resolves it to the whole scenario (city, seed, levers, faults). No other scenario parameter may come with it; answers never echo its levers or faults.',
  );

interface ZodLike {
  _zod?: { def?: { type?: string; shape?: Record<string, unknown>; in?: unknown; out?: unknown; innerType?: unknown; schema?: unknown } };
}

/**
 * Whether a route's query schema takes `sealed`: the routes that simulate (the server resolves it on
 * each). Both ends of a pipe are looked at: a `z.preprocess` (SensorThings refusing repeated names
 * first) has its object at the out end.
 */
export function takesSealed(schema: unknown, depth = 0): boolean {
  const def = (schema as ZodLike | undefined)?._zod?.def;
  if (!def || depth > 6) return false;
  if (def.type === 'object') return def.shape !== undefined && 'sealed' in def.shape;
  return [def.in, def.out, def.innerType, def.schema].some((inner) => inner !== undefined && takesSealed(inner, depth + 1));
}
