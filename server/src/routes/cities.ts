import { cityJsonSchema, contract } from '@sandbox/shared';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { type CityStore, requireCity } from '../data/city-store';

import { fixedJson, fixedPerKey, sendFixedJson } from './fixed-json';
import { routeSchema } from './route-schema';

export const cityRoutes: FastifyPluginAsyncZod<{ cities: CityStore }> = async (app, { cities }) => {
  const entry = (id: string) => requireCity(cities, id);

  // Fixed for the process: hashed once for their ETags (fixed-json.ts); the ids were checked first.
  const list = fixedJson(JSON.stringify(cities.list()));
  const city = fixedPerKey((id) => entry(id).cityJson);
  const basemap = fixedPerKey((id) => entry(id).basemapJson);
  app.get(contract.cities.path, { schema: routeSchema(contract.cities) }, async (request, reply) => sendFixedJson(request, reply, list));

  // Generated once: the schema is a function of the code, not of the data.
  const schemaJson = JSON.stringify(cityJsonSchema());
  app.get(contract.citySchema.path, { schema: routeSchema(contract.citySchema) }, async (_request, reply) =>
    sendPreserialized(reply, schemaJson),
  );

  app.get(contract.city.path, { schema: routeSchema(contract.city) }, async (request, reply) =>
    sendFixedJson(request, reply, city(entry(request.params.city).city.id)),
  );

  app.get(contract.basemap.path, { schema: routeSchema(contract.basemap) }, async (request, reply) =>
    sendFixedJson(request, reply, basemap(entry(request.params.city).city.id)),
  );
};

/**
 * City files were validated at boot and serialized once; a JSON string is sent as it is (Fastify
 * skips serialization for strings), so the reply is widened from its schema-typed form here.
 */
export function sendPreserialized(reply: FastifyReply, json: string): FastifyReply {
  return reply.type('application/json; charset=utf-8').send(json);
}
