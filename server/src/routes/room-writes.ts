/**
 * The writes of a room: a team's levers (the team's token, `If-Match` with its lever version: a
 * replay or a stale screen is a 412 carrying the current ETag), the facilitator's round actions
 * (each names its round: a repeat is a 409 saying what comes next; a lock starts scoring), and the
 * facilitator's results file. Refusals come before any change and name the field at fault.
 */
import { ApiProblem, leverIssues, nextStep, type RoomPhase, resultsTable, roomRoutes as routes, transition } from '@sandbox/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { csvLine } from '../export/csv';
import { sendError } from '../plugins/errors';
import { rankedRounds, scoringPending, teamView } from '../rooms/board-view';
import type { RoomContext } from '../rooms/room-context';
import { etagOf, ifMatchGuard } from './preconditions';
import { writeRouteOptions } from './write-route-schema';

/** Why levers cannot change now, in words. */
function closedMessage(round: number, phase: RoomPhase): string {
  if (phase === 'lobby') return 'No round is open yet: levers change once the facilitator starts round 1.';
  if (phase === 'open') return `Round ${round} is open.`;
  return `Round ${round} is ${phase}: levers change only while a round is open; wait for the facilitator to start the next one.`;
}

export const roomWriteRoutes: FastifyPluginAsyncZod<{ ctx: RoomContext }> = async (app, { ctx }) => {
  app.route({
    ...writeRouteOptions(routes.setTeamLevers),
    handler: async (request, reply) => {
      const { code, team: teamId } = request.params;
      ctx.countWrite(reply, code, teamId);
      const found = await ctx.snapshot(code);
      const team = ctx.teamAccess(found, teamId, request.headers.authorization);
      const guarded = ifMatchGuard(request.headers['if-match']);
      if (!guarded.ok) return sendError(reply, guarded.status, guarded.message, guarded.issues);
      const { room } = found;
      if (room.phase !== 'open') throw new ApiProblem(409, closedMessage(room.round, room.phase), 'levers');
      const basedOn = guarded.version ?? team.leverVersion;
      const stale = () =>
        sendError(
          reply.header('etag', etagOf(team.leverVersion)),
          412,
          `Team ${teamId}'s levers changed since your copy (you sent If-Match "${basedOn}", they are at "${team.leverVersion}"): read the board again and reapply your change.`,
          [{ path: 'If-Match', message: `stale: the levers are at "${team.leverVersion}"` }],
        );
      if (basedOn !== team.leverVersion) return stale();
      const issues = leverIssues(room.config, request.body.levers);
      if (issues.length > 0) {
        const [first] = issues;
        return sendError(reply, 400, `Invalid body field "${first?.path}": ${first?.message}`, issues);
      }
      const outcome = await ctx.rooms.setLevers(code, teamId, basedOn, { ...team.levers, ...request.body.levers }, Date.now());
      if (outcome.status === 'ok')
        return reply.header('etag', etagOf(outcome.team.leverVersion)).header('cache-control', 'no-store').send(teamView(outcome.team));
      if (outcome.status === 'stale') {
        const now = outcome.current.leverVersion;
        return sendError(
          reply.header('etag', etagOf(now)),
          412,
          `Team ${teamId}'s levers changed meanwhile (they are at "${now}" now): read the board again and reapply your change.`,
          [{ path: 'If-Match', message: `stale: the levers are at "${now}"` }],
        );
      }
      if (outcome.status === 'closed') throw new ApiProblem(409, closedMessage(outcome.round, outcome.phase), 'levers');
      throw new ApiProblem(404, `No room "${code}".`, 'code');
    },
  });

  app.route({
    ...writeRouteOptions(routes.roomAction),
    handler: async (request, reply) => {
      const { code } = request.params;
      const { action, round } = request.body;
      ctx.countWrite(reply, code);
      const found = await ctx.snapshot(code);
      ctx.facilitatorAccess(found, request.headers.authorization);
      const { room } = found;
      const state = { round: room.round, phase: room.phase, rounds: room.config.rounds };
      const next = transition(state, action, round);
      if (!next.ok) throw new ApiProblem(409, next.message, 'round');
      if (action === 'reveal' && scoringPending(found))
        throw new ApiProblem(
          409,
          `Round ${round}'s scores are still being computed; reveal it in a moment (the board says when they are ready).`,
          'round',
        );
      const moved = await ctx.rooms.advance(code, { round: room.round, phase: room.phase }, next, Date.now());
      const after = await ctx.snapshot(code);
      if (!moved) {
        const now = { round: after.room.round, phase: after.room.phase, rounds: room.config.rounds };
        throw new ApiProblem(
          409,
          `The room moved on meanwhile (round ${now.round}, ${now.phase}); the next step is to ${nextStep(now)}.`,
          'round',
        );
      }
      const { board, version } = ctx.board(after);
      return reply.header('etag', etagOf(version)).header('cache-control', 'no-store').send(board);
    },
  });

  app.route({
    ...writeRouteOptions(routes.roomResults),
    handler: async (request, reply) => {
      const found = await ctx.snapshot(request.params.code);
      ctx.facilitatorAccess(found, request.headers.authorization);
      const { room } = found;
      const names = new Map(found.teams.map((t) => [t.team as string, t.name]));
      const table = resultsTable(room, names, rankedRounds(found, room.round));
      const csv = [table.header, ...table.rows].map((row) => csvLine(row)).join('');
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="room-${room.code}-results.csv"`)
        .header('cache-control', 'no-store')
        .send(csv);
    },
  });
};
