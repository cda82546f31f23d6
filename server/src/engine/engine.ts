/**
 * The engine behind the JSON routes: the shared TelemetryService answering `method(query, now)`,
 * either on this thread (tests, ENGINE_WORKERS=0) or on a pool of worker threads (the default), so a
 * cold week of mobility never holds the event loop that serves /api/health and the live streams.
 * Answers come back as JSON in UTF-8 bytes: serialising a large answer is work too, and it happens off
 * the loop; and bytes cross the thread boundary without a copy (transferred) and go to the socket as
 * they are, where a string of JSON is encoded again on the main thread for every response (a 134 KB
 * week chart sent as a string capped a bare Fastify route at 520–790 responses a second, as bytes at
 * 2,600–3,300).
 */
import { ApiProblem, scenarioQueryShape, type TelemetryService } from '@sandbox/shared';

/** The service methods the routes call; each takes a validated query and the wall clock (ms). */
export const ENGINE_METHODS = [
  'airReadings',
  'airAqi',
  'airHourly',
  'airDaily',
  'meters',
  'meterReadings',
  'energySummary',
  'network',
  'segments',
  'corridorFlow',
  'vehicles',
  'signals',
  'events',
  'bsmSample',
  'snapshot',
  'streamFrame',
  'labPart',
] as const satisfies readonly (keyof TelemetryService)[];

export type EngineMethod = (typeof ENGINE_METHODS)[number];
export type EngineQuery<M extends EngineMethod> = Parameters<TelemetryService[M]>[0];

export interface Engine {
  /** `method(query, nowMs)` of the service, as UTF-8 JSON (`jsonText` reads it); an ApiProblem for answers the caller should hear. */
  call<M extends EngineMethod>(method: M, query: EngineQuery<M>, nowMs: number): Promise<Uint8Array>;
  /** Worker threads running (0 in process). */
  readonly threads: number;
  /**
   * Query threads a call may choose between by giving its query a `lane` (0 … lanes − 1): a caller
   * that splits one answer into parts spreads them itself (the Lab). 1 in process.
   */
  readonly lanes: number;
  /** Resolves once every thread has built its service; rejects (EngineStartError) if one stopped before that. */
  ready(): Promise<void>;
  close(): Promise<void>;
}

/** A thread's first message: its service is built and it takes calls. */
export type EngineReady = { ready: true };

/** What crosses the thread boundary for an answer or a refusal. */
export type EngineReply = { id: number; body: Uint8Array } | { id: number; problem: { status: number; message: string; field?: string } };

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * Runs one call on a service, as UTF-8 JSON in a buffer of its own (so a thread can transfer it);
 * problems become data, anything else is rethrown (a bug, logged as a 500).
 */
export function answer(telemetry: TelemetryService, method: EngineMethod, query: unknown, nowMs: number): Uint8Array {
  const fn = telemetry[method] as (q: unknown, now: number) => unknown;
  return encoder.encode(JSON.stringify(fn.call(telemetry, query, nowMs)));
}

/** An engine answer as JSON text, for callers that read it rather than send it. */
export const jsonText = (body: Uint8Array): string => decoder.decode(body);

/** An engine answer parsed, for callers that read its fields. */
export const parsedAnswer = (body: Uint8Array): unknown => JSON.parse(jsonText(body));

/** Rebuilds the ApiProblem a worker reported. */
export function problemFrom(problem: { status: number; message: string; field?: string }): ApiProblem {
  return new ApiProblem(problem.status as ApiProblem['status'], problem.message, problem.field);
}

const SCENARIO_FIELDS = Object.keys(scenarioQueryShape);

/**
 * The scenario a query names, as the key that keeps each scenario's caches on one thread: its
 * scenario fields as validated, not re-parsed (that happens once, on the thread). Two spellings of
 * one scenario may land on different threads; they get the same answers, cached twice.
 */
export function affinityKey(query: unknown): string {
  const fields = query as Record<string, unknown>;
  return JSON.stringify(SCENARIO_FIELDS.map((field) => fields[field] ?? null));
}

/** The engine on this thread: same answers, no isolation (tests, and ENGINE_WORKERS=0). */
export function inProcessEngine(telemetry: TelemetryService): Engine {
  return {
    threads: 0,
    lanes: 1,
    ready: async () => {},
    call: async (method, query, nowMs) => answer(telemetry, method, query, nowMs),
    close: async () => {},
  };
}
