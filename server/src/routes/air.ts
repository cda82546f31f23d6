/** Air routes: station readings as chart-ready series, and the AQI now (answers from the shared service). */
import { contract, type TelemetryService } from '@sandbox/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { routeSchema } from './route-schema';

export const airRoutes: FastifyPluginAsyncZod<{ telemetry: TelemetryService }> = async (app, { telemetry }) => {
  app.get(contract.airReadings.path, { schema: routeSchema(contract.airReadings) }, async (request) =>
    telemetry.airReadings(request.query, Date.now()),
  );
  app.get(contract.airAqi.path, { schema: routeSchema(contract.airAqi) }, async (request) => telemetry.airAqi(request.query, Date.now()));
};
