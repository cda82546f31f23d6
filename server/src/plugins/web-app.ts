/**
 * Serves the built web app next to the API from one process: hashed assets with long-lived cache
 * headers, and `index.html` for every non-API route so client-side routes survive a reload.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { sendError } from './errors';
import { isApiPath, isStaPath } from './paths';

/** `methodsOf` gives the methods a path answers (route-methods.ts): a known path asked with another method gets 405. */
export async function registerWebApp(
  app: FastifyInstance,
  webDist: string,
  methodsOf: (path: string) => string[] = () => [],
): Promise<void> {
  const hasWebApp = existsSync(join(webDist, 'index.html'));
  if (hasWebApp) {
    await app.register(fastifyStatic, {
      root: webDist,
      wildcard: false,
      index: false,
      // web/scripts/precompress.mjs writes .br/.gz beside each asset at build time.
      preCompressed: true,
      setHeaders(reply, path) {
        // Vite names files under assets/ by content hash, so they can be cached forever.
        const hashed = path.startsWith(join(webDist, 'assets'));
        reply.header('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  } else {
    app.log.warn(`no built web app in ${webDist}; serving the API only (run the build first)`);
  }

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? request.url;
    const isApi = isApiPath(path);
    const isSta = isStaPath(path);
    const allowed = isApi || isSta ? methodsOf(path) : [];
    if (allowed.length > 0) {
      // SensorThings is served read-only (its create, update and delete are not offered): say so.
      const readOnly = isSta ? ' (SensorThings is read-only here)' : '';
      return sendError(
        reply.header('allow', allowed.join(', ')),
        405,
        `${path} does not answer ${request.method}; it answers ${allowed.join(', ')}${readOnly}.`,
      );
    }
    if (isApi) return sendError(reply, 404, `No API route ${request.method} ${path}.`);
    // Under /sta/v1.1 another method got its 405 above; another version is no page of the app either.
    if (isSta) return sendError(reply, 404, `No SensorThings resource ${request.method} ${path}; the service root is GET /sta/v1.1.`);
    if (hasWebApp && (request.method === 'GET' || request.method === 'HEAD')) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    return sendError(reply, 404, `Nothing at ${request.method} ${path}.`);
  });
}
