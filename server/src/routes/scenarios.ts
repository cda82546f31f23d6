/**
 * Saved scenarios over HTTP (shared/src/saved/contract.ts): list with search and pagination, create
 * or import, read, replace and delete guarded by `If-Match`, export as a file, and the share link
 * `/s/<slug>` that redirects to the exact view. Inputs are validated by the contract's zod schemas
 * before a handler runs; the store sees only valid fields.
 */
import { type ApiError, ApiProblem, savedScenarioRoutes as routes, type SavedScenarioFields, viewAddress } from '@sandbox/shared';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { CityStore } from '../data/city-store';
import { sendError } from '../plugins/errors';
import type { SavedRecord, ScenarioStore, WriteOutcome } from '../store/store';
import { etagOf, ifMatchGuard, noneMatches } from './preconditions';
import { attachmentHeader, decodeCursor, encodeCursor, fileView, savedView, summaryView } from './saved-views';
import { writeRouteOptions } from './write-route-schema';

interface Options {
  scenarios: ScenarioStore;
  cities: CityStore;
}

const notFound = (id: string) => `No saved scenario "${id}"; it may have been deleted (GET /api/scenarios lists them).`;

export const scenarioRoutes: FastifyPluginAsyncZod<Options> = async (app, { scenarios, cities }) => {
  // Bodies here are JSON only: plain text is a 415 like any other type, not a string for the schema to reject.
  app.removeContentTypeParser('text/plain');

  /** Only the saved fields: an imported file's format fields were checked by the schema and end here. */
  const fieldsOf = (body: SavedScenarioFields): SavedScenarioFields => {
    if (!cities.get(body.scenario.city)) {
      const known = cities
        .list()
        .map((c) => c.id)
        .join(', ');
      throw new ApiProblem(400, `Unknown city "${body.scenario.city}" in scenario.city; known: ${known}.`, 'scenario.city');
    }
    return { name: body.name, notes: body.notes, scenario: body.scenario, view: body.view };
  };

  const sendRecord = (reply: FastifyReply, record: SavedRecord, status = 200) =>
    reply.code(status).header('etag', etagOf(record.version)).header('cache-control', 'no-cache').send(savedView(record));

  /** The client's copy is current (If-None-Match): no body. */
  const notModified = (reply: FastifyReply, version: number) => reply.code(304).header('etag', etagOf(version)).send();

  /** The answer to a guarded write that changed nothing: 404, or 412 with the current ETag. */
  const refused = (reply: FastifyReply, id: string, outcome: Exclude<WriteOutcome<unknown>, { status: 'ok' }>, sent: number) => {
    if (outcome.status === 'missing') return sendError(reply, 404, notFound(id));
    const now = outcome.current.version;
    return sendError(
      reply.header('etag', etagOf(now)),
      412,
      `Saved scenario "${id}" was changed since your copy (you sent If-Match "${sent}", it is now "${now}"): read it again, reapply your change and send If-Match "${now}".`,
    );
  };

  /**
   * The version a write is guarded by (none for `If-Match: *`), or undefined after answering 428
   * (no If-Match) or 400 (one that is not an ETag of ours).
   */
  const guard = (reply: FastifyReply, header: string | string[] | undefined): { version?: number } | undefined => {
    const guarded = ifMatchGuard(header);
    if (guarded.ok) return guarded.version === undefined ? {} : { version: guarded.version };
    sendError(reply, guarded.status, guarded.message, guarded.issues);
    return undefined;
  };

  app.route({
    ...writeRouteOptions(routes.listSaved),
    handler: async (request, reply) => {
      const { q, limit, cursor } = request.query;
      const beforeSeq = cursor === undefined ? undefined : decodeCursor(cursor);
      if (cursor !== undefined && beforeSeq === undefined) {
        const issues: ApiError['issues'] = [{ path: 'cursor', message: 'must be a `nextCursor` from a previous page' }];
        return sendError(reply, 400, 'Invalid query parameter "cursor": must be a `nextCursor` from a previous page', issues);
      }
      // One more than asked tells whether a next page exists without a second query.
      const page = await scenarios.list({
        ...(q !== undefined ? { q } : {}),
        limit: limit + 1,
        ...(beforeSeq !== undefined ? { beforeSeq } : {}),
      });
      const items = page.items.slice(0, limit);
      const last = items.at(-1);
      const nextCursor = page.items.length > limit && last ? encodeCursor(last.changeSeq) : null;
      return reply.header('cache-control', 'no-cache').send({ items: items.map(summaryView), total: page.total, nextCursor });
    },
  });

  app.route({
    ...writeRouteOptions(routes.createSaved),
    handler: async (request, reply) => {
      const record = await scenarios.create(fieldsOf(request.body));
      return sendRecord(reply.header('location', `/api/scenarios/${record.id}`), record, 201);
    },
  });

  app.route({
    ...writeRouteOptions(routes.getSaved),
    handler: async (request, reply) => {
      const record = await scenarios.get(request.params.id);
      if (!record) return sendError(reply, 404, notFound(request.params.id));
      if (noneMatches(request.headers['if-none-match'], record.version)) return notModified(reply, record.version);
      return sendRecord(reply, record);
    },
  });

  app.route({
    ...writeRouteOptions(routes.replaceSaved),
    handler: async (request, reply) => {
      const guarded = guard(reply, request.headers['if-match']);
      if (!guarded) return reply;
      const { version } = guarded;
      const outcome = await scenarios.replace(request.params.id, version, fieldsOf(request.body));
      if (outcome.status !== 'ok') return refused(reply, request.params.id, outcome, version ?? 0);
      return sendRecord(reply, outcome.value);
    },
  });

  app.route({
    ...writeRouteOptions(routes.deleteSaved),
    handler: async (request, reply) => {
      const guarded = guard(reply, request.headers['if-match']);
      if (!guarded) return reply;
      const { version } = guarded;
      const outcome = await scenarios.delete(request.params.id, version);
      if (outcome.status !== 'ok') return refused(reply, request.params.id, outcome, version ?? 0);
      return reply.code(204).send();
    },
  });

  app.route({
    ...writeRouteOptions(routes.exportSaved),
    handler: async (request, reply) => {
      const record = await scenarios.get(request.params.id);
      if (!record) return sendError(reply, 404, notFound(request.params.id));
      return reply.header('content-disposition', attachmentHeader(record)).header('etag', etagOf(record.version)).send(fileView(record));
    },
  });

  app.route({
    ...writeRouteOptions(routes.openShare),
    handler: async (request, reply) => {
      const shared = await scenarios.share(request.params.slug);
      if (!shared) return sendError(reply, 404, `No share link "${request.params.slug}": check the address you were given.`);
      return reply.header('cache-control', 'no-cache').redirect(viewAddress(shared.scenario, shared.view), 302);
    },
  });
};
