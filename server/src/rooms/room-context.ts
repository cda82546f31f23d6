/**
 * What every room route shares: the store, this instance's board streams and scorer, the per-room
 * limits, and the checks a request goes through (the room exists, the token is the right one). Tokens
 * are compared in constant time and never echoed; a refusal names the header, never the token.
 */
import { ApiProblem, ROOM_RATE_LIMITS, type RoomBoard, type TeamId } from '@sandbox/shared';
import type { FastifyReply } from 'fastify';
import type { LabRunner } from '../engine/lab-runner';
import type { RoomSnapshot, RoomStore, TeamRecord } from '../store/rooms';
import { boardView } from './board-view';
import { type BuiltBoard, RoomHub } from './room-hub';
import { RoomLimits, retryAfterOf } from './room-limits';
import { RoomScorer } from './room-scorer';
import { bearerToken, matchesHash, sameToken } from './tokens';

export interface RoomContext {
  rooms: RoomStore;
  hub: RoomHub;
  scorer: RoomScorer;
  limits: RoomLimits;
  /** The room's snapshot (404 naming the code when there is none); starts scoring a locked round that needs it. */
  snapshot(code: string): Promise<RoomSnapshot>;
  board(snapshot: RoomSnapshot): BuiltBoard & { board: RoomBoard };
  /** The team a request may change with `authorization`: 401 without a token of this room, 403 with another's. */
  teamAccess(snapshot: RoomSnapshot, team: TeamId, authorization: string | undefined): TeamRecord;
  facilitatorAccess(snapshot: RoomSnapshot, authorization: string | undefined): void;
  /** Counts a write against the room (and the team): a 429 with `Retry-After` over the limit. */
  countWrite(reply: FastifyReply, code: string, team?: TeamId): void;
  countJoin(reply: FastifyReply, code: string): void;
  countCreate(reply: FastifyReply, address: string): void;
}

export function roomContext(
  rooms: RoomStore,
  runner: LabRunner,
  timeZoneOf: (city: string) => string | undefined,
  log: { error(obj: unknown, msg: string): void },
): RoomContext {
  const scorer = new RoomScorer(runner, timeZoneOf, rooms, (error, code) =>
    log.error({ err: error, room: code }, 'scoring a room round failed; retrying on the next read'),
  );
  const limits = new RoomLimits();

  const snapshot = async (code: string) => {
    const found = await rooms.read(code);
    if (!found) throw new ApiProblem(404, `No room "${code}": check the join code (6 letters and digits).`, 'code');
    scorer.ensure(found);
    return found;
  };

  const board = (found: RoomSnapshot) => {
    const view = boardView(found);
    return { version: view.version, json: JSON.stringify(view), board: view };
  };

  const hub = new RoomHub(
    async (code) => {
      const found = await rooms.read(code);
      if (!found) return undefined;
      scorer.ensure(found);
      return board(found);
    },
    (error) => log.error({ err: error }, 'a room board stream could not be refreshed'),
  );

  const count = (reply: FastifyReply, key: string, perMinute: number, what: string) => {
    try {
      limits.take(key, perMinute, what);
    } catch (error) {
      const wait = retryAfterOf(error);
      if (wait !== undefined) reply.header('retry-after', String(wait));
      throw error;
    }
  };

  return {
    rooms,
    hub,
    scorer,
    limits,
    snapshot,
    board,
    teamAccess(found, team, authorization) {
      const token = bearerToken(authorization);
      const own = found.teams.find((t) => t.team === team);
      if (!own) {
        const ids = found.teams.map((t) => t.team).join(', ');
        throw new ApiProblem(404, `No team "${team}" in room ${found.room.code} (its teams: ${ids}).`, 'team');
      }
      if (sameToken(token, own.token)) return own;
      const other = found.teams.find((t) => sameToken(token, t.token));
      if (other)
        throw new ApiProblem(
          403,
          `Your token is team ${other.team}'s (${other.name}): you can change only your own team's levers.`,
          'Authorization',
        );
      if (matchesHash(token, found.room.facilitatorHash))
        throw new ApiProblem(403, 'The facilitator runs the rounds; only a team member changes a team’s levers.', 'Authorization');
      throw new ApiProblem(
        401,
        `This token is not one of room ${found.room.code}'s: join the room again to get your team's token.`,
        'Authorization',
      );
    },
    facilitatorAccess(found, authorization) {
      const token = bearerToken(authorization);
      if (matchesHash(token, found.room.facilitatorHash)) return;
      if (found.teams.some((t) => sameToken(token, t.token)))
        throw new ApiProblem(
          403,
          'Only the facilitator runs the rounds and downloads the results; this is a team’s token.',
          'Authorization',
        );
      throw new ApiProblem(401, `This token is not the facilitator's of room ${found.room.code}.`, 'Authorization');
    },
    countWrite(reply, code, team) {
      count(reply, `write:${code}`, ROOM_RATE_LIMITS.writesPerMinute, `changes in room ${code}`);
      if (team) count(reply, `team:${code}:${team}`, ROOM_RATE_LIMITS.teamWritesPerMinute, `changes of team ${team}`);
    },
    countJoin(reply, code) {
      count(reply, `join:${code}`, ROOM_RATE_LIMITS.joinsPerMinute, `joins of room ${code}`);
    },
    countCreate(reply, address) {
      count(reply, `create:${address}`, ROOM_RATE_LIMITS.createsPerMinute, 'new rooms from this address');
    },
  };
}
