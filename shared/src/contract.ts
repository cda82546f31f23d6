/**
 * The API contract: each route paired with the schemas of its inputs and output. The server
 * registers routes from it, the web client builds typed fetchers from it and the mock handlers
 * answer from it, so none of the three can drift.
 */
import { z } from 'zod';
import {
  AirAqiQuerySchema,
  AirAqiSchema,
  AirDailyQuerySchema,
  AirDailySchema,
  AirHourlyQuerySchema,
  AirHourlySeriesSchema,
  AirReadingsQuerySchema,
  AirReadingsSchema,
} from './air/api-schemas';
import { AirHourlySchema, AirReadingSchema } from './air/schemas';
import { BasemapSchema } from './city/basemap-schemas';
import { CitySchema, CitySummarySchema } from './city/schemas';
import { UsOutlineSchema } from './common/geo-schemas';
import { HealthSchema } from './common/health';
import { CityIdSchema } from './common/schemas';
import {
  EnergySummaryQuerySchema,
  EnergySummarySchema,
  MeterReadingsQuerySchema,
  MeterReadingsSchema,
  MetersQuerySchema,
  MetersSchema,
} from './energy/api-schemas';
import { MeterReadingSchema } from './energy/schemas';
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
} from './export/schemas';
import { SnapshotQuerySchema, StreamFrameSchema, StreamQuerySchema } from './live/schemas';
import {
  BsmSampleQuerySchema,
  BsmSampleSchema,
  CityQuerySchema,
  CorridorFlowQuerySchema,
  CorridorFlowSchema,
  EventsQuerySchema,
  EventsSchema,
  InstantQuerySchema,
  NetworkSchema,
  SegmentFlowQuerySchema,
  SegmentFlowSeriesSchema,
  SignalsSchema,
  VehiclesSchema,
} from './mobility/api-schemas';
import { BsmSchema, SafetyEventSchema, SegmentFlowSchema } from './mobility/schemas';
import { PolicyQuerySchema, PolicySchema } from './policy/schemas';
import { GroundTruthEventSchema } from './scenario/schemas';
import { HourlyWeatherQuerySchema, HourlyWeatherSchema } from './weather/schemas';

export const CityParamsSchema = z.object({ city: CityIdSchema });

export interface RouteContract {
  method: 'GET';
  /** Fastify-style path, `:name` for path parameters. */
  path: `/api/${string}`;
  summary: string;
  tags: readonly string[];
  /**
   * How the response is sent: one JSON document (default); a Server-Sent Events stream of
   * `response` (`sse`); or `download`: a streamed file with a `Content-Disposition: attachment`
   * header, in one of the `produces` media types, where `response` is the schema of one NDJSON line
   * (a record), or a string for other formats.
   */
  kind?: 'json' | 'sse' | 'download';
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

/**
 * A tabular download, `/api/export/<stream>.:format`: CSV or NDJSON picked by the extension, streamed
 * as an attachment; `response` is the schema of one NDJSON line.
 */
function tabularDownload<const E extends Omit<RouteContract, 'method' | 'tags' | 'kind' | 'produces' | 'params'>>(entry: E) {
  return {
    method: 'GET',
    tags: ['export'],
    kind: 'download',
    produces: TABULAR_MEDIA_TYPES,
    params: ExportParamsSchema,
    ...entry,
  } as const;
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
  energyMeters: {
    method: 'GET',
    path: '/api/energy/meters',
    summary: 'The smart-meter inventory: class, district, feeder, rooftop PV, EV charger, electric heat.',
    tags: ['energy'],
    query: MetersQuerySchema,
    response: MetersSchema,
    example: { query: { city: 'columbus', district: 'linden', limit: 5 } },
  },
  energyReadings: {
    method: 'GET',
    path: '/api/energy/readings',
    summary: '15-minute interval energy of chosen meters (net, import, export, quality flag) as series.',
    tags: ['energy'],
    query: MeterReadingsQuerySchema,
    response: MeterReadingsSchema,
    example: { query: { city: 'columbus', meter: 'linden-res-00001', from: '2026-07-15T04:00:00Z', to: '2026-07-16T04:00:00Z' } },
  },
  energySummary: {
    method: 'GET',
    path: '/api/energy/summary',
    summary: 'Load by district, feeder or meter class (net demand, import, PV export) with the peak demand of each group.',
    tags: ['energy'],
    query: EnergySummaryQuerySchema,
    response: EnergySummarySchema,
    example: { query: { city: 'columbus', groupBy: 'class', from: '2026-07-15T04:00:00Z', to: '2026-07-16T04:00:00Z', resolution: '1h' } },
  },
  mobilityNetwork: {
    method: 'GET',
    path: '/api/mobility/network',
    summary: 'The directional road segments between signals on the connected-vehicle corridors, with their centre lines.',
    tags: ['mobility'],
    query: CityQuerySchema,
    response: NetworkSchema,
    example: { query: { city: 'columbus' } },
  },
  mobilitySegments: {
    method: 'GET',
    path: '/api/mobility/segments',
    summary: 'Per-segment traffic flow (speed, volume, travel time, stops) as series.',
    tags: ['mobility'],
    query: SegmentFlowQuerySchema,
    response: SegmentFlowSeriesSchema,
    example: {
      query: { city: 'columbus', corridor: 'high-st', from: '2026-07-15T04:00:00Z', to: '2026-07-16T04:00:00Z', resolution: '15m' },
    },
  },
  mobilityCorridorFlow: {
    method: 'GET',
    path: '/api/mobility/corridor-flow',
    summary:
      'Per corridor and direction: end-to-end travel time, space-mean speed and volume as series, with each direction’s length, speed limit and free-flow travel time.',
    tags: ['mobility'],
    query: CorridorFlowQuerySchema,
    response: CorridorFlowSchema,
    example: {
      query: { city: 'columbus', corridor: 'high-st', from: '2026-07-15T14:00:00Z', to: '2026-07-15T20:00:00Z', resolution: '5m' },
    },
  },
  mobilityVehicles: {
    method: 'GET',
    path: '/api/mobility/vehicles',
    summary: 'Every vehicle on the corridors at an instant, as GeoJSON points.',
    tags: ['mobility'],
    query: InstantQuerySchema,
    response: VehiclesSchema,
    example: { query: { city: 'columbus', at: '2026-07-15T21:30:00Z', corridor: 'morse-rd' } },
  },
  mobilitySignals: {
    method: 'GET',
    path: '/api/mobility/signals',
    summary: 'Signal phase and timing (SPaT-like) of every signalized intersection at an instant.',
    tags: ['mobility'],
    query: InstantQuerySchema,
    response: SignalsSchema,
    example: { query: { city: 'columbus', at: '2026-07-15T21:30:00Z', corridor: 'high-st' } },
  },
  mobilityEvents: {
    method: 'GET',
    path: '/api/mobility/events',
    summary: 'Safety events (hard braking, red-light-violation warnings) in a window.',
    tags: ['mobility'],
    query: EventsQuerySchema,
    response: EventsSchema,
    example: { query: { city: 'columbus', from: '2026-07-15T04:00:00Z', to: '2026-07-16T04:00:00Z', limit: 20 } },
  },
  mobilityBsm: {
    method: 'GET',
    path: '/api/mobility/bsm',
    summary:
      'A sample of Basic Safety Messages (SAE J2735 BSM Part I field names and integer units) from one broadcast round at an instant, with the corridor of each sender.',
    tags: ['mobility'],
    query: BsmSampleQuerySchema,
    response: BsmSampleSchema,
    example: { query: { city: 'columbus', at: '2026-07-15T21:30:00Z', corridor: 'high-st', limit: 5 } },
  },
  snapshot: {
    method: 'GET',
    path: '/api/snapshot',
    summary:
      'One frame of the live stream at an instant (for a paused or stepped clock): readings, AQI, load, vehicles, signals and the last minute of safety events.',
    tags: ['stream'],
    query: SnapshotQuerySchema,
    response: StreamFrameSchema,
    example: { query: { city: 'columbus', at: '2026-07-15T21:30:00Z', topics: 'air,energy' } },
  },
  stream: {
    method: 'GET',
    path: '/api/stream',
    summary:
      'Live Server-Sent Events: `frame` events (this schema) at each client\u2019s own sim speed, heartbeats, and `close` on shutdown. Resumes after `Last-Event-ID`.',
    tags: ['stream'],
    kind: 'sse',
    query: StreamQuerySchema,
    response: StreamFrameSchema,
    example: { query: { city: 'columbus', topics: 'air,energy', start: '2026-07-15T12:00:00Z', speed: 60 } },
  },
  exportAir: tabularDownload({
    path: '/api/export/air.:format',
    summary: 'Download 1-minute station readings (PM2.5, ozone, NO2, temperature, humidity, wind) as CSV or NDJSON, streamed day by day.',
    csvColumns: CSV_COLUMNS.air,
    query: AirExportQuerySchema,
    response: AirReadingSchema,
    example: {
      params: { format: 'csv' },
      query: { city: 'columbus', station: 'linden-park-bench', from: '2026-07-15T04:00:00Z', to: '2026-07-16T04:00:00Z' },
    },
  }),
  exportAirHourly: tabularDownload({
    path: '/api/export/air-hourly.:format',
    summary: 'Download hourly station means with the PM2.5 and ozone NowCast, AQI and category, as CSV or NDJSON.',
    csvColumns: CSV_COLUMNS.airHourly,
    query: AirExportQuerySchema,
    response: AirHourlySchema,
    example: { params: { format: 'csv' }, query: { city: 'columbus', from: '2026-07-15T04:00:00Z', to: '2026-07-16T04:00:00Z' } },
  }),
  exportMeters: tabularDownload({
    path: '/api/export/meters.:format',
    summary:
      'Download 15-minute interval reads (net, import and export kWh, VEE quality flag) of chosen meters or of a district, feeder or class, as CSV or NDJSON.',
    csvColumns: CSV_COLUMNS.meters,
    query: MeterExportQuerySchema,
    response: MeterReadingSchema,
    example: {
      params: { format: 'csv' },
      query: { city: 'columbus', meter: 'linden-res-00001', from: '2026-07-15T04:00:00Z', to: '2026-07-16T04:00:00Z' },
    },
  }),
  exportLoad: tabularDownload({
    path: '/api/export/load.:format',
    summary:
      'Download 15-minute load by district, feeder or meter class (net, import, PV export, demand, meters reporting), as CSV or NDJSON.',
    csvColumns: CSV_COLUMNS.load,
    query: LoadExportQuerySchema,
    response: LoadExportRecordSchema,
    example: {
      params: { format: 'csv' },
      query: { city: 'columbus', groupBy: 'class', from: '2026-07-15T04:00:00Z', to: '2026-07-16T04:00:00Z' },
    },
  }),
  exportSegments: tabularDownload({
    path: '/api/export/segments.:format',
    summary: 'Download per-minute flow on the corridor segments (volume, space-mean speed, travel time, stops), as CSV or NDJSON.',
    csvColumns: CSV_COLUMNS.segments,
    query: SegmentExportQuerySchema,
    response: SegmentFlowSchema,
    example: {
      params: { format: 'csv' },
      query: { city: 'columbus', segment: 'high-st-nb-03', from: '2026-07-15T21:00:00Z', to: '2026-07-15T22:00:00Z' },
    },
  }),
  exportEvents: tabularDownload({
    path: '/api/export/events.:format',
    summary: 'Download the safety events of the connected vehicles (hard braking, red-light-violation warnings), as CSV or NDJSON.',
    csvColumns: CSV_COLUMNS.events,
    query: EventExportQuerySchema,
    response: SafetyEventSchema,
    example: { params: { format: 'csv' }, query: { city: 'columbus', from: '2026-07-15T20:00:00Z', to: '2026-07-15T23:00:00Z' } },
  }),
  exportBsm: tabularDownload({
    path: '/api/export/bsm.:format',
    summary:
      'Download Basic Safety Messages (SAE J2735 BSM Part I field names and integer units) of the connected vehicles: NDJSON as J2735, or CSV flattened with the ODE column names (`coreData_speed`, …).',
    csvColumns: CSV_COLUMNS.bsm,
    query: BsmExportQuerySchema,
    response: BsmSchema,
    example: {
      params: { format: 'ndjson' },
      query: { city: 'columbus', corridor: 'morse-rd', from: '2026-07-15T21:30:00Z', to: '2026-07-15T21:30:02Z' },
    },
  }),
  exportTruth: tabularDownload({
    path: '/api/export/truth.:format',
    summary:
      'Download the ground truth: injected faults (each spike minute), lever episodes, feeder outages and traffic incidents with their windows, for checking answers.',
    csvColumns: CSV_COLUMNS.truth,
    query: TruthExportQuerySchema,
    response: GroundTruthEventSchema,
    example: { params: { format: 'csv' }, query: { city: 'columbus', from: '2026-07-01T04:00:00Z', to: '2026-08-01T04:00:00Z' } },
  }),
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
