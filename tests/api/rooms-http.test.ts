/**
 * Workshop rooms on the built server over real HTTP: every success and every 4xx the OpenAPI
 * document lists for a room route is answered for real and validates (ajv) against the documented
 * schema, the board stream and the results file come with their documented media types, and the
 * per-room limits answer 429 with Retry-After. (Redocly lints these routes in openapi-lint.test.ts.)
 */
import { roomRoutes as r, type WriteRouteContract } from '@sandbox/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentedRoutes } from '../support/documented';
import { type RunningServer, startServer } from '../support/server';
import { readEvents } from '../support/sse';

let server: RunningServer;
const documented = documentedRoutes(() => server.url);
const { conforms, call } = documented;
const json = { 'content-type': 'application/json' };
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

beforeAll(async () => {
  server = await startServer({ RATE_LIMIT_PER_MINUTE: '0' });
});
afterAll(async () => {
  await server?.stop();
});

/** A room opened from the contract's example (Columbus, three teams), with two members joined. */
async function openRoom() {
  const created = await call(r.createRoom, {}, { headers: json, body: JSON.stringify(r.createRoom.exampleBody) });
  expect(created.status).toBe(201);
  const { board, facilitatorToken } = (await created.json()) as { board: { code: string }; facilitatorToken: string };
  const join = async (team: string) =>
    (await (await call(r.joinRoom, { code: board.code }, { headers: json, body: JSON.stringify({ team }) })).json()) as { token: string };
  return { code: board.code, facilitator: facilitatorToken, red: (await join('t1')).token, blue: (await join('t2')).token };
}

const act = (code: string, token: string, action: string, round: number) =>
  call(r.roomAction, { code }, { headers: { ...json, ...bearer(token) }, body: JSON.stringify({ action, round }) });

describe('room routes as documented', () => {
  it('answers each route’s success as documented', async () => {
    const created = await call(r.createRoom, {}, { headers: json, body: JSON.stringify(r.createRoom.exampleBody) });
    expect(created.headers.get('location')).toMatch(/^\/api\/rooms\/[A-Z2-9]{6}$/);
    await conforms(r.createRoom, created);
    const { code, facilitator, red } = await openRoom();
    await conforms(r.getRoom, await call(r.getRoom, { code }));
    const notModified = await call(r.getRoom, { code }, { headers: { 'if-none-match': '"3"' } });
    expect(notModified.status).toBe(304);
    await conforms(r.getRoom, notModified);
    await conforms(r.roomAddresses, await call(r.roomAddresses, { code }));
    await conforms(r.joinRoom, await call(r.joinRoom, { code }, { headers: json, body: JSON.stringify(r.joinRoom.exampleBody) }));
    await conforms(r.roomAction, await act(code, facilitator, 'start', 1));
    const levers = await call(
      r.setTeamLevers,
      { code, team: 't1' },
      { headers: { ...json, ...bearer(red), 'if-match': '"1"' }, body: JSON.stringify(r.setTeamLevers.exampleBody) },
    );
    expect(levers.headers.get('etag')).toBe('"2"');
    await conforms(r.setTeamLevers, levers);

    const events = await call(r.roomEvents, { code });
    expect(events.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    const [first] = await readEvents(events, 1);
    expect(first).toMatchObject({ event: 'board', id: expect.stringMatching(/^\d+$/) });
    expect(JSON.parse(first?.data ?? '{}').code).toBe(code);

    const csv = await call(r.roomResults, { code }, { headers: bearer(facilitator) });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect((await csv.text()).split('\r\n')[0]).toMatch(/^room,round,rank,team_id,team,peakLoad \(kW\)/);
  });

  it('answers every documented 4xx for real, in the documented error shape', async () => {
    const { code, facilitator, red, blue } = await openRoom();
    const body = JSON.stringify({ levers: { evShare: 0.3 } });
    const levers = (team: string, headers: Record<string, string>, payload = body) =>
      call(r.setTeamLevers, { code, team }, { headers: { ...json, ...headers }, body: payload });
    const huge = JSON.stringify({ ...r.createRoom.exampleBody, name: 'x'.repeat(1024 * 1024) });
    // In the lobby no round is open: a lever change is a 409.
    const closed = await levers('t1', { ...bearer(red), 'if-match': '"1"' });
    expect((await act(code, facilitator, 'start', 1)).status).toBe(200);
    const cases: [WriteRouteContract, number, Promise<Response>][] = [
      [r.createRoom, 400, call(r.createRoom, {}, { headers: json, body: JSON.stringify({ ...r.createRoom.exampleBody, rounds: 0 }) })],
      [r.createRoom, 413, call(r.createRoom, {}, { headers: json, body: huge })],
      [r.createRoom, 415, call(r.createRoom, {}, { headers: { 'content-type': 'text/plain' }, body: 'a room' })],
      [r.getRoom, 400, call(r.getRoom, { code: 'no' })],
      [r.getRoom, 404, call(r.getRoom, { code: 'ZZZZZZ' })],
      [r.roomEvents, 400, call(r.roomEvents, { code: 'no' })],
      [r.roomEvents, 404, call(r.roomEvents, { code: 'ZZZZZZ' })],
      [r.roomAddresses, 400, call(r.roomAddresses, { code: 'no' })],
      [r.roomAddresses, 404, call(r.roomAddresses, { code: 'ZZZZZZ' })],
      [r.joinRoom, 400, call(r.joinRoom, { code }, { headers: json, body: JSON.stringify({ team: 'blue' }) })],
      [r.joinRoom, 404, call(r.joinRoom, { code }, { headers: json, body: JSON.stringify({ team: 't9' }) })],
      [r.joinRoom, 415, call(r.joinRoom, { code }, { headers: { 'content-type': 'text/plain' }, body: 't1' })],
      [r.setTeamLevers, 400, levers('t1', { ...bearer(red), 'if-match': '"1"' }, JSON.stringify({ levers: { evShare: 0.95 } }))],
      [r.setTeamLevers, 401, levers('t1', { 'if-match': '"1"' })],
      [r.setTeamLevers, 403, levers('t1', { ...bearer(blue), 'if-match': '"1"' })],
      [r.setTeamLevers, 404, levers('t9', { ...bearer(red), 'if-match': '"1"' })],
      [r.setTeamLevers, 409, Promise.resolve(closed)],
      [r.setTeamLevers, 412, levers('t1', { ...bearer(red), 'if-match': '"7"' })],
      [
        r.setTeamLevers,
        413,
        levers('t1', { ...bearer(red), 'if-match': '"1"' }, JSON.stringify({ levers: {}, pad: 'x'.repeat(1024 * 1024) })),
      ],
      [
        r.setTeamLevers,
        415,
        call(r.setTeamLevers, { code, team: 't1' }, { headers: { 'content-type': 'text/plain', ...bearer(red) }, body: 'x' }),
      ],
      [r.setTeamLevers, 428, levers('t1', bearer(red))],
      [
        r.roomAction,
        400,
        call(r.roomAction, { code }, { headers: { ...json, ...bearer(facilitator) }, body: '{"action":"pause","round":1}' }),
      ],
      [r.roomAction, 401, act(code, 'x'.repeat(43), 'lock', 1)],
      [r.roomAction, 403, act(code, red, 'lock', 1)],
      [r.roomAction, 404, act('ZZZZZZ', facilitator, 'lock', 1)],
      [r.roomAction, 409, act(code, facilitator, 'start', 1)],
      [
        r.roomAction,
        415,
        call(r.roomAction, { code }, { headers: { 'content-type': 'text/plain', ...bearer(facilitator) }, body: 'start' }),
      ],
      [r.roomResults, 400, call(r.roomResults, { code: 'no' }, { headers: bearer(facilitator) })],
      [r.roomResults, 401, call(r.roomResults, { code })],
      [r.roomResults, 403, call(r.roomResults, { code }, { headers: bearer(blue) })],
      [r.roomResults, 404, call(r.roomResults, { code: 'ZZZZZZ' }, { headers: bearer(facilitator) })],
    ];
    await documented.expectCases(Object.values(r), cases);
  });

  it('limits one room’s joins (429 with Retry-After, in the documented shape) and not another’s', async () => {
    const busy = await openRoom();
    const quiet = await openRoom();
    const join = (code: string) => call(r.joinRoom, { code }, { headers: json, body: '{}' });
    let res = await join(busy.code);
    for (let i = 0; i < 300 && res.status === 200; i++) res = await join(busy.code);
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    await conforms(r.joinRoom, res);
    expect((await join(quiet.code)).status).toBe(200);
  });
});
