/**
 * A query parameter given twice (`seed=1&seed=2`) is refused by its name. Fastify's parser makes a
 * repeat an array, which every schema then refused with a message about the type ("must be a whole
 * number"), not the repeat. No API route takes a repeat: a list is one comma-separated parameter
 * (`station=a,b`). SensorThings checks its own options (shared/src/sta/options.ts).
 */
import { ApiProblem } from '@sandbox/shared';
import type { FastifyInstance } from 'fastify';

/** Call before any route is registered; root hooks run before a route's own (the sealed token's). */
export function refuseRepeatedParams(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    if (!request.routeOptions.url?.startsWith('/api/')) return;
    const query = request.query as Record<string, unknown> | undefined;
    for (const [key, value] of Object.entries(query ?? {})) {
      if (!Array.isArray(value)) continue;
      const name = key.slice(0, 80);
      throw new ApiProblem(
        400,
        `Invalid query parameter "${name}": it is given ${value.length} times; give it once (a list is one parameter, comma-separated: a,b).`,
        name,
      );
    }
  });
}
