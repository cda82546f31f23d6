/**
 * Builds the engine the routes call and the service the live streams use, from one memory budget
 * (MEMORY_BUDGET_MB) that the whole process should stay within. First what is not cache comes off:
 * the main thread and each engine thread cost tens of megabytes before caching anything (measured
 * idle: ~140 MB plus ~40 MB a thread), and answers in flight with their garbage another ~150 MB.
 * Caches get half of the rest: a V8 heap runs at up to twice its live data between collections
 * (measured in tests/api/memory-budget.test.ts). Each engine thread's heap is capped as well, so a thread cannot
 * outgrow its share unnoticed.
 */
import { type City, TelemetryService } from '@sandbox/shared';
import type { Config } from '../config';
import { uncachedMb } from './budget';
import { type Engine, inProcessEngine } from './engine';
import { workerEngine } from './worker-engine';

export interface Engines {
  engine: Engine;
  /** The service on the main thread: answers the exports and the weather, checks a stream's scenario, and answers everything when there are no threads. */
  telemetry: TelemetryService;
  /** Bytes of encoded frames the stream hub may keep. */
  frameCacheBytes: number;
}

const MB = 1024 * 1024;
/** The part of what is left after the idle process and the work in flight that caches may hold. */
const CACHE_SHARE = 0.5;
/**
 * How the caches' part is split: the query threads together, the live-frame thread, the main
 * thread's service, encoded frames. The main thread's service answers the exports (and the weather),
 * so its share holds a full trip store (24 MB at the default budget: a mobility export needs about
 * an hour of peak trips).
 */
const SPLIT = { query: 0.55, live: 0.2, main: 0.15, frames: 0.1 } as const;

/**
 * Heap room for the largest answer the caps allow, beyond the caches: twenty meters for a year at
 * 15 minutes with no `maxPoints` is ~2.8 million points and ~50 MB of JSON, built in one go.
 */
const ANSWER_ALLOWANCE_MB = 256;

/** A thread's cache budget and heap cap: room for the caches and their garbage, plus the largest answer being built. */
const threadShare = (memoryBytes: number) => ({ memoryBytes, maxHeapMb: Math.ceil((1.5 * memoryBytes) / MB) + ANSWER_ALLOWANCE_MB });

export function createEngines(config: Config, cities: City[], onThreadError: (error: unknown) => void): Engines {
  const caches = Math.max(16 * MB, (config.MEMORY_BUDGET_MB - uncachedMb(config.ENGINE_WORKERS)) * MB * CACHE_SHARE);
  const frameCacheBytes = Math.floor(caches * SPLIT.frames);
  if (config.ENGINE_WORKERS === 0) {
    const telemetry = new TelemetryService(cities, { memoryBytes: Math.floor(caches * (1 - SPLIT.frames)) });
    return { engine: inProcessEngine(telemetry), telemetry, frameCacheBytes };
  }
  const telemetry = new TelemetryService(cities, { memoryBytes: Math.floor(caches * SPLIT.main) });
  const engine = workerEngine({
    threads: config.ENGINE_WORKERS,
    cities,
    query: threadShare(Math.floor((caches * SPLIT.query) / config.ENGINE_WORKERS)),
    live: threadShare(Math.floor(caches * SPLIT.live)),
    onThreadError,
  });
  return { engine, telemetry, frameCacheBytes };
}
