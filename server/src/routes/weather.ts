/**
 * `GET /api/weather/hourly`: a local day of the weather driver for a scenario, through the pipeline
 * like every route (query → scenario → cached simulation), so a heat wave raises it. Answered by the
 * main thread's service: a day is 24 samples of the simulation's weather, never worth a thread hop.
 */
import { contract, type TelemetryService } from '@sandbox/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { routeSchema } from './route-schema';

export const weatherRoutes: FastifyPluginAsyncZod<{ telemetry: TelemetryService }> = async (app, { telemetry }) => {
  app.get(contract.weatherHourly.path, { schema: routeSchema(contract.weatherHourly) }, async (request) =>
    telemetry.weatherHourly(request.query, Date.now()),
  );
};
