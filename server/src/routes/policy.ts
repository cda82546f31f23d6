import { contract } from '@sandbox/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { PolicyStore } from '../data/policy-store';
import { sendPreserialized } from './cities';
import { routeSchema } from './route-schema';

export const policyRoutes: FastifyPluginAsyncZod<{ policy: PolicyStore }> = async (app, { policy }) => {
  // Validated and serialized once at boot; a string is sent as it is (see cities.ts).
  app.get(contract.policy.path, { schema: routeSchema(contract.policy) }, async (request, reply) =>
    sendPreserialized(reply, policy.json(request.query.lang)),
  );
};
