/**
 * A room's rounds over HTTP: the facilitator starts, locks and reveals (a repeat is a 409 naming
 * what comes next; a team's token is a 403); the lock scores every team with the Lab's scorecard and
 * the board ranks them exactly as the scorecard of each team's scenario says; the results file; the
 * board as Server-Sent Events; tokens never in the logs; the per-room rate limit.
 */

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import {
  type KpiNumbers,
  LAB_KPI_IDS,
  ROOM_RATE_LIMITS,
  RoomBoardSchema,
  type RoomConfig,
  rankTeams,
  type TeamLevers,
  teamScenario,
} from '@sandbox/shared';
import { labRun } from '@sandbox/shared/lab/plan';
import { TelemetryService } from '@sandbox/shared/simulation/telemetry-service';
import { roomConfig } from '@sandbox/shared/test-support/room-config';
import { testCity } from '@sandbox/shared/test-support/test-city';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../app';
import { loadConfig } from '../config';
import { writeDataDir } from '../test/build-test-app';
import { bearer, refusal, roomClient } from '../test/room-client';
import { useTestApp } from '../test/test-app';

const app = useTestApp({ RATE_LIMIT_PER_MINUTE: '0' });
const rooms = roomClient(() => ({ inject: app.inject }));

const RED: TeamLevers = { evShare: 0.2, evTimeOfUse: true, demandResponse: 0.6 };
const BLUE: TeamLevers = { evShare: 0.5, evTimeOfUse: false, demandResponse: 0 };

/** What the Lab's scorecard says of a scenario, computed here without the server. */
function expectedFigures(config: RoomConfig, levers: TeamLevers | undefined): KpiNumbers {
  const service = new TelemetryService([testCity]);
  const scenario = levers ? teamScenario(config, levers) : config.scenario;
  const card = service.labScenario(labRun(scenario, Date.parse(config.window.from), Date.parse(config.window.to)), 0);
  return Object.fromEntries(LAB_KPI_IDS.map((id) => [id, card.values[id].value])) as KpiNumbers;
}

async function playedRound() {
  const created = await rooms.create();
  const { code } = created.board;
  const facilitator = created.facilitatorToken;
  const red = await rooms.join(code, 't1');
  const blue = await rooms.join(code, 't2');
  expect((await rooms.act(code, facilitator, 'start', 1)).statusCode).toBe(200);
  expect((await rooms.setLevers(code, 't1', red.token, '"1"', RED)).statusCode).toBe(200);
  expect((await rooms.setLevers(code, 't2', blue.token, '"1"', BLUE)).statusCode).toBe(200);
  return { code, facilitator, red, blue };
}

describe('rounds', () => {
  it('start, lock, reveal: the board ranks the teams by the objective computed from their scenarios', async () => {
    const { code, facilitator, red } = await playedRound();
    const locked = await rooms.act(code, facilitator, 'lock', 1);
    expect(RoomBoardSchema.parse(locked.json())).toMatchObject({ round: 1, phase: 'locked' });
    // Locked: the levers are frozen.
    expect(refusal(await rooms.setLevers(code, 't1', red.token, '"2"', { evShare: 0.4 }), 409).message).toContain('Round 1 is locked');
    await rooms.scored(code);
    // Scored but not revealed: the board shows no ranking yet.
    expect((await rooms.board(code)).results).toEqual([]);
    const revealed = RoomBoardSchema.parse((await rooms.act(code, facilitator, 'reveal', 1)).json());
    const config = roomConfig({}, 'testville');
    const expected = rankTeams(config.objective, expectedFigures(config, undefined), [
      { team: 't1', values: expectedFigures(config, RED), levers: RED },
      { team: 't2', values: expectedFigures(config, BLUE), levers: BLUE },
    ]);
    expect(revealed.results).toEqual([{ round: 1, baseline: expectedFigures(config, undefined).peakLoad, teams: expected }]);
    expect(revealed.results[0]?.teams.map((t) => t.rank)).toEqual([1, 2]);
    expect(revealed.results[0]?.teams[0]?.value).not.toBe(revealed.results[0]?.teams[1]?.value);
  });

  it('refuses a repeated or out-of-order action with what comes next (409), a team’s token (403), no token (401)', async () => {
    const { code, facilitator, red } = await playedRound();
    expect(refusal(await rooms.act(code, facilitator, 'start', 1), 409).message).toBe(
      'Cannot start round 1: the room is at round 1 (open); the next step is to lock round 1.',
    );
    expect(refusal(await rooms.act(code, facilitator, 'reveal', 1), 409).issues?.[0]?.path).toBe('round');
    expect(refusal(await rooms.act(code, red.token, 'lock', 1), 403).message).toBe(
      'Only the facilitator runs the rounds and downloads the results; this is a team’s token.',
    );
    expect(refusal(await rooms.act(code, undefined, 'lock', 1), 401).issues?.[0]?.path).toBe('Authorization');
    expect(refusal(await rooms.act(code, facilitator, 'lock', 3), 409).message).toContain('the room has 2 rounds');
    expect((await rooms.board(code)).phase).toBe('open');
  });

  it('carries the levers into the next round and ranks each revealed round', async () => {
    const { code, facilitator, blue } = await playedRound();
    await rooms.act(code, facilitator, 'lock', 1);
    await rooms.scored(code);
    await rooms.act(code, facilitator, 'reveal', 1);
    expect((await rooms.act(code, facilitator, 'start', 2)).statusCode).toBe(200);
    const board = await rooms.board(code);
    expect(board.teams.map((t) => t.levers)).toEqual([{ ...RED }, { ...BLUE }]);
    expect((await rooms.setLevers(code, 't2', blue.token, '"2"', { evTimeOfUse: true })).statusCode).toBe(200);
    await rooms.act(code, facilitator, 'lock', 2);
    await rooms.scored(code);
    const final = RoomBoardSchema.parse((await rooms.act(code, facilitator, 'reveal', 2)).json());
    expect(final.results.map((r) => r.round)).toEqual([1, 2]);
    expect(final.results[1]?.teams.find((t) => t.team === 't2')?.levers.evTimeOfUse).toBe(true);
    expect(refusal(await rooms.act(code, facilitator, 'start', 3), 409).message).toContain('all 2 rounds have been played');
  });

  it('gives the facilitator the results as CSV, and no one else', async () => {
    const { code, facilitator, red } = await playedRound();
    await rooms.act(code, facilitator, 'lock', 1);
    await rooms.scored(code);
    const url = `/api/rooms/${code}/results.csv`;
    expect(refusal(await rooms.inject({ method: 'GET', url }), 401).issues?.[0]?.path).toBe('Authorization');
    expect((await rooms.inject({ method: 'GET', url, headers: bearer(red.token) })).statusCode).toBe(403);
    const res = await rooms.inject({ method: 'GET', url, headers: bearer(facilitator) });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="room-${code}-results.csv"`);
    const lines = res.body.trim().split('\r\n');
    expect(lines[0]).toBe(
      'room,round,rank,team_id,team,peakLoad (kW),baseline peakLoad (kW),guards_kept,pm25Exposure (µg/m³),baseline pm25Exposure (µg/m³),evShare (0-1),evTimeOfUse,demandResponse (0-1)',
    );
    expect(lines).toHaveLength(3);
    expect(lines.slice(1).map((line) => line.split(',').slice(0, 5).join(','))).toEqual(
      expect.arrayContaining([expect.stringMatching(new RegExp(`^${code},1,[12],t1,Red$`)), expect.stringMatching(/,t2,Blue$/)]),
    );
  });
});

describe('the board as Server-Sent Events', () => {
  it('sends the board at once and again after a change, with its version as the event id', async () => {
    const { code, red } = await playedRound();
    const address = await app.listen();
    const res = await fetch(`${address}/api/rooms/${code}/events`);
    expect(res.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    const reader = res.body?.getReader();
    if (!reader) throw new Error('no body');
    const decoder = new TextDecoder();
    let text = '';
    const until = async (pattern: RegExp) => {
      while (!pattern.test(text)) text += decoder.decode((await reader.read()).value, { stream: true });
    };
    await until(/event: board\ndata: .*\n\n/);
    const first = RoomBoardSchema.parse(JSON.parse(/data: (.*)\n/.exec(text)?.[1] ?? ''));
    expect(text).toContain(`id: ${first.version}\n`);
    expect((await rooms.setLevers(code, 't1', red.token, '"2"', { evShare: 0.35 })).statusCode).toBe(200);
    await until(new RegExp(`id: ${first.version + 1}\nevent: board\ndata: .*\n\n`));
    const second = RoomBoardSchema.parse(JSON.parse(text.split('data: ')[2]?.split('\n')[0] ?? ''));
    expect(second.teams[0]?.levers.evShare).toBe(0.35);
    await reader.cancel();
    expect(refusal(await rooms.inject({ method: 'GET', url: '/api/rooms/ZZZZZZ/events' }), 404).issues?.[0]?.path).toBe('code');
  });
});

describe('secrets and limits', () => {
  it('never writes a token into the server log', async () => {
    let log = '';
    const stream = new Writable({
      write(chunk, _encoding, done) {
        log += chunk;
        done();
      },
    });
    const config = loadConfig({
      DATA_DIR: writeDataDir(),
      WEB_DIST: join(tmpdir(), 'no-web-dist'),
      ENGINE_WORKERS: '0',
      STATE_DIR: mkdtempSync(join(tmpdir(), 'sandbox-state-')),
      LOG_LEVEL: 'trace',
    });
    const logged = await buildApp(config, { logger: { level: 'trace', stream } });
    try {
      const client = roomClient(() => logged);
      const created = await client.create();
      const { code } = created.board;
      const member = await client.join(code);
      await client.act(code, created.facilitatorToken, 'start', 1);
      await client.setLevers(code, member.team, member.token, '"1"', { evShare: 0.3 });
      await client.setLevers(code, member.team, member.token, '"1"', { evShare: 0.3 });
      await client.inject({ method: 'GET', url: `/api/rooms/${code}/results.csv`, headers: bearer(created.facilitatorToken) });
      expect(log).toContain(`/api/rooms/${code}`);
      expect(log).not.toContain(created.facilitatorToken);
      expect(log).not.toContain(member.token);
    } finally {
      await logged.close();
    }
  });

  it('limits joins per room (429 with Retry-After), leaving other rooms alone', async () => {
    const busy = await rooms.create();
    const quiet = await rooms.create();
    const join = (code: string) => rooms.inject({ method: 'POST', url: `/api/rooms/${code}/join`, payload: {} });
    for (let i = 0; i < ROOM_RATE_LIMITS.joinsPerMinute; i++) expect((await join(busy.board.code)).statusCode).toBe(200);
    const limited = await join(busy.board.code);
    expect(refusal(limited, 429).message).toMatch(
      new RegExp(`^More than ${ROOM_RATE_LIMITS.joinsPerMinute} joins of room ${busy.board.code} a minute; retry in \\d+ s\\.$`),
    );
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect((await join(quiet.board.code)).statusCode).toBe(200);
  });
});
