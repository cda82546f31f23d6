/**
 * Sealed scenarios (issue 15, student mode): a scenario kept by the server and named by an opaque
 * token, so a student's link and requests carry `sealed=<token>` and no levers or faults. Tokens are
 * 128 random bits (crypto); the store keeps one per distinct scenario (found again by the sha256 of
 * its canonical key), and a bounded map in memory keeps the tokens read lately, so a student's
 * page of requests costs one store read.
 */
import { createHash, randomBytes } from 'node:crypto';
import { type Scenario, scenarioKey } from '@sandbox/shared';
import type { SealedStore } from '../store/classes';

/** Tokens kept in memory: a scenario is ~1–30 KB of JSON at most, so this stays a few MB at worst. */
const CACHE_ENTRIES = 500;

export const newSealedToken = () => randomBytes(16).toString('base64url');

/** The scenario's identity: its canonical query (what the engine's caches key on) and its clock start. */
const contentHash = (scenario: Scenario) =>
  createHash('sha256')
    .update(`${scenarioKey(scenario)}|start=${scenario.start}`)
    .digest('hex');

export interface SealedScenarios {
  /** The token of `scenario` (the same one every time for the same scenario). */
  seal(scenario: Scenario): Promise<string>;
  /** The scenario of a token, or undefined when there is none. */
  open(token: string): Promise<Scenario | undefined>;
}

export function sealedScenarios(store: SealedStore, entries = CACHE_ENTRIES): SealedScenarios {
  const cache = new Map<string, Scenario>();
  const remember = (token: string, scenario: Scenario) => {
    cache.delete(token);
    cache.set(token, scenario);
    // A Map iterates in insertion order: the first key is the one read longest ago.
    if (cache.size > entries) cache.delete(cache.keys().next().value as string);
  };
  return {
    async seal(scenario) {
      const token = await store.seal(scenario, contentHash(scenario), newSealedToken, Date.now());
      remember(token, scenario);
      return token;
    },
    async open(token) {
      const cached = cache.get(token);
      if (cached) {
        remember(token, cached);
        return cached;
      }
      const scenario = await store.open(token);
      if (scenario) remember(token, scenario);
      return scenario;
    },
  };
}
