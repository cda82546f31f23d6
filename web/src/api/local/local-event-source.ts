/**
 * An EventSource stand-in for the static demo: the same `frame` and `error` events the server's
 * `/api/stream` sends, produced by the engine worker. The worker's code is loaded on first use, so a
 * server build never downloads it.
 */
import type { WorkerReply } from './worker-protocol';

export class LocalEventSource extends EventTarget {
  readyState: number = EventSource.CONNECTING;
  private stop: (() => void) | undefined;
  private closed = false;

  constructor(url: string) {
    super();
    const search = Object.fromEntries(new URL(url, 'http://static.invalid').searchParams);
    void import('./worker-transport').then(({ workerStream }) => {
      if (this.closed) return;
      this.readyState = EventSource.OPEN;
      this.stop = workerStream(search, (reply: WorkerReply) => this.receive(reply));
    });
  }

  private receive(reply: WorkerReply) {
    if (reply.kind === 'frame') this.dispatchEvent(new MessageEvent('frame', { data: reply.data }));
    if (reply.kind === 'stream-error') {
      this.readyState = EventSource.CLOSED;
      this.dispatchEvent(new MessageEvent('error', { data: reply.data }));
    }
  }

  close() {
    this.closed = true;
    this.readyState = EventSource.CLOSED;
    this.stop?.();
  }
}
