/**
 * The engine on a pool of worker threads (node:worker_threads; decision 080). Calls for one scenario
 * always go to the same thread, so each scenario's simulation and caches live once, in one thread's
 * share of the memory budget; different scenarios spread over the threads and run in parallel. A
 * thread that dies fails only its pending calls (503, try again) and is started again.
 */
import { Worker } from 'node:worker_threads';
import type { City } from '@sandbox/shared';
import { affinityKey, type Engine, type EngineReply, problemFrom } from './engine';
import type { EngineRequest, EngineWorkerData } from './engine-worker';

/** An engine thread stopped while answering: the request may be retried (HTTP 503). */
export class EngineUnavailableError extends Error {
  readonly statusCode = 503;
  constructor() {
    super('The simulation engine restarted while answering; try again in a moment.');
    this.name = 'EngineUnavailableError';
  }
}

export interface WorkerEngineOptions {
  threads: number;
  cities: City[];
  /** Memory budget of each thread's caches, bytes. */
  memoryBytesPerThread: number;
  /** V8 old-generation cap of each thread, MB: past it the thread stops and is started again. */
  maxHeapMb: number;
  /** Told about threads that failed (the server log). */
  onThreadError?: (error: unknown) => void;
  /** The thread's module (tests give a stand-in); by default the engine worker next to this file. */
  workerUrl?: URL;
}

interface Pending {
  resolve: (json: string) => void;
  reject: (error: Error) => void;
}

/** The worker next to this file: the bundle's, or (dev, tests) a starter that loads the TypeScript source through tsx. */
function workerFile(): URL {
  const here = import.meta.url;
  return new URL(here.endsWith('.ts') ? './engine-worker-tsx.mjs' : './engine-worker.mjs', here);
}

/** FNV-1a: a stable, well-spread thread choice for a scenario key. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

class EngineThread {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private closing = false;

  constructor(private readonly options: WorkerEngineOptions) {
    this.start();
  }

  get queued(): number {
    return this.pending.size;
  }

  call(method: EngineRequest['method'], query: unknown, nowMs: number): Promise<string> {
    const worker = this.worker;
    if (!worker) return Promise.reject(new EngineUnavailableError());
    const id = ++this.nextId;
    return new Promise<string>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, method, query, nowMs } satisfies EngineRequest);
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await this.worker?.terminate();
  }

  private start(): void {
    const data: EngineWorkerData = { cities: this.options.cities, memoryBytes: this.options.memoryBytesPerThread };
    const worker = new Worker(this.options.workerUrl ?? workerFile(), {
      workerData: data,
      resourceLimits: { maxOldGenerationSizeMb: this.options.maxHeapMb },
    });
    worker.unref();
    worker.on('message', (reply: EngineReply | { id: number; error: string }) => this.settle(reply));
    worker.on('error', (error) => this.options.onThreadError?.(error));
    worker.on('exit', () => {
      this.worker = undefined;
      for (const pending of this.pending.values()) pending.reject(new EngineUnavailableError());
      this.pending.clear();
      if (!this.closing) this.start();
    });
    this.worker = worker;
  }

  private settle(reply: EngineReply | { id: number; error: string }): void {
    const pending = this.pending.get(reply.id);
    if (!pending) return;
    this.pending.delete(reply.id);
    if ('json' in reply) pending.resolve(reply.json);
    else if ('problem' in reply) pending.reject(problemFrom(reply.problem));
    else pending.reject(new Error(`engine thread failed: ${reply.error}`));
  }
}

export function workerEngine(options: WorkerEngineOptions): Engine {
  const threads = Array.from({ length: Math.max(1, options.threads) }, () => new EngineThread(options));
  return {
    threads: threads.length,
    call: (method, query, nowMs) => {
      const thread = threads[hash(affinityKey(query)) % threads.length] as EngineThread;
      return thread.call(method, query, nowMs);
    },
    close: async () => {
      await Promise.all(threads.map((thread) => thread.close()));
    },
  };
}
