/**
 * The engine on a pool of worker threads (node:worker_threads; decision 080). Queries for one
 * scenario always go to the same query thread, so each scenario's simulation and caches live once,
 * in one thread's share of the memory budget; different scenarios spread over the threads and run in
 * parallel. Live frames (and paused snapshots) have a thread of their own, so a stream never waits
 * behind a week-long query that happens to share its scenario's thread. A thread that dies fails only
 * its pending calls (503, try again) and is started again.
 */
import { Worker } from 'node:worker_threads';
import type { City } from '@sandbox/shared';
import { affinityKey, type Engine, type EngineMethod, type EngineReady, type EngineReply, problemFrom } from './engine';
import type { EngineRequest, EngineWorkerData } from './engine-worker';

/** An engine thread stopped while answering: the request may be retried (HTTP 503). */
export class EngineUnavailableError extends Error {
  readonly statusCode = 503;
  constructor() {
    super('The simulation engine restarted while answering; try again in a moment.');
    this.name = 'EngineUnavailableError';
  }
}

/** The calls a live view waits for: answered by the live thread. */
const LIVE_METHODS: ReadonlySet<EngineMethod> = new Set<EngineMethod>(['streamFrame', 'snapshot']);

export interface ThreadShare {
  /** Memory budget of the thread's caches, bytes. */
  memoryBytes: number;
  /** V8 old-generation cap of the thread, MB: past it the thread stops and is started again. */
  maxHeapMb: number;
}

export interface WorkerEngineOptions {
  /** Query threads (each with `query` as its share); one live thread is added. */
  threads: number;
  cities: City[];
  query: ThreadShare;
  live: ThreadShare;
  /** Told about threads that failed (the server log). */
  onThreadError?: (error: unknown) => void;
  /** The thread's module (tests give a stand-in); by default the engine worker next to this file. */
  workerUrl?: URL;
}

interface Pending {
  resolve: (body: Uint8Array) => void;
  reject: (error: Error) => void;
}

/** The worker next to this file: the bundle's, or (dev, tests) a starter that loads the TypeScript source through tsx. */
function workerFile(): URL {
  const here = import.meta.url;
  return new URL(here.endsWith('.ts') ? './engine-worker-tsx.mjs' : './engine-worker.mjs', here);
}

/**
 * A thread's young generation, MB. V8's default (up to 48 MB an isolate on 64-bit) is resident memory
 * each thread holds on to; engine threads allocate in bursts that die young, and a smaller nursery
 * only means more, shorter scavenges.
 */
const YOUNG_GENERATION_MB = 16;

/** FNV-1a: a stable, well-spread thread choice for a scenario key. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The engine threads could not start (a missing build, a module that fails to load): the server cannot answer. */
export class EngineStartError extends Error {
  constructor(cause: unknown) {
    super(`the engine thread did not start (${cause instanceof Error ? cause.message : String(cause)}); run \`npm start\` to rebuild`);
    this.name = 'EngineStartError';
  }
}

/** Restart delay after `failures` starts in a row that never became ready: 0, then 250 ms doubling up to 30 s. */
const restartDelayMs = (failures: number) => (failures === 0 ? 0 : Math.min(30_000, 250 * 2 ** (failures - 1)));

class EngineThread {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private closing = false;
  /** Starts in a row whose thread stopped before it was ready (a thread that cannot start is not restarted in a tight loop). */
  private failuresInRow = 0;
  private readyThisRun = false;
  private restartTimer: ReturnType<typeof setTimeout> | undefined;
  private settleFirstStart: { resolve: () => void; reject: (error: Error) => void } | undefined;
  /** Settles when the first thread has built its service, or failed before that. */
  readonly firstStart: Promise<void>;

  constructor(
    private readonly options: WorkerEngineOptions,
    private readonly share: ThreadShare,
  ) {
    this.firstStart = new Promise<void>((resolve, reject) => {
      this.settleFirstStart = { resolve, reject };
    });
    this.firstStart.catch(() => {}); // the engine's `ready()` reports it; nobody else must see it unhandled
    this.start();
  }

  call(method: EngineRequest['method'], query: unknown, nowMs: number): Promise<Uint8Array> {
    const worker = this.worker;
    if (!worker) return Promise.reject(new EngineUnavailableError());
    const id = ++this.nextId;
    return new Promise<Uint8Array>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, method, query, nowMs } satisfies EngineRequest);
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    clearTimeout(this.restartTimer);
    await this.worker?.terminate();
  }

  private start(): void {
    this.readyThisRun = false;
    const data: EngineWorkerData = { cities: this.options.cities, memoryBytes: this.share.memoryBytes };
    let worker: Worker;
    try {
      worker = new Worker(this.options.workerUrl ?? workerFile(), {
        workerData: data,
        resourceLimits: { maxOldGenerationSizeMb: this.share.maxHeapMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
      });
    } catch (error) {
      this.stopped(error);
      return;
    }
    worker.unref();
    let lastError: unknown;
    worker.on('message', (reply: EngineReply | EngineReady | { id: number; error: string }) => {
      if ('ready' in reply) {
        this.readyThisRun = true;
        this.failuresInRow = 0;
        this.settleFirstStart?.resolve();
      } else this.settle(reply);
    });
    worker.on('error', (error) => {
      lastError = error;
      this.options.onThreadError?.(error);
    });
    worker.on('exit', (code) => this.stopped(lastError ?? new Error(`exit code ${code}`)));
    this.worker = worker;
  }

  /** The thread is gone: its pending calls fail with a 503, and a new one starts (later, if it keeps failing to start). */
  private stopped(cause: unknown): void {
    this.worker = undefined;
    for (const pending of this.pending.values()) pending.reject(new EngineUnavailableError());
    this.pending.clear();
    if (this.closing) return;
    if (!this.readyThisRun) {
      this.failuresInRow++;
      this.settleFirstStart?.reject(new EngineStartError(cause));
    }
    const delayMs = restartDelayMs(this.failuresInRow);
    if (delayMs === 0) {
      this.start(); // a thread that had been working: at once, so the next call finds it
      return;
    }
    this.restartTimer = setTimeout(() => this.start(), delayMs);
    this.restartTimer.unref();
  }

  private settle(reply: EngineReply | { id: number; error: string }): void {
    const pending = this.pending.get(reply.id);
    if (!pending) return;
    this.pending.delete(reply.id);
    if ('body' in reply) pending.resolve(reply.body);
    else if ('problem' in reply) pending.reject(problemFrom(reply.problem));
    else pending.reject(new Error(`engine thread failed: ${reply.error}`));
  }
}

export function workerEngine(options: WorkerEngineOptions): Engine {
  const threads = Array.from({ length: Math.max(1, options.threads) }, () => new EngineThread(options, options.query));
  const live = new EngineThread(options, options.live);
  /** The live thread for live views; the query's own lane if it names one; else its scenario's thread. */
  const threadFor = (method: EngineMethod, query: unknown): EngineThread => {
    if (LIVE_METHODS.has(method)) return live;
    const lane = (query as { lane?: unknown }).lane;
    const index = typeof lane === 'number' && Number.isInteger(lane) && lane >= 0 ? lane : hash(affinityKey(query));
    return threads[index % threads.length] as EngineThread;
  };
  return {
    threads: threads.length + 1,
    lanes: threads.length,
    ready: async () => {
      await Promise.all([...threads, live].map((thread) => thread.firstStart));
    },
    call: (method, query, nowMs) => {
      return threadFor(method, query).call(method, query, nowMs);
    },
    close: async () => {
      await Promise.all([...threads, live].map((thread) => thread.close()));
    },
  };
}
