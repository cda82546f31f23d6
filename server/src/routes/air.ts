/** Air routes: station readings as chart-ready series, the AQI now, hour by hour and day by day (answers from the shared service). */
import { contract, type TelemetryService } from '@sandbox/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { routeSchema } from './route-schema';

export const airRoutes: FastifyPluginAsyncZod<{ telemetry: TelemetryService }> = async (app, { telemetry }) => {
  app.get(contract.airReadings.path, { schema: routeSchema(contract.airReadings) }, async (request) =>
    telemetry.airReadings(request.query, Date.now()),
  );
  app.get(contract.airAqi.path, { schema: routeSchema(contract.airAqi) }, async (request) => telemetry.airAqi(request.query, Date.now()));
  app.get(contract.airHourly.path, { schema: routeSchema(contract.airHourly) }, async (request) =>
    telemetry.airHourly(request.query, Date.now()),
  );
  app.get(contract.airDaily.path, { schema: routeSchema(contract.airDaily) }, async (request) =>
    telemetry.airDaily(request.query, Date.now()),
  );
};
