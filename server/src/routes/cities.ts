import { cityJsonSchema, contract } from '@sandbox/shared';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { type CityStore, requireCity } from '../data/city-store';

import { routeSchema } from './route-schema';

export const cityRoutes: FastifyPluginAsyncZod<{ cities: CityStore }> = async (app, { cities }) => {
  const entry = (id: string) => requireCity(cities, id);

  app.get(contract.cities.path, { schema: routeSchema(contract.cities) }, async () => cities.list());

  // Generated once: the schema is a function of the code, not of the data.
  const schemaJson = JSON.stringify(cityJsonSchema());
  app.get(contract.citySchema.path, { schema: routeSchema(contract.citySchema) }, async (_request, reply) =>
    sendPreserialized(reply, schemaJson),
  );

  app.get(contract.city.path, { schema: routeSchema(contract.city) }, async (request, reply) =>
    sendPreserialized(reply, entry(request.params.city).cityJson),
  );

  app.get(contract.basemap.path, { schema: routeSchema(contract.basemap) }, async (request, reply) =>
    sendPreserialized(reply, entry(request.params.city).basemapJson),
  );
};

/**
 * City files were validated at boot and serialized once; a JSON string is sent as it is (Fastify
 * skips serialization for strings), so the reply is widened from its schema-typed form here.
 */
export function sendPreserialized(reply: FastifyReply, json: string): FastifyReply {
  return reply.type('application/json; charset=utf-8').send(json);
}
