/**
 * Builds the engine the routes call and the service the live streams use, from one memory budget
 * (MEMORY_BUDGET_MB) that the whole process should stay within. Caches get about a third of it: a
 * V8 heap runs at up to twice its live data between collections, and the runtime, answers in flight
 * and each thread's own code need the rest (measured in tests/api/memory-budget.test.ts). Each
 * engine thread's heap is capped too, so a thread cannot outgrow its share unnoticed.
 */
import { type City, TelemetryService } from '@sandbox/shared';
import type { Config } from '../config';
import { type Engine, inProcessEngine } from './engine';
import { workerEngine } from './worker-engine';

export interface Engines {
  engine: Engine;
  /** The service on the main thread: stream frames, and every answer when there are no threads. */
  telemetry: TelemetryService;
  /** Bytes of encoded frames the stream hub may keep. */
  frameCacheBytes: number;
}

const MB = 1024 * 1024;
/**
 * Shares of the budget: the query threads' caches together, the live-frame thread's, the main
 * thread's service (it only checks a stream's scenario before the stream opens), encoded frames.
 */
const QUERY_SHARE = 0.22;
const LIVE_SHARE = 0.05;
const MAIN_SHARE = 0.02;
const FRAMES_SHARE = 0.03;

/** A thread's cache budget and heap cap: room for the caches at twice their live size, plus answers being built. */
const threadShare = (memoryBytes: number) => ({ memoryBytes, maxHeapMb: Math.ceil((2 * memoryBytes) / MB) + 128 });

export function createEngines(config: Config, cities: City[], onThreadError: (error: unknown) => void): Engines {
  const budget = config.MEMORY_BUDGET_MB * MB;
  const frameCacheBytes = Math.floor(budget * FRAMES_SHARE);
  if (config.ENGINE_WORKERS === 0) {
    const telemetry = new TelemetryService(cities, { memoryBytes: Math.floor(budget * (QUERY_SHARE + LIVE_SHARE + MAIN_SHARE)) });
    return { engine: inProcessEngine(telemetry), telemetry, frameCacheBytes };
  }
  const telemetry = new TelemetryService(cities, { memoryBytes: Math.floor(budget * MAIN_SHARE) });
  const engine = workerEngine({
    threads: config.ENGINE_WORKERS,
    cities,
    query: threadShare(Math.floor((budget * QUERY_SHARE) / config.ENGINE_WORKERS)),
    live: threadShare(Math.floor(budget * LIVE_SHARE)),
    onThreadError,
  });
  return { engine, telemetry, frameCacheBytes };
}
