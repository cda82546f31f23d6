/**
 * Workshop rooms over HTTP (shared/src/rooms/contract.ts): open a room, read its board or follow it
 * as Server-Sent Events, its join addresses, join a team; the writes of teams and the facilitator
 * are in room-writes.ts. Inputs are validated by the contract's zod schemas before a handler runs.
 * Boards follow the store's change announcements, so with PostgreSQL every instance's streams follow
 * a room whatever instance took the change.
 */
import { ApiProblem, initialLevers, MAX_ROOM_STREAMS, roomRoutes as routes, type TeamId } from '@sandbox/shared';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { CityStore } from '../data/city-store';
import type { LabRunner } from '../engine/lab-runner';
import { streamSlots } from '../plugins/event-stream';
import { joinAddresses } from '../rooms/join-addresses';
import { roomContext } from '../rooms/room-context';
import { hashToken, newJoinCode, newToken } from '../rooms/tokens';
import type { RoomStore } from '../store/rooms';
import { etagOf, noneMatches } from './preconditions';
import { roomWriteRoutes } from './room-writes';
import { writeRouteOptions } from './write-route-schema';

export interface RoomRouteOptions {
  rooms: RoomStore;
  runner: LabRunner;
  cities: CityStore;
  /** Where the server listens: a server on every interface offers its network addresses to join. */
  listen: { host: string; port: number };
  maxStreamsPerClient: number;
}

/** Draws before giving up on a free join code (each collides with odds of rooms ÷ 887 million). */
const CODE_ATTEMPTS = 8;

export const roomRoutesPlugin: FastifyPluginAsyncZod<RoomRouteOptions> = async (app, options) => {
  const { rooms, cities, listen } = options;
  const timeZoneOf = (city: string) => cities.get(city)?.city.timezone;
  const ctx = roomContext(rooms, options.runner, timeZoneOf, app.log);
  const stopListening = rooms.onChange((change) => ctx.hub.changed(change));
  app.addHook('preClose', async () => {
    stopListening();
    ctx.hub.closeAll();
  });
  // Bodies here are JSON only: plain text is a 415 like any other type.
  app.removeContentTypeParser('text/plain');
  await app.register(roomWriteRoutes, { ctx });

  const addresses = (code: string, request: { protocol: string; headers: { host?: string } }) =>
    joinAddresses(code, listen, { protocol: request.protocol, host: request.headers.host });

  app.route({
    ...writeRouteOptions(routes.createRoom),
    handler: async (request, reply) => {
      ctx.countCreate(reply, request.ip);
      const config = request.body;
      if (!cities.get(config.scenario.city)) {
        const known = cities
          .list()
          .map((c) => c.id)
          .join(', ');
        throw new ApiProblem(400, `Unknown city "${config.scenario.city}" in scenario.city; known: ${known}.`, 'scenario.city');
      }
      const facilitatorToken = newToken();
      const levers = initialLevers(config);
      const teams = config.teams.map((name, i) => ({ team: `t${i + 1}` as TeamId, name, token: newToken(), levers }));
      for (let attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
        const code = newJoinCode();
        const created = await rooms.create({ code, config, facilitatorHash: hashToken(facilitatorToken), teams }, Date.now());
        if (created === 'taken') continue;
        const { board, version } = ctx.board(created);
        return reply
          .code(201)
          .header('location', `/api/rooms/${code}`)
          .header('etag', etagOf(version))
          .header('cache-control', 'no-store')
          .send({ board, facilitatorToken, addresses: addresses(code, request) });
      }
      throw new Error(`no free join code after ${CODE_ATTEMPTS} draws`);
    },
  });

  app.route({
    ...writeRouteOptions(routes.getRoom),
    handler: async (request, reply) => {
      const found = await ctx.snapshot(request.params.code);
      const { version, json } = ctx.board(found);
      reply.header('etag', etagOf(version)).header('cache-control', 'no-cache');
      // The client's copy is current: no body (a 304 is outside the route's typed answers).
      if (noneMatches(request.headers['if-none-match'], version)) return (reply as FastifyReply).code(304).send();
      return reply.type('application/json; charset=utf-8').send(json as never);
    },
  });

  app.route({
    ...writeRouteOptions(routes.roomAddresses),
    handler: async (request, reply) => {
      const found = await ctx.snapshot(request.params.code);
      return reply.header('cache-control', 'no-cache').send({ addresses: addresses(found.room.code, request) });
    },
  });

  app.route({
    ...writeRouteOptions(routes.joinRoom),
    handler: async (request, reply) => {
      const { code } = request.params;
      ctx.countJoin(reply, code);
      const joined = await rooms.join(code, request.body.team);
      if (joined.status !== 'ok') {
        const found = await ctx.snapshot(code);
        const ids = found.teams.map((t) => t.team).join(', ');
        throw new ApiProblem(404, `No team "${request.body.team}" in room ${code} (its teams: ${ids}).`, 'team');
      }
      const { board } = ctx.board(await ctx.snapshot(code));
      return reply.header('cache-control', 'no-store').send({ team: joined.team.team, token: joined.team.token, board });
    },
  });

  /** Room streams per client address (each phone of a workshop has its own), as the live stream counts them. */
  const slots = streamSlots(options.maxStreamsPerClient);
  app.route({
    ...writeRouteOptions(routes.roomEvents),
    handler: async (request, reply) => {
      const found = await ctx.snapshot(request.params.code);
      const code = found.room.code;
      slots.check(request, reply);
      if (ctx.hub.clientsOf(code) >= MAX_ROOM_STREAMS) {
        reply.header('retry-after', '2');
        throw new ApiProblem(429, `Room ${code} has ${MAX_ROOM_STREAMS} streams open, its most; retry shortly.`);
      }
      const header = request.headers['last-event-id'];
      const lastEventId = typeof header === 'string' && /^\d{1,9}$/.test(header) ? Number(header) : undefined;
      if (!slots.start(request, reply)) return;
      ctx.hub.add(code, reply.raw, ctx.board(found), lastEventId);
    },
  });
};
