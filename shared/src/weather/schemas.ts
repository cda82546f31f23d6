/** Weather driver outputs as the API serves them. */
import { z } from 'zod';
import { CityIdSchema, IsoDateSchema, IsoTimeSchema, seedWithDefault } from '../common/schemas';
import { checkScenarioQuery, scenarioQueryShape } from '../scenario/query';

/** The seed used when a request or a link names none. */
export const DEFAULT_SEED = 1;

/** The scenario's levers and faults (city and seed are the route's own, with their defaults). */
const { city: _city, seed: _seed, ...scenarioLevers } = scenarioQueryShape;

/** A day of the weather driver for a scenario: a heat wave raises it like every stream it drives. */
export const HourlyWeatherQuerySchema = z
  .object({
    city: CityIdSchema.default('columbus'),
    date: IsoDateSchema.optional().describe('Local calendar day, YYYY-MM-DD; defaults to today in the city.'),
    seed: seedWithDefault(DEFAULT_SEED),
    ...scenarioLevers,
  })
  .strict()
  .superRefine(checkScenarioQuery);
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
