/** Air routes: station readings as chart-ready series, the AQI now, hour by hour and day by day (answers from the engine). */
import { contract } from '@sandbox/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Engine } from '../engine/engine';
import { sendAnswer } from './engine-route';
import { routeSchema } from './route-schema';

export const airRoutes: FastifyPluginAsyncZod<{ engine: Engine }> = async (app, { engine }) => {
  app.get(contract.airReadings.path, { schema: routeSchema(contract.airReadings) }, async (request, reply) =>
    sendAnswer(engine, reply, 'airReadings', request.query),
  );
  app.get(contract.airAqi.path, { schema: routeSchema(contract.airAqi) }, async (request, reply) =>
    sendAnswer(engine, reply, 'airAqi', request.query),
  );
  app.get(contract.airHourly.path, { schema: routeSchema(contract.airHourly) }, async (request, reply) =>
    sendAnswer(engine, reply, 'airHourly', request.query),
  );
  app.get(contract.airDaily.path, { schema: routeSchema(contract.airDaily) }, async (request, reply) =>
    sendAnswer(engine, reply, 'airDaily', request.query),
  );
};
