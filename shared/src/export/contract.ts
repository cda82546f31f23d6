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
} from './schemas';

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

export const exportRoutes = {
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
      query: { city: 'columbus', meter: 'northland-res-00001', from: '2026-07-15T04:00:00Z', to: '2026-07-16T04:00:00Z' },
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
    example: { query: { city: 'columbus', meter: 'northland-res-00001', from: '2026-07-15T04:00:00Z', to: '2026-07-16T04:00:00Z' } },
  },
} as const satisfies Record<string, RouteContract>;
