/**
 * The API contract: each route paired with the schemas of its inputs and output. The server
 * registers routes from it, the web client builds typed fetchers from it and the mock handlers
 * answer from it, so none of the three can drift.
 */
import { z } from 'zod';
import { AirHourlySchema, AirReadingSchema } from './schemas/air';
import {
  AirExportQuerySchema,
  BsmExportQuerySchema,
  CSV_COLUMNS,
  EventExportQuerySchema,
  EXPORT_MEDIA_TYPES,
  ExportParamsSchema,
  GreenButtonQuerySchema,
  LoadExportQuerySchema,
  LoadExportRecordSchema,
  MeterExportQuerySchema,
  SegmentExportQuerySchema,
  TABULAR_MEDIA_TYPES,
  TruthExportQuerySchema,
} from './schemas/api/export-api';
import { BasemapSchema } from './schemas/basemap';
import { CitySchema, CitySummarySchema } from './schemas/city';
import { CityIdSchema } from './schemas/common';
import { MeterReadingSchema } from './schemas/energy';
import { HealthSchema } from './schemas/health';
import { BsmSchema, SafetyEventSchema, SegmentFlowSchema } from './schemas/mobility';
import { GroundTruthEventSchema } from './schemas/scenario';
import { HourlyWeatherQuerySchema, HourlyWeatherSchema } from './schemas/weather';

export const CityParamsSchema = z.object({ city: CityIdSchema });

export interface RouteContract {
  method: 'GET';
  /** Fastify-style path, `:name` for path parameters. */
  path: `/api/${string}`;
  summary: string;
  tags: readonly string[];
  /**
   * How the response is sent: one JSON document (default), or `download`: a streamed file with a
   * `Content-Disposition: attachment` header, in one of the `produces` media types. For downloads
   * `response` is the schema of one NDJSON line (a record), or a string for other formats.
   */
  kind?: 'json' | 'download';
  /** Downloads: media type by format (the `format` path parameter, or the route's one format). */
  produces?: Readonly<Record<string, string>>;
  /** CSV downloads: the header row (units in the names). */
  csvColumns?: readonly string[];
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
  exportAir: {
    method: 'GET',
    path: '/api/export/air.:format',
    summary: 'Download 1-minute station readings (PM2.5, ozone, NO2, temperature, humidity, wind) as CSV or NDJSON, streamed day by day.',
    tags: ['export'],
    kind: 'download',
    produces: TABULAR_MEDIA_TYPES,
    csvColumns: CSV_COLUMNS.air,
    params: ExportParamsSchema,
    query: AirExportQuerySchema,
    response: AirReadingSchema,
    example: {
      params: { format: 'csv' },
      query: { city: 'columbus', station: 'linden-park-bench', from: '2026-07-15T04:00:00Z', to: '2026-07-16T04:00:00Z' },
    },
  },
  exportAirHourly: {
    method: 'GET',
    path: '/api/export/air-hourly.:format',
    summary: 'Download hourly station means with the PM2.5 and ozone NowCast, AQI and category, as CSV or NDJSON.',
    tags: ['export'],
    kind: 'download',
    produces: TABULAR_MEDIA_TYPES,
    csvColumns: CSV_COLUMNS.airHourly,
    params: ExportParamsSchema,
    query: AirExportQuerySchema,
    response: AirHourlySchema,
    example: { params: { format: 'csv' }, query: { city: 'columbus', from: '2026-07-15T04:00:00Z', to: '2026-07-16T04:00:00Z' } },
  },
  exportMeters: {
    method: 'GET',
    path: '/api/export/meters.:format',
    summary:
      'Download 15-minute interval reads (net, import and export kWh, VEE quality flag) of chosen meters or of a district, feeder or class, as CSV or NDJSON.',
    tags: ['export'],
    kind: 'download',
    produces: TABULAR_MEDIA_TYPES,
    csvColumns: CSV_COLUMNS.meters,
    params: ExportParamsSchema,
    query: MeterExportQuerySchema,
    response: MeterReadingSchema,
    example: {
      params: { format: 'csv' },
      query: { city: 'columbus', meter: 'linden-res-00001', from: '2026-07-15T04:00:00Z', to: '2026-07-16T04:00:00Z' },
    },
  },
  exportLoad: {
    method: 'GET',
    path: '/api/export/load.:format',
    summary:
      'Download 15-minute load by district, feeder or meter class (net, import, PV export, demand, meters reporting), as CSV or NDJSON.',
    tags: ['export'],
    kind: 'download',
    produces: TABULAR_MEDIA_TYPES,
    csvColumns: CSV_COLUMNS.load,
    params: ExportParamsSchema,
    query: LoadExportQuerySchema,
    response: LoadExportRecordSchema,
    example: {
      params: { format: 'csv' },
      query: { city: 'columbus', groupBy: 'class', from: '2026-07-15T04:00:00Z', to: '2026-07-16T04:00:00Z' },
    },
  },
  exportSegments: {
    method: 'GET',
    path: '/api/export/segments.:format',
    summary: 'Download per-minute flow on the corridor segments (volume, space-mean speed, travel time, stops), as CSV or NDJSON.',
    tags: ['export'],
    kind: 'download',
    produces: TABULAR_MEDIA_TYPES,
    csvColumns: CSV_COLUMNS.segments,
    params: ExportParamsSchema,
    query: SegmentExportQuerySchema,
    response: SegmentFlowSchema,
    example: {
      params: { format: 'csv' },
      query: { city: 'columbus', segment: 'high-st-nb-03', from: '2026-07-15T21:00:00Z', to: '2026-07-15T22:00:00Z' },
    },
  },
  exportEvents: {
    method: 'GET',
    path: '/api/export/events.:format',
    summary: 'Download the safety events of the connected vehicles (hard braking, red-light-violation warnings), as CSV or NDJSON.',
    tags: ['export'],
    kind: 'download',
    produces: TABULAR_MEDIA_TYPES,
    csvColumns: CSV_COLUMNS.events,
    params: ExportParamsSchema,
    query: EventExportQuerySchema,
    response: SafetyEventSchema,
    example: { params: { format: 'csv' }, query: { city: 'columbus', from: '2026-07-15T04:00:00Z', to: '2026-07-16T04:00:00Z' } },
  },
  exportBsm: {
    method: 'GET',
    path: '/api/export/bsm.:format',
    summary:
      'Download Basic Safety Messages (SAE J2735 BSM Part I field names and integer units) of the connected vehicles: NDJSON as J2735, or CSV flattened with the ODE column names (`coreData_speed`, …).',
    tags: ['export'],
    kind: 'download',
    produces: TABULAR_MEDIA_TYPES,
    csvColumns: CSV_COLUMNS.bsm,
    params: ExportParamsSchema,
    query: BsmExportQuerySchema,
    response: BsmSchema,
    example: {
      params: { format: 'ndjson' },
      query: { city: 'columbus', corridor: 'morse-rd', from: '2026-07-15T21:30:00Z', to: '2026-07-15T21:30:02Z' },
    },
  },
  exportTruth: {
    method: 'GET',
    path: '/api/export/truth.:format',
    summary:
      'Download the ground truth: injected faults (each spike minute), lever episodes, feeder outages and traffic incidents with their windows, for checking answers.',
    tags: ['export'],
    kind: 'download',
    produces: TABULAR_MEDIA_TYPES,
    csvColumns: CSV_COLUMNS.truth,
    params: ExportParamsSchema,
    query: TruthExportQuerySchema,
    response: GroundTruthEventSchema,
    example: { params: { format: 'csv' }, query: { city: 'columbus', from: '2026-07-01T04:00:00Z', to: '2026-08-01T04:00:00Z' } },
  },
  exportGreenButton: {
    method: 'GET',
    path: '/api/export/greenbutton.xml',
    summary:
      'Download one meter as Green Button (NAESB ESPI 3.3) XML: an Atom feed of UsagePoint, LocalTimeParameters, ReadingTypes, MeterReadings and daily IntervalBlocks in Wh (forward channel; reverse channel for PV meters).',
    tags: ['export'],
    kind: 'download',
    produces: { xml: EXPORT_MEDIA_TYPES.xml },
    query: GreenButtonQuerySchema,
    response: z.string().describe('An Atom feed (application/atom+xml) with ESPI content.'),
    example: { query: { city: 'columbus', meter: 'linden-res-00001', from: '2026-07-15T04:00:00Z', to: '2026-07-16T04:00:00Z' } },
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
