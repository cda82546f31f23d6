/**
 * MQTT publishing at 3600× (issue 17): the built server publishes every stream of the default
 * scenario (plain JSON and FIWARE entities, a frame a second = a sim hour a second) to a throw-away
 * mosquitto; a subscriber in this process counts what arrives for MEASURE_S seconds. The broker's own
 * CPU (and the server's) is read from /proc/<pid>/stat over the same window.
 * Baseline, same run, same broker and subscriber: the same payloads (those just received) republished
 * from this process as fast as the client writes them — what this broker and client pass on this
 * machine when nothing computes frames. Ratios: the server's rate over that ceiling, and the broker's
 * CPU per message against its CPU per message in the baseline.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import mqtt from 'mqtt';
import { type Broker, mosquittoUnavailable, startBroker } from '../../support/mosquitto';
import { startServer } from '../../support/server';
import { recorder, round } from '../record';
import type { BenchSuite } from '../types';

const SPEED = 3600;
const INTERVAL_MS = 1000;
const MEASURE_S = 20;
const BASELINE_S = 10;
const START = '2026-07-15T06:00:00Z';
/** Messages handed to the client between two awaits in the baseline publisher. */
const BATCH = 500;

const CLOCK_TICKS = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;

/** CPU seconds (user + system, all threads) a process has used so far. */
function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime and stime are fields 14 and 15 of the line, 12 and 13 after the command name.
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
}

interface Window {
  messages: number;
  seconds: number;
  brokerCpu: number;
  /** CPU seconds of the other process watched (the server), 0 without one. */
  otherCpu: number;
  instants: number;
  /** Frames due between the first and the last instant received (each one a step apart). */
  due: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Counts the messages arriving on `filter` during `seconds`, and the CPU of the broker (and of `otherPid`) meanwhile. */
async function count(broker: Broker, filter: string, seconds: number, otherPid?: number, during?: (stop: () => boolean) => Promise<void>) {
  const subscriber = await mqtt.connectAsync(broker.url);
  let messages = 0;
  const instants = new Set<string>();
  const payloads: { topic: string; payload: Buffer }[] = [];
  let counting = false;
  subscriber.on('message', (topic, payload) => {
    if (!counting) return;
    messages++;
    if (payloads.length < 20_000) payloads.push({ topic, payload });
    // Plain JSON payloads start with {"t":"<instant>": enough to count frames without parsing.
    if (payload[2] === 0x74) instants.add(payload.toString('latin1', 6, 30));
  });
  await subscriber.subscribeAsync(filter, { qos: 0 });
  await sleep(1000);
  counting = true;
  const cpu0 = cpuSeconds(broker.pid());
  const other0 = otherPid ? cpuSeconds(otherPid) : 0;
  const t0 = performance.now();
  let stopped = false;
  const job = during?.(() => stopped);
  await sleep(seconds * 1000);
  stopped = true;
  await job;
  const elapsed = (performance.now() - t0) / 1000;
  const window: Window = {
    messages,
    seconds: elapsed,
    brokerCpu: cpuSeconds(broker.pid()) - cpu0,
    otherCpu: otherPid ? cpuSeconds(otherPid) - other0 : 0,
    instants: instants.size,
    due:
      instants.size === 0
        ? 0
        : (Math.max(...[...instants].map(Date.parse)) - Math.min(...[...instants].map(Date.parse))) / (SPEED * INTERVAL_MS) + 1,
  };
  counting = false;
  await subscriber.endAsync();
  return { window, payloads };
}

export const mqttSuite: BenchSuite = {
  name: 'mqtt',
  description: `MQTT publish rate at ${SPEED}× for all streams, JSON + FIWARE, with mosquitto's CPU (baseline: the same payloads republished raw)`,
  async run() {
    const missing = mosquittoUnavailable();
    if (missing) throw new Error(missing);
    const broker = await startBroker();
    try {
      const server = await startServer({
        MQTT_URL: broker.url,
        MQTT_SPEED: String(SPEED),
        MQTT_INTERVAL_MS: String(INTERVAL_MS),
        MQTT_START: START,
        RATE_LIMIT_PER_MINUTE: '0',
      });
      let sandbox: Window;
      let payloads: { topic: string; payload: Buffer }[];
      try {
        ({ window: sandbox, payloads } = await count(broker, 'sandbox/+/#', MEASURE_S, server.process.pid));
      } finally {
        await server.stop();
      }
      if (payloads.length === 0) throw new Error('no MQTT message arrived from the server');

      const publisher = await mqtt.connectAsync(broker.url);
      const { window: raw } = await count(broker, 'bench/#', BASELINE_S, undefined, async (stop) => {
        for (let i = 0; !stop(); i += BATCH) {
          await Promise.all(
            Array.from({ length: BATCH }, (_, k) => {
              const m = payloads[(i + k) % payloads.length] as { topic: string; payload: Buffer };
              return publisher.publishAsync(`bench/${m.topic}`, m.payload, { qos: 0 });
            }),
          );
        }
      });
      await publisher.endAsync();

      const rate = sandbox.messages / sandbox.seconds;
      const rawRate = raw.messages / raw.seconds;
      const cpuPct = (w: Window) => (w.brokerCpu / w.seconds) * 100;
      const usPerMessage = (w: Window) => (w.brokerCpu / Math.max(1, w.messages)) * 1e6;
      const framesPerS = sandbox.instants / sandbox.seconds;
      const publishedShare = sandbox.instants / Math.max(1, sandbox.due);
      const record = recorder('mqtt');
      /** A broker figure of the Sandbox's window against the same figure of the raw republish. */
      const againstRaw = (name: string, label: string, unit: string, of: (w: Window) => number) =>
        record({
          name: `mqtt.3600x.${name}`,
          label: `MQTT at ${SPEED}×: ${label}`,
          value: round(of(sandbox), 1),
          unit,
          baseline: round(of(raw), 1),
          ratio: round(of(sandbox) / Math.max(0.01, of(raw)), 2),
          target: '—',
          met: null,
        });
      return [
        record({
          name: 'mqtt.3600x.messages-per-s',
          label: `MQTT at ${SPEED}×, every stream, JSON + FIWARE: messages/s received (${round(sandbox.messages / Math.max(1, sandbox.instants), 0)} a frame; baseline: the same payloads republished raw)`,
          value: round(rate, 0),
          unit: 'msg/s',
          baseline: round(rawRate, 0),
          ratio: round(rate / rawRate, 3),
          target: '—',
          met: null,
        }),
        record({
          name: 'mqtt.3600x.frames-published-pct',
          label: `MQTT at ${SPEED}×: frames published of those due (${sandbox.instants} of ${sandbox.due}, one a sim hour every ${INTERVAL_MS} ms; ${round(framesPerS, 2)} a second)`,
          value: round(publishedShare * 100, 1),
          unit: '%',
          baseline: null,
          ratio: null,
          target: '≥ 95',
          met: publishedShare >= 0.95,
        }),
        againstRaw('broker-cpu-pct', "mosquitto's CPU, % of one core (baseline: during the raw republish)", '%', cpuPct),
        againstRaw('broker-us-per-message', "mosquitto's CPU per message (baseline: per raw message)", 'µs', usPerMessage),
        record({
          name: 'mqtt.3600x.server-cpu-pct',
          label: `MQTT at ${SPEED}×: the server's CPU (all threads, frames computed and published), % of one core`,
          value: round((sandbox.otherCpu / sandbox.seconds) * 100, 1),
          unit: '%',
          baseline: null,
          ratio: null,
          target: '—',
          met: null,
        }),
      ];
    } finally {
      await broker.stop();
    }
  },
};
