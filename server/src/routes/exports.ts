/**
 * The streaming exports (`/api/export/...`), registered from the export registry in its order. A
 * request goes through the one pipeline before its first byte: the query validated by its schema;
 * the window checked against the export's cap (400/413); the scenario resolved to its cached
 * simulation (404 for an unknown city), the one this thread's other routes use; then the builder
 * checks its entities (404) and its row cap (413). Then the export streams chunk by chunk.
 */
import { contract, type ExportFormat, exportWindow, type TelemetryService } from '@sandbox/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { DOWNLOAD_ROUTES, type DownloadRoute, type ExportEntry, exportEntry } from '../export/registry';
import { RunningExports, sendExport } from '../export/send';
import { downloadSchema } from './route-schema';

export const exportRoutes: FastifyPluginAsyncZod<{ telemetry: TelemetryService }> = async (app, { telemetry }) => {
  const running = new RunningExports();
  app.addHook('preClose', async () => {
    const count = running.abortAll();
    if (count > 0) app.log.info(`${count} running export${count === 1 ? '' : 's'} cut short: the server is shutting down`);
  });
  for (const routeName of DOWNLOAD_ROUTES) {
    const route = contract[routeName];
    const { name, cap, build } = exportEntry(routeName) as ExportEntry<DownloadRoute>;
    app.get(route.path, { schema: downloadSchema(route) }, async (request, reply) => {
      const query = request.query as Parameters<typeof build>[0]['query'];
      const format = (request.params as { format?: ExportFormat }).format ?? 'xml';
      const window = exportWindow(cap, name, query, Date.now());
      const { sim, key } = telemetry.simulations.forQuery(query);
      const job = build({ name, cap, format: format as never, query, window, sim, key, telemetry });
      return sendExport(request, reply, job, running);
    });
  }
};
