/** Contract entries: Village Green-style air benches: readings, AQI, hourly NowCast, daily AQI. */

import type { RouteContract } from '../common/route-contract';
import {
  AirAqiQuerySchema,
  AirAqiSchema,
  AirDailyQuerySchema,
  AirDailySchema,
  AirHourlyQuerySchema,
  AirHourlySeriesSchema,
  AirReadingsQuerySchema,
  AirReadingsSchema,
} from './api-schemas';

export const airRoutes = {
  airReadings: {
    method: 'GET',
    path: '/api/air/readings',
    summary: 'Village Green-style station readings (1-minute PM2.5, ozone, NO2, weather) as series, bucketed and thinned for charts.',
    tags: ['air'],
    query: AirReadingsQuerySchema,
    response: AirReadingsSchema,
    example: {
      query: {
        city: 'columbus',
        from: '2026-07-15T04:00:00Z',
        to: '2026-07-16T04:00:00Z',
        resolution: '15m',
        metric: 'pm25UgM3,ozonePpb',
        maxPoints: 500,
      },
    },
  },
  airAqi: {
    method: 'GET',
    path: '/api/air/aqi',
    summary: 'The AQI now at every station: PM2.5 and ozone NowCast, category, official colour and health message, and the latest reading.',
    tags: ['air'],
    query: AirAqiQuerySchema,
    response: AirAqiSchema,
    example: { query: { city: 'columbus', at: '2026-07-15T20:00:00Z' } },
  },
  airHourly: {
    method: 'GET',
    path: '/api/air/hourly',
    summary:
      'Hourly PM2.5 and ozone means, their NowCasts, the PM2.5 and ozone sub-indices and the AQI per station, as series (what AirNow reported hour by hour).',
    tags: ['air'],
    query: AirHourlyQuerySchema,
    response: AirHourlySeriesSchema,
    example: {
      query: { city: 'columbus', station: 'linden-park-bench', from: '2026-07-15T04:00:00Z', to: '2026-07-16T04:00:00Z' },
    },
  },
  airDaily: {
    method: 'GET',
    path: '/api/air/daily',
    summary:
      'The daily AQI per station and local day: 24-hour mean PM2.5 and highest 8-hour ozone with their sub-indices, category and colour; days still in progress at `asOf` are marked incomplete.',
    tags: ['air'],
    query: AirDailyQuerySchema,
    response: AirDailySchema,
    example: {
      query: { city: 'columbus', station: 'linden-park-bench', from: '2026-07-01', to: '2026-08-01', asOf: '2026-07-20T16:00:00Z' },
    },
  },
} as const satisfies Record<string, RouteContract>;
