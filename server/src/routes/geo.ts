import { contract } from '@sandbox/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sendPreserialized } from './cities';
import { routeSchema } from './route-schema';

export const geoRoutes: FastifyPluginAsyncZod<{ usStatesJson: string }> = async (app, { usStatesJson }) => {
  app.get(contract.usStates.path, { schema: routeSchema(contract.usStates) }, async (_, reply) => sendPreserialized(reply, usStatesJson));
};
