/**
 * The page's side of the static demo's engine worker: one worker for the app, started on the first
 * request; a GET becomes a message and its answer a promise, a live stream a subscription of frames.
 */
import type { RouteName } from '@sandbox/shared/contract';
import type { LocalAnswer } from './route-answers';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

type Listener = (reply: WorkerReply) => void;

let worker: Worker | undefined;
let nextId = 1;
const listeners = new Map<number, Listener>();

function engine(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./engine-worker.ts', import.meta.url), { type: 'module', name: 'sandbox-engine' });
    worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => listeners.get(event.data.id)?.(event.data));
  }
  return worker;
}

const send = (request: WorkerRequest) => engine().postMessage(request);

/** Starts the worker now (at boot), so it loads its code and data while the app boots. */
export function startEngine(): void {
  engine();
}

/** `GET route` answered by the worker: the status and JSON body the server would send. */
export function workerGet(
  route: RouteName,
  params: Record<string, string>,
  query: Record<string, string | number | undefined>,
  signal?: AbortSignal,
): Promise<LocalAnswer> {
  const search = Object.fromEntries(Object.entries(query).flatMap(([key, value]) => (value === undefined ? [] : [[key, String(value)]])));
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const abort = () => {
      listeners.delete(id);
      // A request still queued in the worker is dropped there (one being computed runs to its end).
      send({ kind: 'close', id });
      reject(new DOMException('The request was aborted.', 'AbortError'));
    };
    if (signal?.aborted) return abort();
    signal?.addEventListener('abort', abort, { once: true });
    listeners.set(id, (reply) => {
      if (reply.kind !== 'answer') return;
      listeners.delete(id);
      signal?.removeEventListener('abort', abort);
      resolve({ status: reply.status, body: reply.body });
    });
    send({ kind: 'get', id, route, params, search });
  });
}

/** Opens a live stream in the worker; returns the function that closes it. */
export function workerStream(search: Record<string, string>, onReply: (reply: WorkerReply) => void): () => void {
  const id = nextId++;
  listeners.set(id, onReply);
  send({ kind: 'stream', id, search });
  return () => {
    listeners.delete(id);
    send({ kind: 'close', id });
  };
}
