import { contract } from '@sandbox/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { routeSchema } from './route-schema';

export interface HealthOptions {
  startedAt: number;
  version: string;
  /** Open live-stream clients. */
  streams: () => number;
}

export const healthRoutes: FastifyPluginAsyncZod<HealthOptions> = async (app, { startedAt, version, streams }) => {
  // Not rate-limited: a monitor (or a room's projector behind the same address as every student) polls
  // it to tell whether the server is up, which a 429 in a busy minute would hide.
  app.get(contract.health.path, { schema: routeSchema(contract.health), config: { rateLimit: false } }, async () => {
    const connections = await new Promise<number>((resolve) => app.server.getConnections((error, count) => resolve(error ? 0 : count)));
    return {
      status: 'ok' as const,
      version,
      uptimeS: Math.round((performance.now() - startedAt) / 100) / 10,
      streams: streams(),
      connections,
      rssMb: Math.round(process.memoryUsage.rss() / 1e5) / 10,
    };
  });
};
