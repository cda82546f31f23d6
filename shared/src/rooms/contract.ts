/**
 * Contract entries: workshop rooms. Anyone with the join code reads the board and may join a team;
 * changing a team's levers needs that team's token and the `If-Match` of its levers' version (a
 * replayed or stale change is a 412); starting, locking and revealing rounds and the results file
 * need the facilitator's token. Writes are rate-limited per room besides the per-address limit.
 */
import type { WriteRouteContract } from '../common/write-route-contract';
import { JoinedSchema, RoomAddressesSchema, RoomBoardSchema, RoomCreatedSchema, TeamAnswerSchema } from './board';
import { ROOM_RATE_LIMITS } from './limits';
import { JoinBodySchema, LeversBodySchema, RoomActionBodySchema, RoomCreateSchema, RoomParamsSchema, TeamParamsSchema } from './schemas';

/** A room as a facilitator opens it from the "Electric future" story: lowest evening peak without raising PM2.5 exposure. */
const EXAMPLE_ROOM = {
  name: 'Evening peak workshop',
  story: 'electricFuture',
  scenario: { city: 'columbus', levers: { evShare: 0.6, evTimeOfUse: true } },
  window: { from: '2026-07-15T20:00:00Z', to: '2026-07-16T02:00:00Z' },
  levers: [{ id: 'evShare', min: 0.2, max: 0.8 }, { id: 'evTimeOfUse' }, { id: 'demandResponse', max: 0.6 }],
  objective: { kpi: 'peakLoad', guards: ['pm25Exposure'] },
  rounds: 2,
  teams: ['Red', 'Blue', 'Green'],
};

const LIMITS = `At most ${ROOM_RATE_LIMITS.writesPerMinute} writes a minute per room and ${ROOM_RATE_LIMITS.teamWritesPerMinute} per team (429 with \`Retry-After\`).`;

export const roomRoutes = {
  createRoom: {
    method: 'POST',
    path: '/api/rooms',
    summary:
      'Opens a room: its baseline scenario (a story’s), the levers teams may change and their bounds, the objective, rounds and teams.',
    description:
      'Answers the board, the join addresses and the facilitator’s token (shown once: keep it to run the room). The objective is a figure of the Lab’s scorecard over `window`.',
    tags: ['rooms'],
    body: RoomCreateSchema,
    status: 201,
    response: RoomCreatedSchema,
    errors: [400, 413, 415],
    exampleBody: EXAMPLE_ROOM,
  },
  getRoom: {
    method: 'GET',
    path: '/api/rooms/:code',
    summary: 'A room’s board: phase, teams and their levers, and the rankings of the revealed rounds.',
    description: 'The `ETag` is the board’s version; `If-None-Match` with it answers 304 while nothing changed.',
    tags: ['rooms'],
    params: RoomParamsSchema,
    status: 200,
    response: RoomBoardSchema,
    errors: [400, 404],
  },
  roomEvents: {
    method: 'GET',
    path: '/api/rooms/:code/events',
    summary: 'The board as Server-Sent Events: a `board` event (the whole board, id = its version) at once and after every change.',
    description:
      'Reconnecting with `Last-Event-ID` skips the first event when the board has not changed since. A comment line every 15 s keeps proxies from closing the stream.',
    tags: ['rooms'],
    params: RoomParamsSchema,
    status: 200,
    produces: 'text/event-stream',
    errors: [400, 404],
  },
  roomAddresses: {
    method: 'GET',
    path: '/api/rooms/:code/addresses',
    summary: 'Where participants open the room: the server’s network addresses (when it listens on every interface) and the one asked.',
    tags: ['rooms'],
    params: RoomParamsSchema,
    status: 200,
    etag: false,
    response: RoomAddressesSchema,
    errors: [400, 404],
  },
  joinRoom: {
    method: 'POST',
    path: '/api/rooms/:code/join',
    summary: 'Joins a team (the one named, or the one with the fewest members) and answers that team’s token.',
    description: `${LIMITS} Joins: at most ${ROOM_RATE_LIMITS.joinsPerMinute} a minute per room.`,
    tags: ['rooms'],
    params: RoomParamsSchema,
    body: JoinBodySchema,
    status: 200,
    etag: false,
    response: JoinedSchema,
    errors: [400, 404, 415],
    exampleBody: { team: 't1' },
  },
  setTeamLevers: {
    method: 'PUT',
    path: '/api/rooms/:code/teams/:team/levers',
    summary: 'Sets a team’s levers while a round is open (levers left out keep their values); needs the team’s token.',
    description: `Send the team’s \`ETag\` (its \`leverVersion\`) in \`If-Match\`: a replayed or stale change answers 412 with the current one. Another team’s token answers 403; a locked round 409. ${LIMITS}`,
    tags: ['rooms'],
    params: TeamParamsSchema,
    body: LeversBodySchema,
    auth: 'team',
    status: 200,
    response: TeamAnswerSchema,
    errors: [400, 401, 403, 404, 409, 412, 413, 415, 428],
    exampleBody: { levers: { evShare: 0.45, evTimeOfUse: true } },
  },
  roomAction: {
    method: 'POST',
    path: '/api/rooms/:code/rounds',
    summary: 'Starts, locks or reveals a round (facilitator). Locking scores every team’s scenario with the Lab’s scorecard.',
    description: `The body names the round: an action the room is not at (a repeat, a replay, a stale screen) answers 409 saying what it expects next. Revealing answers 409 while the scores are still being computed. ${LIMITS}`,
    tags: ['rooms'],
    params: RoomParamsSchema,
    body: RoomActionBodySchema,
    auth: 'facilitator',
    status: 200,
    response: RoomBoardSchema,
    errors: [400, 401, 403, 404, 409, 415],
    exampleBody: { action: 'start', round: 1 },
  },
  roomResults: {
    method: 'GET',
    path: '/api/rooms/:code/results.csv',
    summary: 'The room’s scored rounds as CSV (facilitator): rank, objective, baseline, guards and levers of every team in every round.',
    tags: ['rooms'],
    params: RoomParamsSchema,
    auth: 'facilitator',
    status: 200,
    produces: 'text/csv',
    download: true,
    errors: [400, 401, 403, 404],
  },
} as const satisfies Record<string, WriteRouteContract>;

export type RoomRoutes = typeof roomRoutes;
