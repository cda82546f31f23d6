/**
 * A JSON route answered by the engine. The engine returns the service's answer as JSON text built
 * from the method's own typed result (the contract tests check it against the response schema), so
 * the handler sends that text as it is instead of parsing and serialising it again.
 */
import type { FastifyReply } from 'fastify';
import type { Engine, EngineMethod, EngineQuery } from '../engine/engine';

export async function sendAnswer<M extends EngineMethod>(engine: Engine, reply: FastifyReply, method: M, query: EngineQuery<M>) {
  const json = await engine.call(method, query, Date.now());
  return reply.type('application/json; charset=utf-8').send(json as never);
}
