/**
 * The fixed memory cost of the server and its engine threads, measured idle: what comes off
 * MEMORY_BUDGET_MB before anything is cached (create-engine.ts), and the smallest budget the
 * configuration accepts (config.ts).
 */

/** Resident memory of the idle server (runtime, modules, the built web app's files), MB. */
export const MAIN_BASE_MB = 110;
/** Resident memory of one idle engine thread (its isolate and modules), MB. */
export const THREAD_BASE_MB = 30;

/** Engine threads the configuration starts: the query threads plus the live one (none in process). */
export const engineThreads = (workers: number) => (workers === 0 ? 0 : workers + 1);

/** The smallest budget that leaves the caches room to work with these threads, MB. */
export const minimumBudgetMb = (workers: number) => MAIN_BASE_MB + THREAD_BASE_MB * engineThreads(workers) + 64;
