/** Weather driver outputs as the API serves them. */
import { z } from 'zod';
import { CityIdSchema, IsoDateSchema, IsoTimeSchema, seedWithDefault } from '../common/schemas';

/** The seed used when a request or a link names none. */
export const DEFAULT_SEED = 1;

export const HourlyWeatherQuerySchema = z
  .object({
    city: CityIdSchema.default('columbus'),
    date: IsoDateSchema.optional().describe('Local calendar day, YYYY-MM-DD; defaults to today in the city.'),
    seed: seedWithDefault(DEFAULT_SEED),
  })
  .strict();
export type HourlyWeatherQuery = z.infer<typeof HourlyWeatherQuerySchema>;

export const HourlyTemperatureSchema = z.object({
  time: IsoTimeSchema.describe('Start of the local hour, as a UTC instant.'),
  localHour: z.number().int().min(0).max(23).describe('Hour on the city wall clock, 0–23.'),
  temperatureC: z.number().describe('Air temperature at 2 m, °C.'),
});
export type HourlyTemperature = z.infer<typeof HourlyTemperatureSchema>;

export const HourlyWeatherSchema = z.object({
  city: CityIdSchema,
  date: IsoDateSchema,
  timezone: z.string(),
  seed: z.number().int(),
  hours: z.array(HourlyTemperatureSchema).describe('One entry per local hour: 24, or 23/25 on DST change days.'),
});
export type HourlyWeather = z.infer<typeof HourlyWeatherSchema>;
