/**
 * The fixed memory cost of the server and its engine threads, measured idle: what comes off
 * MEMORY_BUDGET_MB before anything is cached (create-engine.ts), and the smallest budget the
 * configuration accepts (config.ts).
 */

/**
 * Resident memory of the idle server (runtime, modules, three cities, the built web app's files), MB.
 * Measured 2026-12-07: 136 MB with ENGINE_WORKERS=0 (it was 110 with one city and fewer modules; the
 * memory-budget test now fails when the idle server outgrows this model again).
 */
export const MAIN_BASE_MB = 140;
/** Resident memory of one idle engine thread (its isolate, modules and cities), MB: measured 40–41 with 1, 2 and 4 workers. */
export const THREAD_BASE_MB = 40;

/** Engine threads the configuration starts: the query threads plus the live one (none in process). */
export const engineThreads = (workers: number) => (workers === 0 ? 0 : workers + 1);

/** The fixed cost of the server with these workers, MB: the idle process. */
export const fixedCostMb = (workers: number) => MAIN_BASE_MB + THREAD_BASE_MB * engineThreads(workers);

/**
 * Room for work in flight, MB: answers being built and sent, and the garbage between collections.
 * Measured with the caches all but empty (16–44 MB) under the memory-budget test's load (two
 * dashboards walking through scenarios): the process peaked 146–177 MB above idle with 0, 2 and 4
 * engine threads alike, because it is the load's, not the threads'.
 */
export const WORKING_MB = 150;

/** What the budget takes off before sizing the caches, MB: the idle process and the work in flight. */
export const uncachedMb = (workers: number) => fixedCostMb(workers) + WORKING_MB;

/** The smallest budget that leaves the caches room to work with these threads, MB. */
export const minimumBudgetMb = (workers: number) => uncachedMb(workers) + 64;
