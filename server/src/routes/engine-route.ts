/**
 * The JSON routes the engine answers, as a table: contract entry → service method. The engine
 * returns the answer as UTF-8 JSON built from the method's own typed result (the contract tests check
 * it against the response schema), so the handler sends those bytes as they are instead of parsing
 * and serialising it again. The table is type-checked: a contract query that the method does not accept
 * is a compile error.
 */
import { contract } from '@sandbox/shared';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { Engine, EngineMethod, EngineQuery } from '../engine/engine';
import { routeSchema } from './route-schema';

type Contract = typeof contract;
type QueryOf<K extends keyof Contract> = Contract[K] extends { query: z.ZodType } ? z.output<Contract[K]['query']> : undefined;
/** The service methods that accept route `K`'s validated query. */
type MethodFor<K extends keyof Contract> = { [M in EngineMethod]: QueryOf<K> extends EngineQuery<M> ? M : never }[EngineMethod];
export type EngineRouteTable = { [K in keyof Contract]?: MethodFor<K> };

/** Paths answered by the engine (they may answer 503 while an engine thread restarts): the OpenAPI layer documents it. */
export const ENGINE_PATHS = new Set<string>();

async function sendAnswer<M extends EngineMethod>(engine: Engine, reply: FastifyReply, method: M, query: EngineQuery<M>) {
  const body = await engine.call(method, query, Date.now());
  return reply.type('application/json; charset=utf-8').send(Buffer.from(body.buffer, body.byteOffset, body.byteLength));
}

/** A plugin registering each route of the table, answered by its method. */
export function engineRoutes(table: EngineRouteTable): FastifyPluginAsyncZod<{ engine: Engine }> {
  return async (app, { engine }) => {
    for (const [key, method] of Object.entries(table) as [keyof Contract, EngineMethod][]) {
      const route = contract[key];
      ENGINE_PATHS.add(route.path);
      app.get(route.path, { schema: routeSchema(route) }, async (request, reply) =>
        sendAnswer(engine, reply, method, request.query as never),
      );
    }
  };
}
