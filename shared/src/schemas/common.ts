/**
 * Atoms every other schema is built from. Units live in field names (`speedLimitKph`) or in
 * `.describe()` so the OpenAPI document and the types say the same thing.
 */
import { z } from 'zod';

/** A slug id: lower-case letters, digits and dashes, e.g. `linden` or `high-st`. */
export const SlugSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters, digits and dashes');

export const CityIdSchema = SlugSchema.describe('City id, e.g. `columbus`.');
export type CityId = z.infer<typeof CityIdSchema>;

export const LongitudeSchema = z.number().min(-180).max(180).describe('Longitude, degrees east (WGS 84).');
export const LatitudeSchema = z.number().min(-90).max(90).describe('Latitude, degrees north (WGS 84).');

/** A position in GeoJSON order: `[longitude, latitude]`. */
export const LngLatSchema = z
  .tuple([LongitudeSchema, LatitudeSchema])
  .describe('Position [longitude, latitude] in GeoJSON order, degrees (WGS 84): longitude −180…180, latitude −90…90.');
export type LngLat = z.infer<typeof LngLatSchema>;

/** `[[west, south], [east, north]]`. */
export const BoundsSchema = z
  .tuple([LngLatSchema, LngLatSchema])
  .describe('Bounding box [[west, south], [east, north]], degrees (WGS 84).');
export type Bounds = z.infer<typeof BoundsSchema>;

/** A simple seed that scenarios and links can carry: a non-negative 32-bit integer. */
export const SeedSchema = z.coerce
  .number({ error: 'must be a whole number from 0 to 4294967295' })
  .int('must be a whole number from 0 to 4294967295')
  .min(0, 'must be a whole number from 0 to 4294967295')
  .max(2 ** 32 - 1, 'must be a whole number from 0 to 4294967295')
  .describe('Random seed; the same seed gives the same telemetry.');

/** An ISO 8601 instant with an explicit offset or `Z`, e.g. `2026-07-15T12:00:00Z`. */
export const IsoTimeSchema = z.iso.datetime({ offset: true }).describe('ISO 8601 instant, UTC or with offset.');
export type IsoTime = z.infer<typeof IsoTimeSchema>;

/** A calendar date `YYYY-MM-DD`, read in the city's local time zone. */
export const IsoDateSchema = z.iso.date().describe('Calendar date YYYY-MM-DD in the city local time zone.');
export type IsoDate = z.infer<typeof IsoDateSchema>;

/** The one error shape every endpoint returns. */
export const ApiErrorSchema = z.object({
  error: z.string().describe('Short machine-readable name, e.g. `Bad Request`.'),
  message: z.string().describe('One sentence for a person, naming the field or path at fault.'),
  issues: z
    .array(z.object({ path: z.string(), message: z.string() }))
    .optional()
    .describe('Each invalid field with the reason.'),
});
export type ApiError = z.infer<typeof ApiErrorSchema>;
