import { contract } from '@sandbox/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { routeSchema } from './route-schema';

export const healthRoutes: FastifyPluginAsyncZod<{ startedAt: number; version: string }> = async (app, { startedAt, version }) => {
  app.get(contract.health.path, { schema: routeSchema(contract.health) }, async () => ({
    status: 'ok' as const,
    version,
    uptimeS: Math.round((performance.now() - startedAt) / 100) / 10,
  }));
};
