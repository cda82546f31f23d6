/**
 * The streaming exports (`GET /api/export/...`): query schemas, media types, CSV header rows
 * and the record schema of each NDJSON line. CSV and NDJSON carry the same records: NDJSON lines
 * use the API's field names (each line parses with the stream's record schema), CSV headers are
 * snake_case with the unit in the name (`pm25_ug_m3`), times ISO 8601 UTC in both.
 */
import { z } from 'zod';
import { MeterClassSchema } from '../city/schemas';
import { listParam, SlugListSchema, StationListParam, windowQueryShape } from '../common/query';
import { SlugSchema } from '../common/schemas';
import { LoadGroupBySchema, LoadIntervalSchema, MeterIdSchema } from '../energy/schemas';
import { SafetyEventKindSchema, SegmentIdSchema } from '../mobility/schemas';
import { scenarioRouteQuery } from '../scenario/query';
import { GroundTruthKindSchema } from '../scenario/schemas';

export const ExportFormatSchema = z.enum(['csv', 'ndjson'], { error: 'must be csv or ndjson' });
export type ExportFormat = z.infer<typeof ExportFormatSchema>;

/** `/api/export/<stream>.:format`: the file extension picks the format. */
export const ExportParamsSchema = z.object({ format: ExportFormatSchema.describe('File format: `csv` or `ndjson`.') });

/** Media types as sent in `Content-Type` (RFC 4180 `header=present`; NDJSON as ndjson.org registers it). */
export const EXPORT_MEDIA_TYPES = {
  csv: 'text/csv; charset=utf-8; header=present',
  ndjson: 'application/x-ndjson; charset=utf-8',
  xml: 'application/atom+xml; charset=utf-8',
} as const;
export const TABULAR_MEDIA_TYPES = { csv: EXPORT_MEDIA_TYPES.csv, ndjson: EXPORT_MEDIA_TYPES.ndjson } as const;

const exportQuery = <T extends z.ZodRawShape>(filters: T) => scenarioRouteQuery({ ...windowQueryShape, ...filters });

/** `corridor=a,b`: the corridors a mobility export covers. */
const CORRIDORS = SlugListSchema(10).optional().describe('Corridor ids (default: every corridor).');

export const AirExportQuerySchema = exportQuery({
  station: StationListParam,
});
export type AirExportQuery = z.infer<typeof AirExportQuerySchema>;

export const MeterExportQuerySchema = exportQuery({
  meter: listParam(MeterIdSchema, 100)
    .optional()
    .describe('Meter ids, comma-separated, at most 100 (default: every meter the filters keep).'),
  district: SlugSchema.optional().describe('Only meters in this district.'),
  feeder: SlugSchema.optional().describe('Only meters on this feeder.'),
  meterClass: MeterClassSchema.optional().describe('Only meters of this class.'),
}).superRefine((query, ctx) => {
  if (query.meter && (query.district || query.feeder || query.meterClass))
    ctx.addIssue({ code: 'custom', path: ['meter'], message: 'use either `meter` or the district/feeder/meterClass filters' });
});
export type MeterExportQuery = z.infer<typeof MeterExportQuerySchema>;

export const LoadExportQuerySchema = exportQuery({
  groupBy: LoadGroupBySchema.default('district').describe('Sum meters by district (default), feeder or class.'),
  group: SlugListSchema(100).optional().describe('Only these group ids (district ids, feeder ids or classes).'),
  district: SlugSchema.optional().describe(
    "Only this district's meters: by district, the district alone; by feeder, its feeders; by class, its meters by class.",
  ),
});
export type LoadExportQuery = z.infer<typeof LoadExportQuerySchema>;

export const SegmentExportQuerySchema = exportQuery({
  corridor: CORRIDORS,
  segment: listParam(SegmentIdSchema, 100)
    .optional()
    .describe('Segment ids, e.g. high-st-nb-03 (default: every segment of the corridors).'),
}).superRefine((query, ctx) => {
  if (query.segment && query.corridor) ctx.addIssue({ code: 'custom', path: ['segment'], message: 'use either `segment` or `corridor`' });
});
export type SegmentExportQuery = z.infer<typeof SegmentExportQuerySchema>;

export const EventExportQuerySchema = exportQuery({
  corridor: CORRIDORS,
  kind: SafetyEventKindSchema.optional().describe('Only this kind of event.'),
});
export type EventExportQuery = z.infer<typeof EventExportQuerySchema>;

export const BsmExportQuerySchema = exportQuery({
  corridor: CORRIDORS,
});
export type BsmExportQuery = z.infer<typeof BsmExportQuerySchema>;

export const TruthExportQuerySchema = exportQuery({
  kind: listParam(GroundTruthKindSchema, 20).optional().describe('Only these kinds, comma-separated (default: all).'),
});
export type TruthExportQuery = z.infer<typeof TruthExportQuerySchema>;

export const GreenButtonQuerySchema = exportQuery({
  meter: MeterIdSchema.describe('The meter (one UsagePoint), e.g. `northland-res-00001`.'),
});
export type GreenButtonQuery = z.infer<typeof GreenButtonQuerySchema>;

/** One NDJSON line of the load export: a group's 15-minute interval with the import/export split. */
export const LoadExportRecordSchema = LoadIntervalSchema.extend({
  importKwh: z.number().min(0).describe('Delivered to the group’s customers, kWh.'),
  exportKwh: z.number().min(0).describe('Received from the group’s rooftop PV, kWh.'),
});
export type LoadExportRecord = z.infer<typeof LoadExportRecordSchema>;

/** CSV header rows: snake_case, units in the names, UTC times. Documented in docs/api.md. */
export const CSV_COLUMNS = {
  air: [
    'station_id',
    'time_utc',
    'pm25_ug_m3',
    'ozone_ppb',
    'no2_ppb',
    'temperature_c',
    'relative_humidity_pct',
    'wind_speed_m_s',
    'wind_direction_deg',
  ],
  airHourly: [
    'station_id',
    'hour_start_utc',
    'pm25_ug_m3',
    'ozone_ppb',
    'pm25_nowcast_ug_m3',
    'ozone_nowcast_ppb',
    'aqi',
    'aqi_category',
    'main_pollutant',
  ],
  meters: ['meter_id', 'start_utc', 'duration_s', 'net_kwh', 'import_kwh', 'export_kwh', 'quality'],
  load: ['group_by', 'group_id', 'start_utc', 'duration_s', 'net_kwh', 'import_kwh', 'export_kwh', 'demand_kw', 'meters', 'reporting'],
  segments: ['segment_id', 'start_utc', 'duration_s', 'volume_veh', 'speed_m_s', 'travel_time_s', 'stops_veh'],
  events: [
    'kind',
    'time_utc',
    'vehicle_id',
    'temporary_id',
    'corridor_id',
    'segment_id',
    'intersection_id',
    'lng_deg',
    'lat_deg',
    'speed_m_s',
    'decel_m_s2',
  ],
  /** The flattened ODE / ITS DataHub names (FACTS.md F), J2735 integer units as in the standard. */
  bsm: [
    'metadata_generatedAt',
    'metadata_recordType',
    'coreData_msgCnt',
    'coreData_id',
    'coreData_secMark',
    'coreData_position_lat',
    'coreData_position_long',
    'coreData_elevation',
    'coreData_accuracy_semiMajor',
    'coreData_accuracy_semiMinor',
    'coreData_accuracy_orientation',
    'coreData_transmission',
    'coreData_speed',
    'coreData_heading',
    'coreData_angle',
    'coreData_accelset_accelLong',
    'coreData_accelset_accelLat',
    'coreData_accelset_accelVert',
    'coreData_accelset_accelYaw',
    'coreData_brakes_wheelBrakes',
    'coreData_brakes_traction',
    'coreData_brakes_abs',
    'coreData_brakes_scs',
    'coreData_brakes_brakeBoost',
    'coreData_brakes_auxBrakes',
    'coreData_size_width',
    'coreData_size_length',
    'part2_vse_events',
  ],
  truth: ['kind', 'source', 'entity_type', 'entity_id', 'metric', 'from_utc', 'to_utc', 'detail'],
} as const;
export type CsvColumns = typeof CSV_COLUMNS;
