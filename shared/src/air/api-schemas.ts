/** Query and response schemas of the air routes (EPA Village Green-style stations). */
import { z } from 'zod';
import { SiteTypeSchema } from '../city/schemas';
import {
  atQueryShape,
  listParam,
  MaxPointsSchema,
  ResolutionSchema,
  SlugListSchema,
  StationListParam,
  seriesEnvelopeShape,
  windowQueryShape,
} from '../common/query';
import { IsoDateSchema, IsoTimeSchema, SlugSchema } from '../common/schemas';
import { scenarioRouteQuery } from '../scenario/query';
import { AirReadingSchema, AqiPollutantSchema, AqiSchema } from './schemas';

/** Air metrics and their units, in the API's field names. */
export const AIR_METRIC_UNITS = {
  pm25UgM3: 'µg/m³',
  ozonePpb: 'ppb',
  no2Ppb: 'ppb',
  temperatureC: '°C',
  relativeHumidityPct: '%',
  windSpeedMps: 'm/s',
  windDirectionDeg: '°',
} as const;
export const AirMetricKeySchema = z.enum([
  'pm25UgM3',
  'ozonePpb',
  'no2Ppb',
  'temperatureC',
  'relativeHumidityPct',
  'windSpeedMps',
  'windDirectionDeg',
]);
export type AirMetricKey = z.infer<typeof AirMetricKeySchema>;

/** A window, chart thinning and stations: what every air series route takes besides the scenario. */
const stationSeriesQueryShape = {
  ...windowQueryShape,
  maxPoints: MaxPointsSchema.optional(),
  station: StationListParam,
};

export const AirReadingsQuerySchema = scenarioRouteQuery({
  ...stationSeriesQueryShape,
  resolution: ResolutionSchema.default('1m'),
  metric: listParam(AirMetricKeySchema, 7).optional().describe('Metrics, comma-separated (default: pm25UgM3,ozonePpb).'),
});
export type AirReadingsQuery = z.infer<typeof AirReadingsQuerySchema>;

export const AirReadingsSchema = z.object(seriesEnvelopeShape);
export type AirReadings = z.infer<typeof AirReadingsSchema>;

export const AirAqiQuerySchema = scenarioRouteQuery({
  ...atQueryShape,
  station: SlugListSchema(20).optional().describe('Station ids (default: all).'),
});
export type AirAqiQuery = z.infer<typeof AirAqiQuerySchema>;

export const StationAqiSchema = z.object({
  stationId: SlugSchema,
  name: z.string(),
  siteType: SiteTypeSchema,
  hour: IsoTimeSchema.describe('The last complete hour the NowCast covers (its start), UTC.'),
  pm25NowCastUgM3: z.number().nullable(),
  ozoneNowCastPpb: z.number().nullable(),
  aqi: AqiSchema.nullable().describe('NowCast AQI (the larger of PM2.5 and ozone) with category, colour and message.'),
  mainPollutant: AqiPollutantSchema.nullable(),
  reading: AirReadingSchema.describe('The 1-minute reading at `at`.'),
});
export type StationAqi = z.infer<typeof StationAqiSchema>;

export const AirAqiSchema = z.object({
  city: z.string(),
  seed: z.number().int(),
  at: IsoTimeSchema,
  stations: z.array(StationAqiSchema),
});
export type AirAqi = z.infer<typeof AirAqiSchema>;

/** Hourly air metrics (from the 1-minute readings) and their units, in the API's field names. */
export const AIR_HOURLY_METRIC_UNITS = {
  pm25UgM3: 'µg/m³',
  ozonePpb: 'ppb',
  pm25NowCastUgM3: 'µg/m³',
  ozoneNowCastPpb: 'ppb',
  pm25Aqi: 'AQI',
  ozoneAqi: 'AQI',
  aqi: 'AQI',
} as const;
export const AirHourlyMetricKeySchema = z.enum([
  'pm25UgM3',
  'ozonePpb',
  'pm25NowCastUgM3',
  'ozoneNowCastPpb',
  'pm25Aqi',
  'ozoneAqi',
  'aqi',
]);
export type AirHourlyMetricKey = z.infer<typeof AirHourlyMetricKeySchema>;

export const AirHourlyQuerySchema = scenarioRouteQuery({
  ...stationSeriesQueryShape,
  metric: listParam(AirHourlyMetricKeySchema, 7)
    .optional()
    .describe(
      'Metrics, comma-separated (default: all): hourly means `pm25UgM3`, `ozonePpb`; NowCasts `pm25NowCastUgM3`, `ozoneNowCastPpb`; sub-indices `pm25Aqi`, `ozoneAqi`; and `aqi`, the larger of the two.',
    ),
});
export type AirHourlyQuery = z.infer<typeof AirHourlyQuerySchema>;

/** Hour-start times; a NowCast (and its AQI) at hour `h` is the value AirNow would show from `h + 1 h`. */
export const AirHourlySeriesSchema = z.object(seriesEnvelopeShape);
export type AirHourlySeries = z.infer<typeof AirHourlySeriesSchema>;

export const AirDailyQuerySchema = scenarioRouteQuery({
  from: IsoDateSchema.optional().describe('First local day, YYYY-MM-DD (default: 30 days before `to`).'),
  to: IsoDateSchema.optional().describe('Local day after the last one, YYYY-MM-DD (default: the day after `asOf`).'),
  asOf: IsoTimeSchema.optional().describe(
    'The clock: hours that have not ended by this instant count as not yet measured (default: now). A day still in progress is marked incomplete.',
  ),
  station: StationListParam,
});
export type AirDailyQuery = z.infer<typeof AirDailyQuerySchema>;

export const AirDaySchema = z.object({
  date: IsoDateSchema,
  pm25MeanUgM3: z.number().nullable().describe('24-hour mean PM2.5 of the local day, µg/m³ (null with fewer than 18 valid hours).'),
  pm25Aqi: z.number().int().nullable(),
  ozoneMax8hPpb: z
    .number()
    .nullable()
    .describe('Highest 8-hour mean ozone of the periods starting 07:00–23:00 local, ppb (each needs 6 of its 8 hours).'),
  ozoneAqi: z.number().int().nullable(),
  aqi: AqiSchema.nullable().describe('The daily AQI: the larger of the PM2.5 and ozone sub-indices, with its category.'),
  mainPollutant: AqiPollutantSchema.nullable(),
  validHours: z.number().int().min(0).max(25).describe('Hours of the day with a valid hourly PM2.5 mean.'),
  complete: z.boolean().describe('False while the day (or its last 8-hour ozone period) has not ended at `asOf`.'),
});
export type AirDay = z.infer<typeof AirDaySchema>;

export const AirDailySchema = z.object({
  city: z.string(),
  seed: z.number().int(),
  timezone: z.string(),
  from: IsoDateSchema,
  to: IsoDateSchema,
  asOf: IsoTimeSchema,
  stations: z.array(z.object({ stationId: SlugSchema, days: z.array(AirDaySchema) })),
});
export type AirDaily = z.infer<typeof AirDailySchema>;
