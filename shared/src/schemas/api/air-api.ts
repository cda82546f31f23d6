/** Query and response schemas of the air routes (EPA Village Green-style stations). */
import { z } from 'zod';
import { AirReadingSchema, AqiPollutantSchema, AqiSchema } from '../air';
import { SiteTypeSchema } from '../city';
import { IsoTimeSchema, SlugSchema } from '../common';
import {
  atQueryShape,
  listParam,
  MaxPointsSchema,
  ResolutionSchema,
  SlugListSchema,
  seriesEnvelopeShape,
  windowQueryShape,
} from '../query';
import { checkScenarioQuery, scenarioQueryShape } from '../scenario-query';

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

export const AirReadingsQuerySchema = z
  .object({
    ...scenarioQueryShape,
    ...windowQueryShape,
    resolution: ResolutionSchema.default('1m'),
    maxPoints: MaxPointsSchema.optional(),
    station: SlugListSchema(20).optional().describe('Station ids, comma-separated (default: every station).'),
    metric: listParam(AirMetricKeySchema, 7).optional().describe('Metrics, comma-separated (default: pm25UgM3,ozonePpb).'),
  })
  .strict()
  .superRefine(checkScenarioQuery);
export type AirReadingsQuery = z.infer<typeof AirReadingsQuerySchema>;

export const AirReadingsSchema = z.object(seriesEnvelopeShape);
export type AirReadings = z.infer<typeof AirReadingsSchema>;

export const AirAqiQuerySchema = z
  .object({ ...scenarioQueryShape, ...atQueryShape, station: SlugListSchema(20).optional().describe('Station ids (default: all).') })
  .strict()
  .superRefine(checkScenarioQuery);
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
