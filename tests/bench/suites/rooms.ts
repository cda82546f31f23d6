/**
 * A workshop room under load (issue 14): one built server in its own process holds a room of 60
 * participants (12 teams of 5) and the projector. Every participant holds the room's event stream,
 * as their phone does, and changes a lever of their team about every 3 s (teammates racing on one
 * version get a 412 and retry on the version it names, as the page does). Figures:
 * - p99 latency from a lever change being sent to the projector's stream carrying a board with that
 *   change (the team's new lever version), over the accepted changes;
 * - the server's peak resident memory (read from /api/health every second).
 * Baseline, same run: a room of one participant and the projector, measured the same way.
 * The clients run in this process on the same two cores as the server.
 */
import http from 'node:http';
import { HealthSchema, RoomBoardSchema, RoomCreatedSchema } from '@sandbox/shared';
import { type RunningServer, startServer } from '../../support/server';
import { quantile, recorder, round } from '../record';
import type { BenchSuite } from '../types';

const PARTICIPANTS = 60;
const TEAM_SIZE = 5;
const CHANGE_EVERY_MS = 3000;
const MEASURE_S = 30;
const BASELINE_S = 15;
const TARGET_P99_MS = 500;
const TARGET_RSS_MB = 400;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function health(server: RunningServer) {
  return HealthSchema.parse(await (await fetch(`${server.url}/api/health`)).json());
}

/** Opens the room's stream; `onBoard` gets each board event's data (only for the projector, the others just read). */
function stream(server: RunningServer, code: string, onBoard?: (json: string) => void): http.ClientRequest {
  return http.get(`${server.url}/api/rooms/${code}/events`, { agent: false }, (res) => {
    if (res.statusCode !== 200) throw new Error(`stream answered ${res.statusCode}`);
    if (!onBoard) {
      res.resume();
      return;
    }
    let buffer = '';
    res.setEncoding('utf8');
    res.on('data', (chunk: string) => {
      buffer += chunk;
      for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = block.split('\n').find((line) => line.startsWith('data: '));
        if (data) onBoard(data.slice(6));
      }
    });
  });
}

async function openRoom(server: RunningServer, teams: number) {
  const res = await fetch(`${server.url}/api/rooms`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      name: 'Bench room',
      scenario: { city: 'columbus', levers: { evShare: 0.6, evTimeOfUse: true } },
      window: { from: '2026-07-15T20:00:00Z', to: '2026-07-16T02:00:00Z' },
      levers: [{ id: 'evShare', min: 0.2, max: 0.8 }, { id: 'evTimeOfUse' }, { id: 'demandResponse', max: 0.6 }],
      objective: { kpi: 'peakLoad', guards: ['pm25Exposure'] },
      rounds: 1,
      teams: Array.from({ length: teams }, (_, i) => `Team ${i + 1}`),
    }),
  });
  return RoomCreatedSchema.parse(await res.json());
}

/** A room of `participants` (teams of TEAM_SIZE) and the projector, changing levers for `seconds`. */
async function measure(server: RunningServer, participants: number, seconds: number) {
  const teams = Math.ceil(participants / TEAM_SIZE);
  const created = await openRoom(server, teams);
  const code = created.board.code;
  const start = await fetch(`${server.url}/api/rooms/${code}/rounds`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${created.facilitatorToken}` },
    body: JSON.stringify({ action: 'start', round: 1 }),
  });
  if (start.status !== 200) throw new Error(`start answered ${start.status}`);

  /** When the projector first saw each team at a higher lever version (two quick changes may show as one board). */
  const seen = new Map<string, { version: number; at: number }[]>();
  const projector = stream(server, code, (json) => {
    const now = performance.now();
    for (const team of RoomBoardSchema.parse(JSON.parse(json)).teams) {
      const list = seen.get(team.id) ?? [];
      if ((list.at(-1)?.version ?? 0) < team.leverVersion) list.push({ version: team.leverVersion, at: now });
      seen.set(team.id, list);
    }
  });
  const seenAt = (team: string, version: number) => seen.get(team)?.find((s) => s.version >= version)?.at ?? Number.POSITIVE_INFINITY;
  const members: { team: string; token: string }[] = [];
  for (let i = 0; i < participants; i++) {
    const res = await fetch(`${server.url}/api/rooms/${code}/join`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ team: `t${(i % teams) + 1}` }),
    });
    const joined = (await res.json()) as { team: string; token: string };
    members.push({ team: joined.team, token: joined.token });
  }
  const streams = members.map(() => stream(server, code));
  await sleep(1000);

  const version = new Map<string, number>(Array.from({ length: teams }, (_, i) => [`t${i + 1}`, 1]));
  const sent: { team: string; version: number; at: number }[] = [];
  let conflicts = 0;
  let failures = 0;
  let peakRssMb = 0;
  const endAt = Date.now() + seconds * 1000;
  const change = async (member: { team: string; token: string }, n: number) => {
    const basedOn = version.get(member.team) ?? 1;
    const at = performance.now();
    const res = await fetch(`${server.url}/api/rooms/${code}/teams/${member.team}/levers`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${member.token}`, 'if-match': `"${basedOn}"` },
      body: JSON.stringify({ levers: { evShare: 0.2 + ((n * 7) % 61) / 100 } }),
    });
    const etag = Number((res.headers.get('etag') ?? '"0"').replaceAll('"', ''));
    await res.arrayBuffer();
    if (res.status === 200) sent.push({ team: member.team, version: etag, at });
    else if (res.status === 412) conflicts++;
    else failures++;
    version.set(member.team, Math.max(version.get(member.team) ?? 1, etag));
  };
  const players = members.map(async (member, i) => {
    // Spread over the first period, then about one change per period each.
    await sleep((i * CHANGE_EVERY_MS) / members.length);
    for (let n = i; Date.now() < endAt; n += members.length) {
      await change(member, n);
      await sleep(CHANGE_EVERY_MS * (0.75 + Math.random() / 2));
    }
  });
  while (Date.now() < endAt) {
    peakRssMb = Math.max(peakRssMb, (await health(server)).rssMb);
    await sleep(1000);
  }
  await Promise.all(players);
  await sleep(1000);
  projector.destroy();
  for (const s of streams) s.destroy();
  const latencies = sent.map(({ team, version, at }) => seenAt(team, version) - at);
  const missed = latencies.filter((ms) => !Number.isFinite(ms)).length;
  return { latencies, accepted: sent.length, conflicts, failures, missed, peakRssMb };
}

export const roomsSuite: BenchSuite = {
  name: 'rooms',
  description: `A room of ${PARTICIPANTS} participants and the projector: lever change → board update, server memory (baseline: a room of one)`,
  async run() {
    const server = await startServer({ RATE_LIMIT_PER_MINUTE: '0', MAX_STREAMS_PER_CLIENT: String(PARTICIPANTS + 10), LOG_LEVEL: 'error' });
    try {
      const one = await measure(server, 1, BASELINE_S);
      const many = await measure(server, PARTICIPANTS, MEASURE_S);
      if (many.failures > 0 || many.missed > 0) throw new Error(`${many.failures} changes failed, ${many.missed} never reached the board`);
      const record = recorder('rooms');
      const p99 = quantile(many.latencies, 0.99);
      const p99One = quantile(one.latencies, 0.99);
      return [
        record({
          name: 'rooms.60.p99-change-to-board-ms',
          label: `Room of ${PARTICIPANTS} + projector: p99 lever change → projector's board, ${many.accepted} changes (${many.conflicts} teammates' 412s retried; baseline: a room of one)`,
          value: round(p99, 0),
          unit: 'ms',
          baseline: round(p99One, 0),
          ratio: round(p99 / Math.max(1, p99One)),
          target: `< ${TARGET_P99_MS}`,
          met: p99 < TARGET_P99_MS,
        }),
        record({
          name: 'rooms.60.median-change-to-board-ms',
          label: `Room of ${PARTICIPANTS} + projector: median lever change → projector's board (baseline: a room of one)`,
          value: round(quantile(many.latencies, 0.5), 0),
          unit: 'ms',
          baseline: round(quantile(one.latencies, 0.5), 0),
          ratio: round(quantile(many.latencies, 0.5) / Math.max(1, quantile(one.latencies, 0.5))),
          target: '—',
          met: null,
        }),
        record({
          name: 'rooms.60.peak-rss-mb',
          label: `Room of ${PARTICIPANTS} + projector: server peak memory, ${PARTICIPANTS + 1} streams open (baseline: a room of one)`,
          value: round(many.peakRssMb, 0),
          unit: 'MB',
          baseline: round(one.peakRssMb, 0),
          ratio: round(many.peakRssMb / Math.max(1, one.peakRssMb)),
          target: `< ${TARGET_RSS_MB}`,
          met: many.peakRssMb < TARGET_RSS_MB,
        }),
      ];
    } finally {
      await server.stop();
    }
  },
};
