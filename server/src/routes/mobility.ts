/**
 * Mobility routes: network, segment and corridor flow, vehicles, signals, safety events and a BSM
 * sample (answers from the engine).
 */
import { contract } from '@sandbox/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Engine } from '../engine/engine';
import { sendAnswer } from './engine-route';
import { routeSchema } from './route-schema';

export const mobilityRoutes: FastifyPluginAsyncZod<{ engine: Engine }> = async (app, { engine }) => {
  app.get(contract.mobilityNetwork.path, { schema: routeSchema(contract.mobilityNetwork) }, async (request, reply) =>
    sendAnswer(engine, reply, 'network', request.query),
  );
  app.get(contract.mobilitySegments.path, { schema: routeSchema(contract.mobilitySegments) }, async (request, reply) =>
    sendAnswer(engine, reply, 'segments', request.query),
  );
  app.get(contract.mobilityCorridorFlow.path, { schema: routeSchema(contract.mobilityCorridorFlow) }, async (request, reply) =>
    sendAnswer(engine, reply, 'corridorFlow', request.query),
  );
  app.get(contract.mobilityVehicles.path, { schema: routeSchema(contract.mobilityVehicles) }, async (request, reply) =>
    sendAnswer(engine, reply, 'vehicles', request.query),
  );
  app.get(contract.mobilitySignals.path, { schema: routeSchema(contract.mobilitySignals) }, async (request, reply) =>
    sendAnswer(engine, reply, 'signals', request.query),
  );
  app.get(contract.mobilityEvents.path, { schema: routeSchema(contract.mobilityEvents) }, async (request, reply) =>
    sendAnswer(engine, reply, 'events', request.query),
  );
  app.get(contract.mobilityBsm.path, { schema: routeSchema(contract.mobilityBsm) }, async (request, reply) =>
    sendAnswer(engine, reply, 'bsmSample', request.query),
  );
};
