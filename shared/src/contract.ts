/**
 * The API contract: each route paired with the schemas of its inputs and output. The server
 * registers routes from it, the web client builds typed fetchers from it and the mock handlers
 * answer from it, so none of the three can drift.
 */
import { z } from 'zod';
import { BasemapSchema } from './schemas/basemap';
import { CitySchema, CitySummarySchema } from './schemas/city';
import { CityIdSchema } from './schemas/common';
import { HealthSchema } from './schemas/health';
import { PolicyQuerySchema, PolicySchema } from './schemas/policy';
import { HourlyWeatherQuerySchema, HourlyWeatherSchema } from './schemas/weather';

export const CityParamsSchema = z.object({ city: CityIdSchema });

export interface RouteContract {
  method: 'GET';
  /** Fastify-style path, `:name` for path parameters. */
  path: `/api/${string}`;
  summary: string;
  tags: readonly string[];
  params?: z.ZodType;
  query?: z.ZodType;
  response: z.ZodType;
}

export const contract = {
  health: {
    method: 'GET',
    path: '/api/health',
    summary: 'Liveness: status, version and uptime.',
    tags: ['meta'],
    response: HealthSchema,
  },
  cities: {
    method: 'GET',
    path: '/api/cities',
    summary: 'The simulated cities, in short.',
    tags: ['cities'],
    response: z.array(CitySummarySchema),
  },
  city: {
    method: 'GET',
    path: '/api/cities/:city',
    summary: 'One city: districts, air stations, connected-vehicle corridors and intersections, meter population.',
    tags: ['cities'],
    params: CityParamsSchema,
    response: CitySchema,
  },
  basemap: {
    method: 'GET',
    path: '/api/cities/:city/basemap',
    summary: 'The offline basemap as GeoJSON: rivers, interstates, streets, parks and district outlines.',
    tags: ['cities'],
    params: CityParamsSchema,
    response: BasemapSchema,
  },
  weatherHourly: {
    method: 'GET',
    path: '/api/weather/hourly',
    summary: 'Hourly air temperature from the city weather driver for one local day.',
    tags: ['weather'],
    query: HourlyWeatherQuerySchema,
    response: HourlyWeatherSchema,
  },
  policy: {
    method: 'GET',
    path: '/api/policy',
    summary: 'The policy context in one language: timeline, the eight agencies, programs with figures, and sources.',
    tags: ['policy'],
    query: PolicyQuerySchema,
    response: PolicySchema,
  },
} as const satisfies Record<string, RouteContract>;

export type Contract = typeof contract;
export type RouteName = keyof Contract;

/** Fills `:name` path parameters: `pathFor('/api/cities/:city', { city: 'columbus' })`. */
export function pathFor(path: string, params: Record<string, string> = {}): string {
  return path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`missing path parameter "${name}" for ${path}`);
    return encodeURIComponent(value);
  });
}
