/** Energy routes: the meter inventory, meter readings, and load by group (answers from the shared service). */
import { contract, type TelemetryService } from '@sandbox/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { routeSchema } from './route-schema';

export const energyRoutes: FastifyPluginAsyncZod<{ telemetry: TelemetryService }> = async (app, { telemetry }) => {
  app.get(contract.energyMeters.path, { schema: routeSchema(contract.energyMeters) }, async (request) => telemetry.meters(request.query));
  app.get(contract.energyReadings.path, { schema: routeSchema(contract.energyReadings) }, async (request) =>
    telemetry.meterReadings(request.query, Date.now()),
  );
  app.get(contract.energySummary.path, { schema: routeSchema(contract.energySummary) }, async (request) =>
    telemetry.energySummary(request.query, Date.now()),
  );
};
