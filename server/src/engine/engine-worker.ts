/**
 * One engine thread: a TelemetryService of its own (its share of the memory budget) answering the
 * pool's calls in order. Problems the caller should hear (404, 413, …) go back as data; a bug goes
 * back as an error message for the server log, and the thread carries on.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ApiProblem, type City, TelemetryService, warmMeters } from '@sandbox/shared';
import { answer, type EngineMethod, type EngineReady, type EngineReply } from './engine';

export interface EngineWorkerData {
  cities: City[];
  memoryBytes: number;
}

export interface EngineRequest {
  id: number;
  method: EngineMethod;
  query: unknown;
  nowMs: number;
}

const { cities, memoryBytes } = workerData as EngineWorkerData;
const telemetry = new TelemetryService(cities, { memoryBytes });

parentPort?.postMessage({ ready: true } satisfies EngineReady);
// Warm the meter engine's hot paths once, right after start (calls that arrive meanwhile wait a few
// hundred ms): building 110,000 meters and summing a quarter hour of them run ~3× slower on a cold
// JIT, which would otherwise land on the first stream or chart of this thread.
setImmediate(() => warmMeters(telemetry, cities));
parentPort?.on('message', ({ id, method, query, nowMs }: EngineRequest) => {
  let reply: EngineReply | { id: number; error: string };
  try {
    reply = { id, body: answer(telemetry, method, query, nowMs) };
  } catch (error) {
    reply =
      error instanceof ApiProblem
        ? { id, problem: { status: error.status, message: error.message, ...(error.field ? { field: error.field } : {}) } }
        : { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  // The answer's buffer is moved to the main thread, not copied.
  parentPort?.postMessage(reply, 'body' in reply ? [reply.body.buffer as ArrayBuffer] : []);
});
