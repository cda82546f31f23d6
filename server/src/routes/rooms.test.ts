/**
 * Rooms over HTTP: opening one (validation naming the field), the board by join code, joining a
 * team, and a team's levers guarded by its token (401 without one of the room's, 403 with another
 * team's or the facilitator's), `If-Match` (428 missing, 412 replayed or stale) and the open round (409).
 */
import { roomRoutes } from '@sandbox/shared';
import { roomInput } from '@sandbox/shared/test-support/room-config';
import { describe, expect, it } from 'vitest';
import { refusal, roomClient } from '../test/room-client';
import { useTestApp } from '../test/test-app';

const app = useTestApp({ RATE_LIMIT_PER_MINUTE: '0' });
const rooms = roomClient(() => ({ inject: app.inject }));

describe('opening a room', () => {
  it('answers 201 with the board, the facilitator’s token (once) and where to join', async () => {
    const res = await rooms.inject({ method: 'POST', url: '/api/rooms', payload: roomRoutes.createRoom.exampleBody });
    // The contract's example is a Columbus room: not a city of the test data.
    expect(refusal(res, 400).issues).toEqual([{ path: 'scenario.city', message: expect.stringContaining('Unknown city "columbus"') }]);
    const created = await rooms.create();
    const { board } = created;
    expect(board.code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{6}$/);
    expect(board).toMatchObject({
      name: 'Evening peak',
      city: 'testville',
      round: 0,
      phase: 'lobby',
      scoring: 'none',
      version: 1,
      results: [],
    });
    expect(board.levers).toEqual([
      { id: 'evShare', min: 0.2, max: 0.5 },
      { id: 'evTimeOfUse' },
      { id: 'demandResponse', min: 0, max: 0.6 },
    ]);
    expect(board.teams.map((t) => [t.id, t.name, t.members, t.levers])).toEqual([
      ['t1', 'Red', 0, { evShare: 0.5, evTimeOfUse: false, demandResponse: 0 }],
      ['t2', 'Blue', 0, { evShare: 0.5, evTimeOfUse: false, demandResponse: 0 }],
    ]);
    expect(created.facilitatorToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(created.addresses).toEqual([`http://localhost:80/join/${board.code}`]);
    // The board never carries a token.
    expect(JSON.stringify(board)).not.toMatch(/token/i);
  });

  it('names the field at fault in a bad room (400)', async () => {
    const bad = async (payload: object, path: string) => {
      const res = await rooms.inject({ method: 'POST', url: '/api/rooms', payload });
      expect(refusal(res, 400).issues?.map((i) => i.path)).toContain(path);
    };
    await bad(roomInput({ levers: [{ id: 'evTimeOfUse', min: 0 }] }, 'testville'), 'levers.0.min');
    await bad(roomInput({ levers: [{ id: 'heatWave' }] }, 'testville'), 'levers.0.id');
    await bad(roomInput({ objective: { kpi: 'peakLoad', guards: ['peakLoad'] } }, 'testville'), 'objective.guards');
    await bad(roomInput({ window: { from: '2026-07-15T20:15:00Z', to: '2026-07-16T02:00:00Z' } }, 'testville'), 'window.from');
    await bad(roomInput({ teams: [] }, 'testville'), 'teams');
    await bad({ ...roomInput({}, 'testville'), token: 'x' }, 'token');
  });
});

describe('a room’s board and joining it', () => {
  it('reads the board by join code in any case (304 while unchanged), 404 for no such room, 400 for a malformed code', async () => {
    const { board } = await rooms.create();
    const res = await rooms.inject({ method: 'GET', url: `/api/rooms/${board.code.toLowerCase()}` });
    expect(res.statusCode).toBe(200);
    expect(res.headers.etag).toBe('"1"');
    expect(res.json()).toEqual(board);
    const again = await rooms.inject({ method: 'GET', url: `/api/rooms/${board.code}`, headers: { 'if-none-match': '"1"' } });
    expect(again.statusCode).toBe(304);
    expect(refusal(await rooms.inject({ method: 'GET', url: '/api/rooms/ZZZZZZ' }), 404).issues?.[0]?.path).toBe('code');
    expect(refusal(await rooms.inject({ method: 'GET', url: '/api/rooms/ab1' }), 400).issues?.[0]?.path).toBe('code');
  });

  it('puts a joiner in the team with the fewest members, or the one named; hands out that team’s token', async () => {
    const { board } = await rooms.create();
    const first = await rooms.join(board.code);
    const second = await rooms.join(board.code);
    const third = await rooms.join(board.code, 't2');
    expect([first.team, second.team, third.team]).toEqual(['t1', 't2', 't2']);
    expect(third.token).toBe(second.token);
    expect(first.token).not.toBe(second.token);
    expect(third.board.teams.map((t) => t.members)).toEqual([1, 2]);
    const res = await rooms.inject({ method: 'POST', url: `/api/rooms/${board.code}/join`, payload: { team: 't9' } });
    expect(refusal(res, 404).message).toBe(`No team "t9" in room ${board.code} (its teams: t1, t2).`);
  });
});

describe('a team’s levers', () => {
  async function openRoom() {
    const created = await rooms.create();
    const code = created.board.code;
    const red = await rooms.join(code, 't1');
    const blue = await rooms.join(code, 't2');
    return { code, facilitator: created.facilitatorToken, red, blue };
  }

  it('refuses changes before a round is open (409), then takes them from the team’s own token with its ETag', async () => {
    const { code, facilitator, red } = await openRoom();
    const early = refusal(await rooms.setLevers(code, 't1', red.token, '"1"', { evShare: 0.3 }), 409);
    expect(early.message).toBe('No round is open yet: levers change once the facilitator starts round 1.');
    expect((await rooms.act(code, facilitator, 'start', 1)).statusCode).toBe(200);
    const res = await rooms.setLevers(code, 't1', red.token, '"1"', { evShare: 0.3, evTimeOfUse: true });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers.etag).toBe('"2"');
    expect(res.json()).toMatchObject({ id: 't1', leverVersion: 2, levers: { evShare: 0.3, evTimeOfUse: true, demandResponse: 0 } });
    // Levers left out keep their values.
    const next = await rooms.setLevers(code, 't1', red.token, '"2"', { demandResponse: 0.4 });
    expect(next.json().levers).toEqual({ evShare: 0.3, evTimeOfUse: true, demandResponse: 0.4 });
    expect((await rooms.board(code)).teams[0]?.levers).toEqual({ evShare: 0.3, evTimeOfUse: true, demandResponse: 0.4 });
  });

  it('answers 401 without a token of the room and 403 for another team’s or the facilitator’s, naming Authorization', async () => {
    const { code, facilitator, red, blue } = await openRoom();
    await rooms.act(code, facilitator, 'start', 1);
    const missing = refusal(await rooms.setLevers(code, 't1', undefined, '"1"', { evShare: 0.3 }), 401);
    expect(missing.issues).toEqual([{ path: 'Authorization', message: expect.stringContaining('Authorization is required') }]);
    const foreign = refusal(await rooms.setLevers(code, 't1', 'x'.repeat(43), '"1"', { evShare: 0.3 }), 401);
    expect(foreign.message).toBe(`This token is not one of room ${code}'s: join the room again to get your team's token.`);
    const malformed = await rooms.inject({
      method: 'PUT',
      url: `/api/rooms/${code}/teams/t1/levers`,
      headers: { authorization: `Basic ${red.token}`, 'if-match': '"1"' },
      payload: { levers: {} },
    });
    expect(refusal(malformed, 401).issues?.[0]?.path).toBe('Authorization');
    const otherTeam = refusal(await rooms.setLevers(code, 't1', blue.token, '"1"', { evShare: 0.3 }), 403);
    expect(otherTeam.message).toBe("Your token is team t2's (Blue): you can change only your own team's levers.");
    expect(refusal(await rooms.setLevers(code, 't1', facilitator, '"1"', { evShare: 0.3 }), 403).issues?.[0]?.path).toBe('Authorization');
    // A token of another room is no token of this one.
    const elsewhere = await openRoom();
    expect((await rooms.setLevers(code, 't1', elsewhere.red.token, '"1"', { evShare: 0.3 })).statusCode).toBe(401);
    expect((await rooms.board(code)).teams[0]?.leverVersion).toBe(1);
  });

  it('answers 428 without If-Match and 412 with the current ETag to a replayed or stale change, changing nothing', async () => {
    const { code, facilitator, red } = await openRoom();
    await rooms.act(code, facilitator, 'start', 1);
    expect(refusal(await rooms.setLevers(code, 't1', red.token, undefined, { evShare: 0.3 }), 428).issues).toEqual([
      { path: 'If-Match', message: 'required' },
    ]);
    expect((await rooms.setLevers(code, 't1', red.token, '"1"', { evShare: 0.3 })).statusCode).toBe(200);
    const replay = await rooms.setLevers(code, 't1', red.token, '"1"', { evShare: 0.3 });
    expect(replay.headers.etag).toBe('"2"');
    expect(refusal(replay, 412).message).toBe(
      `Team t1's levers changed since your copy (you sent If-Match "1", they are at "2"): read the board again and reapply your change.`,
    );
    expect(refusal(await rooms.setLevers(code, 't1', red.token, 'W/"2"', { evShare: 0.3 }), 400).issues?.[0]?.path).toBe('If-Match');
    expect((await rooms.board(code)).teams[0]?.leverVersion).toBe(2);
  });

  it('names the lever at fault: out of the room’s bounds, not handed out, or not a lever at all (400)', async () => {
    const { code, facilitator, red } = await openRoom();
    await rooms.act(code, facilitator, 'start', 1);
    const high = refusal(await rooms.setLevers(code, 't1', red.token, '"1"', { evShare: 0.9 }), 400);
    expect(high.message).toBe('Invalid body field "levers.evShare": must be from 0.2 to 0.5 (the room’s bounds)');
    const notHandedOut = refusal(await rooms.setLevers(code, 't1', red.token, '"1"', { signalRetiming: true }), 400);
    expect(notHandedOut.issues?.[0]?.path).toBe('levers.signalRetiming');
    const unknown = refusal(await rooms.setLevers(code, 't1', red.token, '"1"', { heatWave: 3 } as never), 400);
    expect(unknown.issues?.[0]?.path).toBe('levers');
    expect((await rooms.board(code)).teams[0]?.leverVersion).toBe(1);
  });
});
