/**
 * A student's seed: a stable hash of (class code, name), so every student of a class gets their own
 * scenario (neighbours' answers differ) and the same student gets the same one on every device.
 * Names are compared as a teacher would read them: case, accents' composition and spacing ignored.
 */
import { combine, hashString } from '../common/rng';

/** A name or class code as compared: Unicode NFC, trimmed, inner spaces collapsed, lower case. */
export function normalizeName(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The seed of `name` in class `classCode` (0 … 2³² − 1). */
export function studentSeed(classCode: string, name: string): number {
  return combine(hashString(normalizeName(classCode)), hashString(normalizeName(name)));
}

/** One of `items`, chosen by the seed and a salt (each lesson's choices vary on their own). */
export function pickBySeed<T>(seed: number, salt: string, items: readonly T[]): T {
  const item = items[combine(seed >>> 0, hashString(salt)) % items.length];
  if (item === undefined) throw new Error(`pickBySeed: no items for ${salt}`);
  return item;
}

/** A whole number in [min, max], chosen by the seed and a salt. */
export function intBySeed(seed: number, salt: string, min: number, max: number): number {
  return min + (combine(seed >>> 0, hashString(salt)) % (max - min + 1));
}
