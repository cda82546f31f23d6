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
/** Shares of the budget: the engine threads' caches together, the streams' service, encoded frames. */
const ENGINE_SHARE = 0.25;
const STREAMS_SHARE = 0.05;
const FRAMES_SHARE = 0.03;

export function createEngines(config: Config, cities: City[], onThreadError: (error: unknown) => void): Engines {
  const budget = config.MEMORY_BUDGET_MB * MB;
  const frameCacheBytes = Math.floor(budget * FRAMES_SHARE);
  if (config.ENGINE_WORKERS === 0) {
    const telemetry = new TelemetryService(cities, { memoryBytes: Math.floor(budget * (ENGINE_SHARE + STREAMS_SHARE)) });
    return { engine: inProcessEngine(telemetry), telemetry, frameCacheBytes };
  }
  const telemetry = new TelemetryService(cities, { memoryBytes: Math.floor(budget * STREAMS_SHARE) });
  const memoryBytesPerThread = Math.floor((budget * ENGINE_SHARE) / config.ENGINE_WORKERS);
  const engine = workerEngine({
    threads: config.ENGINE_WORKERS,
    cities,
    memoryBytesPerThread,
    // Room for the caches at twice their live size, plus answers being built.
    maxHeapMb: Math.ceil((2 * memoryBytesPerThread) / MB) + 128,
    onThreadError,
  });
  return { engine, telemetry, frameCacheBytes };
}
