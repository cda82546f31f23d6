/**
 * The streaming exports (`/api/export/...`): thin handlers. The query is validated by its schema;
 * the window, then the city, caps and entities are checked (4xx before any byte); then the export
 * streams chunk by chunk. Each export runs on a simulation of its own, so the caches it fills die
 * with it rather than crowding the one the live routes share.
 */
import {
  contract,
  createSimulation,
  type ExportFormat,
  type ExportStream,
  type ResolvedWindow,
  type RouteContract,
  type ScenarioQuery,
  type Simulation,
  scenarioFromQuery,
  scenarioKey,
} from '@sandbox/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { type CityStore, requireCity } from '../data/city-store';
import { airExport, airHourlyExport } from '../export/air';
import { loadExport, meterExport } from '../export/energy';
import { greenButtonExport } from '../export/green-button';
import { type ExportJob, exportWindow } from '../export/job';
import { bsmExport, eventExport, segmentExport } from '../export/mobility';
import { RunningExports, sendExport } from '../export/send';
import { truthExport } from '../export/truth';
import { downloadSchema } from './route-schema';

/** A tabular download of the contract: a `format` path parameter and a scenario + window query. */
type TabularRoute = RouteContract & { query: z.ZodType<ScenarioQuery & { from?: string; to?: string }> };

export const exportRoutes: FastifyPluginAsyncZod<{ cities: CityStore }> = async (app, { cities }) => {
  const running = new RunningExports();
  app.addHook('preClose', async () => {
    const count = running.abortAll();
    if (count > 0) app.log.info(`${count} running export${count === 1 ? '' : 's'} cut short: the server is shutting down`);
  });

  /** The export's window (400/413), then its city (404) and scenario. */
  const prepare = (stream: ExportStream, query: ScenarioQuery & { from?: string | undefined; to?: string | undefined }) => {
    const window = exportWindow(stream, query, Date.now());
    const entry = requireCity(cities, query.city);
    const scenario = scenarioFromQuery(query);
    return { window, sim: createSimulation(entry.city, scenario), key: scenarioKey(scenario) };
  };

  /** A tabular export route: `/api/export/<stream>.:format`, its query checked by its contract schema. */
  const tabular = <C extends TabularRoute>(
    route: C,
    stream: ExportStream,
    build: (sim: Simulation, format: ExportFormat, query: z.output<C['query']>, window: ResolvedWindow) => ExportJob,
  ) =>
    app.get(route.path, { schema: downloadSchema(route) }, async (request, reply) => {
      const query = request.query as z.output<C['query']>;
      const { sim, window } = prepare(stream, query);
      return sendExport(request, reply, build(sim, (request.params as { format: ExportFormat }).format, query, window), running);
    });

  tabular(contract.exportAir, 'air', airExport);
  tabular(contract.exportAirHourly, 'airHourly', airHourlyExport);
  tabular(contract.exportMeters, 'meters', meterExport);
  tabular(contract.exportLoad, 'load', loadExport);
  tabular(contract.exportSegments, 'segments', segmentExport);
  tabular(contract.exportEvents, 'events', eventExport);
  tabular(contract.exportBsm, 'bsm', bsmExport);
  tabular(contract.exportTruth, 'truth', truthExport);
  app.get(contract.exportGreenButton.path, { schema: downloadSchema(contract.exportGreenButton) }, async (request, reply) => {
    const { sim, window, key } = prepare('greenButton', request.query);
    return sendExport(request, reply, greenButtonExport(sim, request.query, window, key), running);
  });
};
