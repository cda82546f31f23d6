/** Contract entries: The cities and the service itself: health, the city list, the city file's JSON Schema, one city, its basemap. */
import { z } from 'zod';
import { HealthSchema, ReadySchema } from '../common/health';
import type { RouteContract } from '../common/route-contract';
import { CityIdSchema } from '../common/schemas';
import { BasemapSchema } from './basemap-schemas';
import { CitySchema, CitySummarySchema } from './schemas';

export const CityParamsSchema = z.object({ city: CityIdSchema });

export const cityRoutes = {
  health: {
    method: 'GET',
    path: '/api/health',
    summary: 'Liveness: status, version and uptime.',
    tags: ['meta'],
    response: HealthSchema,
    example: {},
  },
  ready: {
    method: 'GET',
    path: '/api/ready',
    summary:
      'Readiness for a load balancer: 200 while the store answers (a query within 2 s), 503 with Retry-After while it does not (PostgreSQL down or unreachable).',
    tags: ['meta'],
    response: ReadySchema,
    example: {},
  },
  cities: {
    method: 'GET',
    path: '/api/cities',
    summary: 'The simulated cities, in short.',
    tags: ['cities'],
    response: z.array(CitySummarySchema),
    example: {},
  },
  citySchema: {
    method: 'GET',
    path: '/api/cities/schema',
    summary: 'The city file format (data/cities/<id>/city.json) as JSON Schema, draft 2020-12, with a description of every field.',
    tags: ['cities'],
    response: z
      .record(z.string(), z.unknown())
      .describe('A JSON Schema document (draft 2020-12); the same as docs/city.schema.json. Guide: docs/add-your-own-city.md.'),
    example: {},
  },
  city: {
    method: 'GET',
    path: '/api/cities/:city',
    summary: 'One city: districts, air stations, connected-vehicle corridors and intersections, meter population.',
    tags: ['cities'],
    params: CityParamsSchema,
    response: CitySchema,
    example: { params: { city: 'columbus' } },
  },
  basemap: {
    method: 'GET',
    path: '/api/cities/:city/basemap',
    summary: 'The offline basemap as GeoJSON: rivers, interstates, streets, parks and district outlines.',
    tags: ['cities'],
    params: CityParamsSchema,
    response: BasemapSchema,
    example: { params: { city: 'columbus' } },
  },
} as const satisfies Record<string, RouteContract>;
