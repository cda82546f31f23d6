/** The messages between the page and the static demo's engine worker (plain data, structured-cloned). */
import type { RouteName } from '@sandbox/shared/contract';

export type WorkerRequest =
  | { kind: 'get'; id: number; route: RouteName; params: Record<string, string>; search: Record<string, string> }
  /** Opens a live stream: `search` is the query string of `GET /api/stream`. */
  | { kind: 'stream'; id: number; search: Record<string, string> }
  /** Closes a stream, or drops a GET still waiting in the worker's queue (aborted by the page). */
  | { kind: 'close'; id: number };

export type WorkerReply =
  | { kind: 'answer'; id: number; status: number; body: unknown }
  /** A stream frame as JSON text, exactly the `data` of the server's `frame` event. */
  | { kind: 'frame'; id: number; data: string }
  /** The stream's end for good, as the server's `error` event (the API's error shape as JSON text). */
  | { kind: 'stream-error'; id: number; data: string };
