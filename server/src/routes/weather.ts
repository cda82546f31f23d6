import { contract, hourlyWeather, localDate, notFound } from '@sandbox/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { CityStore } from '../data/city-store';

import { routeSchema } from './route-schema';

export const weatherRoutes: FastifyPluginAsyncZod<{ cities: CityStore }> = async (app, { cities }) => {
  app.get(contract.weatherHourly.path, { schema: routeSchema(contract.weatherHourly) }, async (request) => {
    const { city: id, seed, date } = request.query;
    const city = cities.get(id)?.city;
    if (!city) throw notFound(`Unknown city "${id}".`);
    return hourlyWeather(city, seed, date ?? localDate(city.timezone, Date.now()));
  });
};
