/**
 * Live streams under load (issue 4): 500 concurrent `/api/stream` clients at 60× for 30 s against
 * the built server in its own process. Each client asks for what the dashboard asks for (every
 * topic, a frame a second); the 500 are spread over ten scenario streams (five seeds × two start
 * times), like a workshop where tables explore different stories. Figures:
 * - frames on time: frames that arrived within LATE_MS of when they fell due, over the frames that
 *   should have fallen due in the window (a coalesced or missing frame counts against it);
 * - p99 lag: arrival (the frame's last byte) minus the moment it fell due on the client's clock;
 * - the server's peak resident memory, read from /api/health every second.
 * Baseline, same run: one client alone for 10 s, measured the same way.
 *
 * Frame k falls due at the client's clock start + k × interval; the server names that start in an
 * SSE comment when the stream opens (same machine, same wall clock).
 * The clients run in this process on the same two cores as the server, reading ~28 MB/s between them.
 */
import http from 'node:http';
import { HealthSchema } from '@sandbox/shared';
import { type RunningServer, startServer } from '../../support/server';
import { quantile, recorder, round } from '../record';
import type { BenchSuite } from '../types';

const CLIENTS = 500;
const SPEED = 60;
const INTERVAL_MS = 1000;
const MEASURE_S = 30;
const BASELINE_S = 10;
/** Connections opened per second while ramping up: a room joining, not a thundering herd. */
const RAMP_PER_S = 100;
const LATE_MS = 250;
const STEP_MS = SPEED * INTERVAL_MS;
const SEEDS = [1, 2, 3, 4, 5];
const STARTS = ['2026-07-15T21:30:00Z', '2026-07-15T07:00:00Z'];
const NEWLINE = 0x0a;
const EVENT_END = Buffer.from('\n\n');
/** Enough of an event's start to hold `id: <epoch ms>\n` or `retry: 2000\n: clock-start <epoch ms>`. */
const HEAD_CHARS = 48;

interface Client {
  /** When the server started this client's clock (its `: clock-start` comment), wall ms. */
  clockStart: number | null;
  firstInstant: number | null;
  /** Wall time each frame finished arriving, by its sim instant. */
  arrivals: Map<number, number>;
  request: http.ClientRequest;
  status: number | null;
}

/** Opens one stream and records when each frame's last byte arrives. */
function connect(baseUrl: string, i: number): Client {
  const seed = SEEDS[i % SEEDS.length];
  const start = STARTS[Math.floor(i / SEEDS.length) % STARTS.length];
  const url = `${baseUrl}/api/stream?seed=${seed}&start=${start}&speed=${SPEED}&intervalMs=${INTERVAL_MS}`;
  const state: Omit<Client, 'request'> = { clockStart: null, firstInstant: null, arrivals: new Map(), status: null };
  const request = http.get(url, { agent: false }, (res) => {
    state.status = res.statusCode ?? null;
    // Bytes are scanned, not decoded: only the first bytes of each event (its id line) become text,
    // so the 500 clients cost this process little of the CPU the server needs.
    let head = '';
    let endedWithNewline = false;
    const finish = () => {
      const clock = /^(?:retry: \d+\n)?: clock-start (\d+)/.exec(head);
      if (clock) state.clockStart = Number(clock[1]);
      if (head.startsWith('id: ')) {
        const instant = Number(head.slice(4, head.indexOf('\n')));
        state.firstInstant ??= instant;
        state.arrivals.set(instant, Date.now());
      }
      head = '';
    };
    const keepHead = (chunk: Buffer, from: number, to: number) => {
      if (head.length < HEAD_CHARS) head += chunk.toString('latin1', from, Math.min(to, from + HEAD_CHARS));
    };
    res.on('data', (chunk: Buffer) => {
      let pos = 0;
      if (endedWithNewline && chunk[0] === NEWLINE) {
        finish(); // the blank line ending the event straddled two chunks
        pos = 1;
      }
      for (let end = chunk.indexOf(EVENT_END, pos); end >= 0; end = chunk.indexOf(EVENT_END, pos)) {
        keepHead(chunk, pos, end);
        finish();
        pos = end + 2;
      }
      keepHead(chunk, pos, chunk.length);
      endedWithNewline = chunk[chunk.length - 1] === NEWLINE;
    });
  });
  request.on('error', () => {
    // Counted below as frames that never arrived.
  });
  return Object.assign(state, { request });
}

interface Window {
  fromMs: number;
  toMs: number;
}

/** On-time frames and lags of the frames that fell due inside the window, per the header. */
function score(clients: Client[], window: Window): { due: number; onTime: number; lags: number[] } {
  let due = 0;
  let onTime = 0;
  const lags: number[] = [];
  for (const client of clients) {
    if (client.firstInstant === null || client.clockStart === null) {
      due += Math.floor((window.toMs - window.fromMs) / INTERVAL_MS);
      continue;
    }
    const firstDue = Math.ceil((window.fromMs - client.clockStart) / INTERVAL_MS);
    const lastDue = Math.floor((window.toMs - client.clockStart) / INTERVAL_MS);
    for (let k = Math.max(0, firstDue); k <= lastDue; k++) {
      due++;
      const arrived = client.arrivals.get(client.firstInstant + k * STEP_MS);
      if (arrived === undefined) continue;
      const lag = arrived - (client.clockStart + k * INTERVAL_MS);
      lags.push(lag);
      if (lag <= LATE_MS) onTime++;
    }
  }
  return { due, onTime, lags };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function health(server: RunningServer) {
  return HealthSchema.parse(await (await fetch(`${server.url}/api/health`)).json());
}

/** Opens `count` clients at RAMP_PER_S, measures for `seconds`, closes them; returns the score and peak RSS. */
async function measure(server: RunningServer, count: number, seconds: number) {
  const clients: Client[] = [];
  for (let i = 0; i < count; i++) {
    clients.push(connect(server.url, i));
    if ((i + 1) % RAMP_PER_S === 0) await sleep(1000);
  }
  await sleep(2000); // the last ones are streaming
  let peakRssMb = 0;
  let peakStreams = 0;
  const window = { fromMs: Date.now(), toMs: Date.now() + seconds * 1000 };
  while (Date.now() < window.toMs) {
    const h = await health(server);
    peakRssMb = Math.max(peakRssMb, h.rssMb);
    peakStreams = Math.max(peakStreams, h.streams);
    await sleep(1000);
  }
  await sleep(LATE_MS + 200); // frames due at the window's end may still be arriving on time
  for (const client of clients) client.request.destroy();
  const refused = clients.filter((c) => c.status !== 200).length;
  if (refused > 0) throw new Error(`${refused} of ${count} streams were refused or failed`);
  return { ...score(clients, window), peakRssMb, peakStreams };
}

export const streamsSuite: BenchSuite = {
  name: 'streams',
  description: `${CLIENTS} live-stream clients at ${SPEED}× for ${MEASURE_S} s (baseline: one client)`,
  async run() {
    const server = await startServer({ RATE_LIMIT_PER_MINUTE: '0', MAX_STREAMS_PER_CLIENT: String(CLIENTS) });
    try {
      const one = await measure(server, 1, BASELINE_S);
      await sleep(1000);
      const many = await measure(server, CLIENTS, MEASURE_S);
      const record = recorder('streams');
      const share = (s: { due: number; onTime: number }) => s.onTime / Math.max(1, s.due);
      const p99 = quantile(many.lags, 0.99);
      const p99One = quantile(one.lags, 0.99);
      return [
        record({
          name: 'streams.500.on-time-share',
          label: `${CLIENTS} stream clients at ${SPEED}×: frames on time (≤ ${LATE_MS} ms late), ${many.onTime} of ${many.due}`,
          value: round(share(many) * 100, 1),
          unit: '%',
          baseline: round(share(one) * 100, 1),
          ratio: round(share(many) / Math.max(1e-9, share(one))),
          target: '≥ 95',
          met: share(many) >= 0.95,
        }),
        record({
          name: 'streams.500.p99-lag-ms',
          label: `${CLIENTS} stream clients at ${SPEED}×: p99 frame lag (baseline: one client)`,
          value: p99,
          unit: 'ms',
          baseline: p99One,
          ratio: round(p99 / Math.max(1, p99One)),
          target: '< 250',
          met: p99 < 250,
        }),
        record({
          name: 'streams.500.median-lag-ms',
          label: `${CLIENTS} stream clients at ${SPEED}×: median frame lag (baseline: one client)`,
          value: quantile(many.lags, 0.5),
          unit: 'ms',
          baseline: quantile(one.lags, 0.5),
          ratio: round(quantile(many.lags, 0.5) / Math.max(1, quantile(one.lags, 0.5))),
          target: '—',
          met: null,
        }),
        record({
          name: 'streams.500.peak-rss-mb',
          label: `${CLIENTS} stream clients at ${SPEED}×: server peak memory, ${many.peakStreams} streams open (baseline: one client)`,
          value: round(many.peakRssMb, 0),
          unit: 'MB',
          baseline: round(one.peakRssMb, 0),
          ratio: round(many.peakRssMb / Math.max(1, one.peakRssMb)),
          target: '< 400',
          met: many.peakRssMb < 400,
        }),
      ];
    } finally {
      await server.stop();
    }
  },
};
