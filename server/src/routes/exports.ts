/**
 * The streaming exports (`/api/export/...`): thin handlers. The query is validated by its schema;
 * the window, then the city, caps and entities are checked (4xx before any byte); then the export
 * streams chunk by chunk. Each export runs on a simulation of its own, so the caches it fills die
 * with it rather than crowding the one the live routes share.
 */
import {
  contract,
  createSimulation,
  type ExportStream,
  notFound,
  type ScenarioQuery,
  scenarioFromQuery,
  scenarioKey,
} from '@sandbox/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { CityStore } from '../data/city-store';
import { airExport, airHourlyExport } from '../export/air';
import { loadExport, meterExport } from '../export/energy';
import { greenButtonExport } from '../export/green-button';
import { exportWindow } from '../export/job';
import { bsmExport, eventExport, segmentExport } from '../export/mobility';
import { sendExport } from '../export/send';
import { truthExport } from '../export/truth';
import { downloadSchema } from './route-schema';

export const exportRoutes: FastifyPluginAsyncZod<{ cities: CityStore }> = async (app, { cities }) => {
  /** The export's window (400/413), then its city (404) and scenario. */
  const prepare = (stream: ExportStream, query: ScenarioQuery & { from?: string | undefined; to?: string | undefined }) => {
    const window = exportWindow(stream, query, Date.now());
    const entry = cities.get(query.city);
    if (!entry)
      throw notFound(
        `Unknown city "${query.city}"; known cities: ${cities
          .list()
          .map((c) => c.id)
          .join(', ')}.`,
      );
    const scenario = scenarioFromQuery(query);
    return { window, sim: createSimulation(entry.city, scenario), key: scenarioKey(scenario) };
  };

  app.get(contract.exportAir.path, { schema: downloadSchema(contract.exportAir) }, async (request, reply) => {
    const { sim, window } = prepare('air', request.query);
    return sendExport(request, reply, airExport(sim, request.params.format, request.query, window));
  });
  app.get(contract.exportAirHourly.path, { schema: downloadSchema(contract.exportAirHourly) }, async (request, reply) => {
    const { sim, window } = prepare('airHourly', request.query);
    return sendExport(request, reply, airHourlyExport(sim, request.params.format, request.query, window));
  });
  app.get(contract.exportMeters.path, { schema: downloadSchema(contract.exportMeters) }, async (request, reply) => {
    const { sim, window } = prepare('meters', request.query);
    return sendExport(request, reply, meterExport(sim, request.params.format, request.query, window));
  });
  app.get(contract.exportLoad.path, { schema: downloadSchema(contract.exportLoad) }, async (request, reply) => {
    const { sim, window } = prepare('load', request.query);
    return sendExport(request, reply, loadExport(sim, request.params.format, request.query, window));
  });
  app.get(contract.exportSegments.path, { schema: downloadSchema(contract.exportSegments) }, async (request, reply) => {
    const { sim, window } = prepare('segments', request.query);
    return sendExport(request, reply, segmentExport(sim, request.params.format, request.query, window));
  });
  app.get(contract.exportEvents.path, { schema: downloadSchema(contract.exportEvents) }, async (request, reply) => {
    const { sim, window } = prepare('events', request.query);
    return sendExport(request, reply, eventExport(sim, request.params.format, request.query, window));
  });
  app.get(contract.exportBsm.path, { schema: downloadSchema(contract.exportBsm) }, async (request, reply) => {
    const { sim, window } = prepare('bsm', request.query);
    return sendExport(request, reply, bsmExport(sim, request.params.format, request.query, window));
  });
  app.get(contract.exportTruth.path, { schema: downloadSchema(contract.exportTruth) }, async (request, reply) => {
    const { sim, window } = prepare('truth', request.query);
    return sendExport(request, reply, truthExport(sim, request.params.format, request.query, window));
  });
  app.get(contract.exportGreenButton.path, { schema: downloadSchema(contract.exportGreenButton) }, async (request, reply) => {
    const { sim, window, key } = prepare('greenButton', request.query);
    return sendExport(request, reply, greenButtonExport(sim, request.query, window, key));
  });
};
