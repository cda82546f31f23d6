/**
 * Publishes the live telemetry of the configured scenarios to an MQTT broker (decision 170). Each
 * scenario runs its own sim clock (the stream hub's: instants on a grid of speed × interval) and its
 * frames are the live stream's, computed by the engine's live thread, so a message carries the same
 * values `/api/snapshot` answers for that instant. The broker is never on the critical path: the
 * client reconnects on its own (every second), frames that fall due while it is away or while the
 * previous frame is still being written are skipped (never queued without bound), and every failure
 * is logged, never thrown at the process.
 */
import { ApiProblem, inTimeRange, type StreamFrame } from '@sandbox/shared';
import mqtt, { type MqttClient } from 'mqtt';
import { createSimClock, type SimClock } from '../stream/sim-clock';
import { entityScope, type FiwareGeography, fiwareMessages } from './fiware-entities';
import { jsonMessages, type MqttMessage } from './json-messages';
import type { MqttScenario } from './settings';

/** Messages handed to the client between two yields to the event loop. */
const SLICE = 250;
const RECONNECT_MS = 1000;
const CONNECT_TIMEOUT_MS = 5000;
const CLOSE_TIMEOUT_MS = 2000;

export interface PublisherLog {
  info(message: string): void;
  warn(message: string): void;
  error(error: unknown, message: string): void;
}

export interface PublishedScenario extends MqttScenario {
  geography: FiwareGeography;
}

export interface MqttPublisherOptions {
  url: string;
  scenarios: readonly PublishedScenario[];
  speed: number;
  /** Sim instant of the first frame. */
  startMs: number;
  intervalMs: number;
  format: 'json' | 'fiware' | 'both';
  qos: 0 | 1;
  retain: boolean;
  prefix: string;
  /** The live frame of `(fromMs, toMs]` for a scenario, as JSON text (the engine's `streamFrame`). */
  computeFrame(scenario: MqttScenario, fromMs: number, toMs: number): Promise<string>;
  log: PublisherLog;
  now?: () => number;
}

interface Feed {
  scenario: PublishedScenario;
  clock: SimClock;
  /** The last instant published (the next frame's events start after it). */
  lastPublished: number;
  /** The last grid instant that fell due, published or skipped. */
  lastDue: number;
  busy: boolean;
  stopped: boolean;
}

export interface PublisherStats {
  connected: boolean;
  frames: number;
  messages: number;
  bytes: number;
  /** Frames that fell due while the broker was away or the previous frame was still being written. */
  skipped: number;
  failed: number;
}

/** The broker URL without its password, for logs. */
export function redactUrl(url: string): string {
  if (!URL.canParse(url)) return url;
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString().replace(/\/$/, '');
}

export class MqttPublisher {
  private readonly client: MqttClient;
  private readonly feeds: Feed[];
  private readonly now: () => number;
  private readonly timer: ReturnType<typeof setInterval>;
  private readonly shownUrl: string;
  /** Whether the current outage was logged (one line per outage, not one per retry). */
  private outageLogged = false;
  /** Frames being written: told when the connection drops, since the client may never call their messages back then. */
  private readonly writing = new Set<(error: Error) => void>();
  readonly stats: PublisherStats = { connected: false, frames: 0, messages: 0, bytes: 0, skipped: 0, failed: 0 };

  constructor(private readonly options: MqttPublisherOptions) {
    this.now = options.now ?? Date.now;
    this.shownUrl = redactUrl(options.url);
    const wallStart = this.now();
    this.feeds = options.scenarios.map((scenario) => {
      const clock = createSimClock(options.startMs, options.speed, options.intervalMs, wallStart);
      const first = clock.instantAt(wallStart) - clock.stepMs;
      return { scenario, clock, lastPublished: first, lastDue: first, busy: false, stopped: false };
    });
    const status = `${options.prefix}/status`;
    this.client = mqtt.connect(options.url, {
      clientId: `smart-city-sandbox-${process.pid}-${Math.random().toString(16).slice(2, 8)}`,
      reconnectPeriod: RECONNECT_MS,
      connectTimeout: CONNECT_TIMEOUT_MS,
      // Never queue QoS 0 messages while the broker is away: frames are skipped instead.
      queueQoSZero: false,
      will: { topic: status, payload: Buffer.from('offline'), qos: 1, retain: true },
    });
    this.client.on('connect', () => {
      this.stats.connected = true;
      this.outageLogged = false;
      this.options.log.info(`MQTT: connected to ${this.shownUrl}; publishing ${this.feeds.map((f) => f.scenario.name).join(', ')}`);
      this.client.publish(status, 'online', { qos: 1, retain: true }, () => {});
    });
    const lost = (why: string) => {
      this.stats.connected = false;
      if (this.outageLogged) return;
      this.outageLogged = true;
      this.options.log.warn(`MQTT: broker ${this.shownUrl} unreachable (${why}); retrying every ${RECONNECT_MS / 1000} s`);
    };
    this.client.on('error', (error) => lost(error.message));
    this.client.on('offline', () => lost('offline'));
    this.client.on('close', () => {
      this.stats.connected = false;
      for (const abandon of this.writing) abandon(new Error('the connection to the broker closed'));
      this.writing.clear();
    });
    this.timer = setInterval(() => this.tick(), Math.min(250, options.intervalMs / 4));
    this.timer.unref();
  }

  /** Publishes every feed's frame that fell due (exposed for tests and the bench). */
  tick(): void {
    const wallMs = this.now();
    for (const feed of this.feeds) {
      if (feed.stopped) continue;
      const instant = feed.clock.instantAt(wallMs);
      if (instant <= feed.lastDue) continue;
      feed.lastDue = instant;
      // The previous frame is still being written, or the broker is away: skip this one (the next
      // frame's events start after the last frame published, so none is lost from the events).
      if (feed.busy || !this.client.connected) {
        this.stats.skipped++;
        continue;
      }
      feed.busy = true;
      this.publishFrame(feed, instant).finally(() => {
        feed.busy = false;
      });
    }
  }

  private async publishFrame(feed: Feed, instant: number): Promise<void> {
    const { scenario } = feed;
    try {
      if (!inTimeRange(instant))
        throw new ApiProblem(400, 'the sim clock reached the end of the representable time range; set an earlier MQTT_START', 'MQTT_START');
      const frame = JSON.parse(await this.options.computeFrame(scenario, feed.lastPublished, instant)) as StreamFrame;
      await this.publish(this.messages(scenario, frame));
      feed.lastPublished = instant;
      this.stats.frames++;
    } catch (error) {
      this.stats.failed++;
      if (error instanceof ApiProblem) {
        feed.stopped = true;
        this.options.log.error(error, `MQTT: stopped publishing ${scenario.name}: ${error.message}`);
      } else if (this.client.connected) {
        // A broker that went away mid-frame is logged by the connection events; anything else here is a bug.
        this.options.log.error(error, `MQTT: a frame of ${scenario.name} failed; the next one will be tried`);
      }
    }
  }

  private messages(scenario: PublishedScenario, frame: StreamFrame): MqttMessage[] {
    const root = `${this.options.prefix}/${scenario.name}`;
    const { format } = this.options;
    const json = format === 'fiware' ? [] : jsonMessages(frame, root);
    const scope = entityScope(scenario.query.city ?? scenario.name, scenario.name);
    const fiware = format === 'json' ? [] : fiwareMessages(frame, root, scope, scenario.geography);
    return [...json, ...fiware];
  }

  /** Hands messages to the client a slice at a time, yielding between slices; resolves when all are written (QoS 0) or acknowledged (QoS 1). */
  private async publish(messages: MqttMessage[]): Promise<void> {
    const { qos, retain } = this.options;
    for (let i = 0; i < messages.length; i += SLICE) {
      const slice = messages.slice(i, i + SLICE);
      const written = Promise.all(
        slice.map((m) =>
          this.client.publishAsync(m.topic, m.payload, { qos, retain: retain && m.state }).then(() => {
            this.stats.messages++;
            this.stats.bytes += m.payload.length;
          }),
        ),
      );
      await new Promise<void>((resolve, reject) => {
        this.writing.add(reject);
        written.then(() => resolve(), reject).finally(() => this.writing.delete(reject));
      });
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  /** Stops publishing, marks the status topic offline and disconnects (forcibly when the broker does not answer). */
  async close(): Promise<void> {
    clearInterval(this.timer);
    for (const feed of this.feeds) feed.stopped = true;
    const graceful = async () => {
      if (this.client.connected) await this.client.publishAsync(`${this.options.prefix}/status`, 'offline', { qos: 1, retain: true });
      await this.client.endAsync();
    };
    let timeout: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<'late'>((resolve) => {
      timeout = setTimeout(() => resolve('late'), CLOSE_TIMEOUT_MS);
    });
    const outcome = await Promise.race([graceful().catch(() => 'late' as const), late]);
    clearTimeout(timeout);
    if (outcome === 'late') await this.client.endAsync(true);
  }
}
