/** Contract entries: The weather driver, hour by hour. */

import type { RouteContract } from '../common/route-contract';
import { HourlyWeatherQuerySchema, HourlyWeatherSchema } from './schemas';

export const weatherRoutes = {
  weatherHourly: {
    method: 'GET',
    path: '/api/weather/hourly',
    summary: 'Hourly air temperature from the city weather driver for one local day.',
    tags: ['weather'],
    query: HourlyWeatherQuerySchema,
    response: HourlyWeatherSchema,
    example: { query: { city: 'columbus', date: '2026-07-15', seed: 1 } },
  },
} as const satisfies Record<string, RouteContract>;
