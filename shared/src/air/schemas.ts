/**
 * Air records as the API serves them: 1-minute Village Green style readings, hourly means and the
 * AQI. Values that a sensor did not report are `null` (never NaN in JSON).
 */
import { z } from 'zod';
import { IsoTimeSchema, SlugSchema } from '../common/schemas';

const nullableNumber = (description: string) => z.number().nullable().describe(description);

export const AirReadingSchema = z.object({
  stationId: SlugSchema,
  time: IsoTimeSchema.describe('Reported time of the 1-minute reading (start of the minute), UTC.'),
  pm25UgM3: nullableNumber('PM2.5, µg/m³, ≥ 0 (light-scattering nephelometer, 0.1 resolution).'),
  ozonePpb: nullableNumber('Ozone, ppb, ≥ 0 (UV absorption, 0.1 resolution).'),
  no2Ppb: nullableNumber('NO2, ppb, ≥ 0 (3rd-generation trial sensor).'),
  temperatureC: nullableNumber('Air temperature, °C.'),
  relativeHumidityPct: nullableNumber('Relative humidity, %, 0–100.'),
  windSpeedMps: nullableNumber('Wind speed at the bench, m/s, ≥ 0.'),
  windDirectionDeg: nullableNumber('Direction the wind blows from, degrees clockwise from north, 0–360.'),
});
export type AirReading = z.infer<typeof AirReadingSchema>;

export const AqiCategoryKeySchema = z.enum(['good', 'moderate', 'usg', 'unhealthy', 'very-unhealthy', 'hazardous']);
export type AqiCategoryKey = z.infer<typeof AqiCategoryKeySchema>;

export const AqiPollutantSchema = z.enum(['pm25', 'ozone']);
export type AqiPollutant = z.infer<typeof AqiPollutantSchema>;

export const AqiSchema = z.object({
  aqi: z.number().int().min(0).max(500).describe('Air Quality Index, 0–500 (EPA, breakpoints valid from 2024-05-06).'),
  category: AqiCategoryKeySchema.describe('Stable category key; translate for display.'),
  label: z.string().describe('English category name, e.g. `Unhealthy for Sensitive Groups`.'),
  color: z
    .string()
    .regex(/^#[0-9A-F]{6}$/)
    .describe('Official EPA category colour, e.g. `#00E400`.'),
  message: z.string().describe('Short English health message for the category.'),
});
export type Aqi = z.infer<typeof AqiSchema>;

export const AirHourlySchema = z.object({
  stationId: SlugSchema,
  time: IsoTimeSchema.describe('Start of the hour, UTC.'),
  pm25UgM3: nullableNumber('Hourly mean PM2.5, µg/m³ (null with fewer than 45 valid minutes).'),
  ozonePpb: nullableNumber('Hourly mean ozone, ppb (null with fewer than 45 valid minutes).'),
  pm25NowCastUgM3: nullableNumber('PM2.5 NowCast over the last 12 hours, µg/m³, truncated to 0.1.'),
  ozoneNowCastPpb: nullableNumber('Ozone NowCast over the last 8 hours, ppb, truncated to 1 ppb.'),
  aqi: AqiSchema.nullable().describe('The larger of the PM2.5 and ozone NowCast AQIs, with its category.'),
  mainPollutant: AqiPollutantSchema.nullable(),
});
export type AirHourly = z.infer<typeof AirHourlySchema>;
