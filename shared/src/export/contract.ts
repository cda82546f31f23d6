/** Contract entries: Downloads: CSV/NDJSON tables and Green Button XML, streamed. */
import { z } from 'zod';
import { AirHourlySchema, AirReadingSchema } from '../air/schemas';
import type { RouteContract } from '../common/route-contract';
import { MeterReadingSchema } from '../energy/schemas';
import { BsmSchema, SafetyEventSchema, SegmentFlowSchema } from '../mobility/schemas';
import { GroundTruthEventSchema } from '../scenario/schemas';
import {
  AirExportQuerySchema,
  BsmExportQuerySchema,
  CSV_COLUMNS,
  type CsvColumns,
  EventExportQuerySchema,
  EXPORT_MEDIA_TYPES,
  type ExportFormat,
  ExportParamsSchema,
  GreenButtonQuerySchema,
  LoadExportQuerySchema,
  LoadExportRecordSchema,
  MeterExportQuerySchema,
  SegmentExportQuerySchema,
  TABULAR_MEDIA_TYPES,
  TruthExportQuerySchema,
} from './schemas';

/** What a tabular stream says of itself; the rest of its contract entry is common to every table. */
interface TabularStream {
  summary: string;
  query: z.ZodType;
  /** The schema of one NDJSON line. */
  response: z.ZodType;
  /** The example request's query besides the city (Columbus), and its format when not CSV. */
  example: Readonly<Record<string, string>>;
  exampleFormat?: ExportFormat;
}

const JULY_15 = { from: '2026-07-15T04:00:00Z', to: '2026-07-16T04:00:00Z' } as const;

/** Each tabular stream by its CSV_COLUMNS key, in the order the API documents them. */
const TABULAR_STREAMS = {
  air: {
    summary: 'Download 1-minute station readings (PM2.5, ozone, NO2, temperature, humidity, wind) as CSV or NDJSON, streamed day by day.',
    query: AirExportQuerySchema,
    response: AirReadingSchema,
    example: { station: 'linden-park-bench', ...JULY_15 },
  },
  airHourly: {
    summary: 'Download hourly station means with the PM2.5 and ozone NowCast, AQI and category, as CSV or NDJSON.',
    query: AirExportQuerySchema,
    response: AirHourlySchema,
    example: JULY_15,
  },
  meters: {
    summary:
      'Download 15-minute interval reads (net, import and export kWh, VEE quality flag) of chosen meters or of a district, feeder or class, as CSV or NDJSON.',
    query: MeterExportQuerySchema,
    response: MeterReadingSchema,
    example: { meter: 'linden-res-00001', ...JULY_15 },
  },
  load: {
    summary:
      'Download 15-minute load by district, feeder or meter class (net, import, PV export, demand, meters reporting), as CSV or NDJSON.',
    query: LoadExportQuerySchema,
    response: LoadExportRecordSchema,
    example: { groupBy: 'class', ...JULY_15 },
  },
  segments: {
    summary: 'Download per-minute flow on the corridor segments (volume, space-mean speed, travel time, stops), as CSV or NDJSON.',
    query: SegmentExportQuerySchema,
    response: SegmentFlowSchema,
    example: { segment: 'high-st-nb-03', from: '2026-07-15T21:00:00Z', to: '2026-07-15T22:00:00Z' },
  },
  events: {
    summary: 'Download the safety events of the connected vehicles (hard braking, red-light-violation warnings), as CSV or NDJSON.',
    query: EventExportQuerySchema,
    response: SafetyEventSchema,
    example: { from: '2026-07-15T20:00:00Z', to: '2026-07-15T23:00:00Z' },
  },
  bsm: {
    summary:
      'Download Basic Safety Messages (SAE J2735 BSM Part I field names and integer units) of the connected vehicles: NDJSON as J2735, or CSV flattened with the ODE column names (`coreData_speed`, …).',
    query: BsmExportQuerySchema,
    response: BsmSchema,
    example: { corridor: 'morse-rd', from: '2026-07-15T21:30:00Z', to: '2026-07-15T21:30:02Z' },
    exampleFormat: 'ndjson',
  },
  truth: {
    summary:
      'Download the ground truth: injected faults (each spike minute), lever episodes, feeder outages and traffic incidents with their windows, for checking answers.',
    query: TruthExportQuerySchema,
    response: GroundTruthEventSchema,
    example: { from: '2026-07-01T04:00:00Z', to: '2026-08-01T04:00:00Z' },
  },
} as const satisfies { [K in keyof CsvColumns]: TabularStream };

type Streams = typeof TABULAR_STREAMS;

/**
 * The contract entry of a tabular download, `/api/export/<stream>.:format`: CSV or NDJSON picked by
 * the extension, streamed as an attachment; `response` is the schema of one NDJSON line.
 */
type TabularDownload<K extends keyof Streams> = {
  readonly method: 'GET';
  readonly path: `/api/export/${string}.:format`;
  readonly summary: string;
  readonly tags: readonly ['export'];
  readonly kind: 'download';
  readonly produces: typeof TABULAR_MEDIA_TYPES;
  readonly csvColumns: CsvColumns[K];
  readonly params: typeof ExportParamsSchema;
  readonly query: Streams[K]['query'];
  readonly response: Streams[K]['response'];
  readonly example: { params: { format: ExportFormat }; query: Record<string, string> };
};

/** `airHourly` → contract route `exportAirHourly`, file `air-hourly`. */
type RouteOf<K extends string> = `export${Capitalize<K>}`;

function tabularDownloads(): { [K in keyof Streams as RouteOf<K>]: TabularDownload<K> } {
  const entries = Object.entries(TABULAR_STREAMS).map(([stream, row]: [string, TabularStream]) => {
    const file = stream.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
    const entry = {
      method: 'GET',
      tags: ['export'],
      kind: 'download',
      produces: TABULAR_MEDIA_TYPES,
      params: ExportParamsSchema,
      path: `/api/export/${file}.:format`,
      summary: row.summary,
      csvColumns: CSV_COLUMNS[stream as keyof CsvColumns],
      query: row.query,
      response: row.response,
      example: { params: { format: row.exampleFormat ?? 'csv' }, query: { city: 'columbus', ...row.example } },
    };
    return [`export${stream.charAt(0).toUpperCase()}${stream.slice(1)}`, entry];
  });
  return Object.fromEntries(entries) as { [K in keyof Streams as RouteOf<K>]: TabularDownload<K> };
}

export const exportRoutes = {
  ...tabularDownloads(),
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
    example: { query: { city: 'columbus', meter: 'linden-res-00001', ...JULY_15 } },
  },
} as const satisfies Record<string, RouteContract>;
