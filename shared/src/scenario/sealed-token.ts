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
