/** Energy routes: the meter inventory, meter readings, and load by group (answers from the engine). */
import { contract } from '@sandbox/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Engine } from '../engine/engine';
import { sendAnswer } from './engine-route';
import { routeSchema } from './route-schema';

export const energyRoutes: FastifyPluginAsyncZod<{ engine: Engine }> = async (app, { engine }) => {
  app.get(contract.energyMeters.path, { schema: routeSchema(contract.energyMeters) }, async (request, reply) =>
    sendAnswer(engine, reply, 'meters', request.query),
  );
  app.get(contract.energyReadings.path, { schema: routeSchema(contract.energyReadings) }, async (request, reply) =>
    sendAnswer(engine, reply, 'meterReadings', request.query),
  );
  app.get(contract.energySummary.path, { schema: routeSchema(contract.energySummary) }, async (request, reply) =>
    sendAnswer(engine, reply, 'energySummary', request.query),
  );
};
