import { ApiErrorSchema, contract } from '@sandbox/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Store } from '../store/store';
import { routeSchema } from './route-schema';

/** How long a ready answer stands before the store is asked again. */
const READY_FOR_MS = 1000;

export interface HealthOptions {
  startedAt: number;
  version: string;
  /** Open live-stream clients. */
  streams: () => number;
  store: Pick<Store, 'kind' | 'ping'>;
}

export const healthRoutes: FastifyPluginAsyncZod<HealthOptions> = async (app, { startedAt, version, streams, store }) => {
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

  // Liveness above says the process answers; readiness says this instance can serve the store's
  // routes. Behind a load balancer with PostgreSQL, an instance whose database is gone is taken out
  // of rotation on the 503 (StoreUnavailableError → 503 with Retry-After, errors.ts) and back on a 200.
  // Not rate-limited either, so a flood of probes must not become a flood of queries on the pool:
  // concurrent probes share one check in flight, and a ready answer holds for READY_FOR_MS.
  let checking: Promise<void> | undefined;
  let readyUntil = 0;
  const readiness = async () => {
    if (performance.now() < readyUntil) return;
    checking ??= store
      .ping()
      .then(() => {
        readyUntil = performance.now() + READY_FOR_MS;
      })
      .finally(() => {
        checking = undefined;
      });
    await checking;
  };
  const ready = routeSchema(contract.ready);
  app.get(
    contract.ready.path,
    { schema: { ...ready, response: { ...ready.response, 503: ApiErrorSchema } }, config: { rateLimit: false } },
    async () => {
      await readiness();
      return { status: 'ready' as const, store: store.kind };
    },
  );
};
