/**
 * The Lab's limits, in a module of their own (no schema, no text): the address bar's parsing on every
 * page reads them, so they must not bring the Lab's schemas into the shell's bundle.
 */
export const MAX_VARIANTS = 3;
export const MAX_SEEDS = 10;
export const DEFAULT_SEEDS = 5;
/** Window lengths the Lab page offers, days (the API takes any whole-hour window up to 7). */
export const LAB_DAYS = [1, 3, 7] as const;
