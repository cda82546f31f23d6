/**
 * Mobility routes: network, segment and corridor flow, vehicles, signals, safety events and a BSM
 * sample (answers from the shared service).
 */
import { contract, type TelemetryService } from '@sandbox/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { routeSchema } from './route-schema';

export const mobilityRoutes: FastifyPluginAsyncZod<{ telemetry: TelemetryService }> = async (app, { telemetry }) => {
  app.get(contract.mobilityNetwork.path, { schema: routeSchema(contract.mobilityNetwork) }, async (request) =>
    telemetry.network(request.query),
  );
  app.get(contract.mobilitySegments.path, { schema: routeSchema(contract.mobilitySegments) }, async (request) =>
    telemetry.segments(request.query, Date.now()),
  );
  app.get(contract.mobilityCorridorFlow.path, { schema: routeSchema(contract.mobilityCorridorFlow) }, async (request) =>
    telemetry.corridorFlow(request.query, Date.now()),
  );
  app.get(contract.mobilityVehicles.path, { schema: routeSchema(contract.mobilityVehicles) }, async (request) =>
    telemetry.vehicles(request.query, Date.now()),
  );
  app.get(contract.mobilitySignals.path, { schema: routeSchema(contract.mobilitySignals) }, async (request) =>
    telemetry.signals(request.query, Date.now()),
  );
  app.get(contract.mobilityEvents.path, { schema: routeSchema(contract.mobilityEvents) }, async (request) =>
    telemetry.events(request.query, Date.now()),
  );
  app.get(contract.mobilityBsm.path, { schema: routeSchema(contract.mobilityBsm) }, async (request) =>
    telemetry.bsmSample(request.query, Date.now()),
  );
};
