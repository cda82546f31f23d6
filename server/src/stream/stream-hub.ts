/**
 * Server-Sent Events hub. Every client has its own simulated clock; one timer drives them all.
 * Frames for the same (scenario, topics, step, instant) are computed once and shared through the
 * frame cache. A slow client is never buffered without bound: while its socket is backed up frames
 * are skipped, and the next one it gets covers everything since the last one it received
 * (coalescing). A closed client frees its subscription at once; heartbeats keep proxies from
 * timing idle streams out. A stream whose frame or write fails (a frame computer that throws, a
 * clock past the representable time range) gets an `event: error` in the one error shape and is
 * closed and removed; the others, and the process, carry on.
 * Spec: https://html.spec.whatwg.org/multipage/server-sent-events.html
 */
import type { ServerResponse } from 'node:http';
import { type BudgetCache, MemoryBudget } from '@sandbox/shared';
import { errorBodyOf } from '../plugins/errors';
import { createSimClock, type SimClock } from './sim-clock';

export interface StreamSpec<P> {
  /** Identifies everything the frames depend on besides time (city, seed, levers, faults, topics). */
  scenarioKey: string;
  startMs: number;
  speed: number;
  intervalMs: number;
  /** Frames to send before the stream ends with a `close` event (no end when absent). */
  frames?: number | undefined;
  /** What the frame computer needs (the simulation and topics), kept with the client. */
  payload: P;
}

/**
 * Computes one frame covering the sim interval `(fromMs, toMs]`, serialized as JSON: at once, or
 * later (an engine thread, as text or its UTF-8 bytes), in which case the client gets no other frame
 * until this one is written.
 */
export type FrameComputer<P> = (spec: StreamSpec<P>, fromMs: number, toMs: number) => string | Promise<string | Uint8Array>;

/** The blank line that ends an SSE event. */
const EVENT_END = Buffer.from('\n\n');

export interface HubOptions<P> {
  computeFrame: FrameComputer<P>;
  /** Wall clock, injectable for tests. */
  now?: () => number;
  tickMs?: number;
  heartbeatMs?: number;
  /** Bytes of encoded frames kept for other viewers of the same scenario (default 32 MiB). */
  cacheBytes?: number;
  /** Bytes queued in a socket beyond which a client counts as slow and frames are skipped. */
  highWaterBytes?: number;
  /** Told about a stream that failed unexpectedly (not an ApiProblem), e.g. to log it. */
  onError?: (error: unknown) => void;
}

interface Client<P> {
  res: ServerResponse;
  spec: StreamSpec<P>;
  clock: SimClock;
  wallStartMs: number;
  lastSentInstant: number;
  /** The last grid instant that fell due (sent or, for a backed-up client, skipped). */
  lastDueInstant: number;
  lastWriteWallMs: number;
  skipped: number;
  /** Frames written to this client. */
  sent: number;
  /** A frame is being computed elsewhere for this client. */
  waiting: boolean;
}

/** A failure worth reconnecting for (HTTP 503: an engine thread restarting), not a stream to end for good. */
const isRetryable = (error: unknown) => (error as { statusCode?: unknown } | null)?.statusCode === 503;

export class StreamHub<P> {
  private readonly clients = new Set<Client<P>>();
  /** Whole SSE events, encoded once: every client watching the same frame is sent the same bytes. */
  private readonly cache: BudgetCache<Buffer>;
  /** Frames being computed elsewhere, so viewers of the same frame wait for one computation. */
  private readonly computing = new Map<string, Promise<Buffer>>();
  private timer: ReturnType<typeof setInterval> | undefined;
  private readonly now: () => number;
  private readonly tickMs: number;
  private readonly heartbeatMs: number;
  private readonly highWaterBytes: number;
  /** Frames computed (cache misses) since start: for tests and metrics. */
  computed = 0;
  /** Frames skipped for slow clients since start. */
  coalesced = 0;
  /** Streams closed with an error event since start. */
  failed = 0;

  constructor(private readonly options: HubOptions<P>) {
    this.now = options.now ?? Date.now;
    // A frame goes out on the first tick after it falls due: the tick bounds how late it can be.
    this.tickMs = options.tickMs ?? 50;
    this.heartbeatMs = options.heartbeatMs ?? 15_000;
    this.highWaterBytes = options.highWaterBytes ?? 256 * 1024;
    this.cache = new MemoryBudget(options.cacheBytes ?? 32 * 1024 * 1024).cache<Buffer>('frames', (frame) => frame.byteLength + 64);
  }

  get clientCount(): number {
    return this.clients.size;
  }

  get cachedFrames(): number {
    return this.cache.size;
  }

  /**
   * Starts streaming to `res` (headers already sent by the caller). `resumeAfter` is the instant of
   * the last frame the client saw (Last-Event-ID): the stream continues right after it.
   * Returns a function that detaches the client (also called automatically on close).
   */
  open(res: ServerResponse, spec: StreamSpec<P>, resumeAfter?: number): () => void {
    // A client that went away before its stream opened has already had its 'close': never join it.
    if (res.destroyed) return () => {};
    const wallStartMs = this.now();
    const startMs = resumeAfter === undefined ? spec.startMs : resumeAfter + Math.max(1, Math.round(spec.speed * spec.intervalMs));
    const clock = createSimClock(startMs, spec.speed, spec.intervalMs, wallStartMs);
    const lastSentInstant = resumeAfter ?? clock.instantAt(wallStartMs) - clock.stepMs;
    const client: Client<P> = {
      res,
      spec,
      clock,
      wallStartMs,
      lastSentInstant,
      lastDueInstant: lastSentInstant,
      lastWriteWallMs: wallStartMs,
      skipped: 0,
      sent: 0,
      waiting: false,
    };
    this.clients.add(client);
    const detach = () => {
      this.forget(client);
    };
    res.once('close', detach);
    // `on`, not `once`: a second error on the same response would otherwise be unhandled (a crash).
    res.on('error', (error) => this.fail(client, error));
    // Tell EventSource how long to wait before reconnecting, and (in a comment, which EventSource
    // ignores) when this client's clock started on the server's wall clock, so a client can tell how
    // late each frame arrived: frame k falls due at that start + k × interval. Then the first frame.
    try {
      res.write(`retry: 2000\n: clock-start ${wallStartMs}\n\n`);
      this.sendFrame(client, wallStartMs);
    } catch (error) {
      this.fail(client, error);
      return detach;
    }
    this.startTimer();
    return detach;
  }

  /** Ends every stream politely (server shutdown): a `close` event, then the end of the response. */
  closeAll(reason = 'server shutting down'): void {
    for (const client of [...this.clients]) {
      this.clients.delete(client);
      this.end(client, `event: close\ndata: ${JSON.stringify({ reason })}\n\n`);
    }
    this.stopTimer();
    this.cache.clear();
  }

  private startTimer(): void {
    if (this.timer) return;
    this.timer = setInterval(() => this.tick(), this.tickMs);
    this.timer.unref();
  }

  /** Drops `client` (false when it was gone already); the timer stops with the last one. */
  private forget(client: Client<P>): boolean {
    const had = this.clients.delete(client);
    if (this.clients.size === 0) this.stopTimer();
    return had;
  }

  private stopTimer(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Exposed for tests driving time by hand. */
  tick(): void {
    const wallMs = this.now();
    for (const client of [...this.clients]) {
      try {
        // Frames fall due on the client's own wall-clock grid (its start + k × interval), not an
        // interval after the last send, so a late tick never pushes every later frame back.
        if (client.waiting) {
          // A frame is being computed elsewhere: keep proxies from timing the stream out meanwhile.
          if (wallMs - client.lastWriteWallMs >= this.heartbeatMs) this.write(client, `: heartbeat\n\n`, wallMs);
          continue;
        }
        if (client.clock.instantAt(wallMs) > client.lastDueInstant) this.sendFrame(client, wallMs);
        else if (wallMs - client.lastWriteWallMs >= this.heartbeatMs) this.write(client, `: heartbeat\n\n`, wallMs);
      } catch (error) {
        this.fail(client, error);
      }
    }
  }

  /** Closes one client's stream after its frame or a write failed: an `error` event in the one error shape, then removal. */
  private fail(client: Client<P>, error: unknown): void {
    if (!this.forget(client)) return;
    this.failed++;
    if (isRetryable(error)) {
      // The frame's engine thread restarted: end without an error event, so EventSource reconnects
      // (after the `retry` it was given) and resumes from its Last-Event-ID with nothing lost.
      this.end(client, ': engine restarting, reconnect\n\n');
      return;
    }
    const body = errorBodyOf(error, 'This stream failed on our side and was closed; the server log has the details.');
    if (body.error === 'Internal Server Error') this.options.onError?.(error);
    this.end(client, `event: error\ndata: ${JSON.stringify(body)}\n\n`);
  }

  /** Writes the frame of `instant`; a stream that asked for so many frames ends after its last. */
  private deliver(client: Client<P>, instant: number, event: Buffer, wallMs: number): void {
    client.lastSentInstant = instant;
    this.write(client, event, wallMs);
    client.sent++;
    const { frames } = client.spec;
    if (frames === undefined || client.sent < frames) return;
    this.forget(client);
    this.end(
      client,
      `event: close\ndata: ${JSON.stringify({ reason: `sent the ${frames} frame${frames === 1 ? '' : 's'} asked for` })}\n\n`,
    );
  }

  /** Writes a last event and ends the response, unless the socket is already gone. */
  private end(client: Client<P>, last: string): void {
    const { res } = client;
    if (res.writableEnded || res.destroyed) return;
    try {
      res.write(last);
      res.end();
    } catch {
      res.destroy();
    }
  }

  private sendFrame(client: Client<P>, wallMs: number): void {
    const instant = client.clock.instantAt(wallMs);
    if (instant <= client.lastDueInstant) return;
    client.lastDueInstant = instant;
    if (client.res.writableLength > this.highWaterBytes || client.res.writableNeedDrain) {
      // Backed up: skip; the next frame will cover (lastSentInstant, its instant].
      client.skipped++;
      this.coalesced++;
      return;
    }
    const from = client.lastSentInstant;
    const key = `${client.spec.scenarioKey}|${from}|${instant}`;
    const encode = (json: string | Uint8Array) => {
      const head = `id: ${instant}\nevent: frame\ndata: `;
      // Bytes from an engine thread go in as they are (JSON.stringify's output holds no newline).
      const event = typeof json === 'string' ? Buffer.from(`${head}${json}\n\n`) : Buffer.concat([Buffer.from(head), json, EVENT_END]);
      this.cache.set(key, event);
      return event;
    };
    let event = this.cache.get(key);
    let later = this.computing.get(key);
    if (!event && !later) {
      this.computed++;
      const json = this.options.computeFrame(client.spec, from, instant);
      if (typeof json === 'string') event = encode(json);
      else {
        later = json.then(encode).finally(() => this.computing.delete(key));
        this.computing.set(key, later);
      }
    }
    if (event) {
      this.deliver(client, instant, event, wallMs);
      return;
    }
    client.waiting = true;
    later?.then(
      (computed) => {
        client.waiting = false;
        if (!this.clients.has(client)) return;
        try {
          this.deliver(client, instant, computed, this.now());
        } catch (error) {
          this.fail(client, error);
        }
      },
      (error: unknown) => {
        client.waiting = false;
        this.fail(client, error);
      },
    );
  }

  private write(client: Client<P>, chunk: string | Buffer, wallMs: number): void {
    client.lastWriteWallMs = wallMs;
    // Writing to an ended response would emit an unhandled 'error' (a crash); a gone client is detached on 'close'.
    if (client.res.writableEnded || client.res.destroyed) return;
    client.res.write(chunk);
  }
}
