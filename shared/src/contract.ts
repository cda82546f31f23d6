/**
 * The API contract: each route paired with the schemas of its inputs and output. The server
 * registers routes from it, the web client builds typed fetchers from it and the mock handlers
 * answer from it, so none of the three can drift.
 */
import { z } from 'zod';
import { BasemapSchema } from './schemas/basemap';
import { CitySchema, CitySummarySchema } from './schemas/city';
import { CityIdSchema } from './schemas/common';
import { UsOutlineSchema } from './schemas/geo';
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
  /** A request that works against the default data; the API docs show it and its real answer. */
  example: { params?: Record<string, string>; query?: Record<string, string | number> };
}

export const contract = {
  health: {
    method: 'GET',
    path: '/api/health',
    summary: 'Liveness: status, version and uptime.',
    tags: ['meta'],
    response: HealthSchema,
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
  weatherHourly: {
    method: 'GET',
    path: '/api/weather/hourly',
    summary: 'Hourly air temperature from the city weather driver for one local day.',
    tags: ['weather'],
    query: HourlyWeatherQuerySchema,
    response: HourlyWeatherSchema,
    example: { query: { city: 'columbus', date: '2026-07-15', seed: 1 } },
  },
  policy: {
    method: 'GET',
    path: '/api/policy',
    summary: 'The policy context in one language: timeline, the eight agencies, programs with figures, and sources.',
    tags: ['policy'],
    query: PolicyQuerySchema,
    response: PolicySchema,
    example: { query: { lang: 'ko' } },
  },
  usStates: {
    method: 'GET',
    path: '/api/geo/us-states',
    summary: 'Outline of the contiguous United States and its state borders (US Census Bureau, 1:10,000,000), for the policy map.',
    tags: ['policy'],
    response: UsOutlineSchema,
    example: {},
  },
} as const satisfies Record<string, RouteContract>;

export type Contract = typeof contract;
export type RouteName = keyof Contract;

/** A query string from plain values (no URLSearchParams: shared has no DOM or Node typings). */
export function queryString(query: Record<string, string | number | boolean | undefined> = {}): string {
  const pairs = Object.entries(query)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`);
  return pairs.length > 0 ? `?${pairs.join('&')}` : '';
}

/** The example request of a route as a path with query string. */
export function exampleUrl(route: RouteContract): string {
  return pathFor(route.path, route.example.params) + queryString(route.example.query);
}

/** Fills `:name` path parameters: `pathFor('/api/cities/:city', { city: 'columbus' })`. */
export function pathFor(path: string, params: Record<string, string> = {}): string {
  return path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`missing path parameter "${name}" for ${path}`);
    return encodeURIComponent(value);
  });
}
