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

/**
 * The instants the API accepts and computes: from 1970-01-01T00:00:00Z to 2200-01-01T00:00:00Z, both
 * included. A JavaScript date reaches ±8.64e15 ms (year 275760), but `toISOString` and the time-zone
 * formatter throw there, and a window, a local day or a stream's clock computed from an instant near
 * that edge would step past it. Checking every instant that comes in (query parameters, interval
 * levers, fault windows, the stream's Last-Event-ID) against this one range, far inside the edge,
 * keeps all that arithmetic representable; a stream whose clock runs past the end closes with an
 * error event. See docs/api.md, "Time range".
 */
export const TIME_RANGE = {
  fromMs: 0,
  toMs: 7_258_118_400_000,
  from: '1970-01-01T00:00:00Z',
  to: '2200-01-01T00:00:00Z',
} as const;
export const TIME_RANGE_MESSAGE = `must be from ${TIME_RANGE.from} to ${TIME_RANGE.to}`;

/** True for epoch milliseconds inside TIME_RANGE (false for NaN). */
export function inTimeRange(ms: number): boolean {
  return ms >= TIME_RANGE.fromMs && ms <= TIME_RANGE.toMs;
}

/** An ISO 8601 instant with an explicit offset or `Z`, e.g. `2026-07-15T12:00:00Z`. */
export const IsoTimeSchema = z.iso
  .datetime({ offset: true })
  .refine((iso) => inTimeRange(Date.parse(iso)), TIME_RANGE_MESSAGE)
  .describe(`ISO 8601 instant, UTC or with offset, from ${TIME_RANGE.from} to ${TIME_RANGE.to}.`);
export type IsoTime = z.infer<typeof IsoTimeSchema>;

/** A calendar date `YYYY-MM-DD`, read in the city's local time zone. */
export const IsoDateSchema = z.iso
  .date()
  .refine(
    (date) => inTimeRange(Date.parse(`${date}T00:00:00Z`)),
    `must be from ${TIME_RANGE.from.slice(0, 10)} to ${TIME_RANGE.to.slice(0, 10)}`,
  )
  .describe('Calendar date YYYY-MM-DD in the city local time zone.');
export type IsoDate = z.infer<typeof IsoDateSchema>;

/** True when the runtime's `Intl` knows the IANA time zone (pure JavaScript, so shared can ask). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** An IANA time zone, checked when it is read (a city file at boot), not at the first local-time sum. */
export const TimeZoneSchema = z
  .string()
  .min(1)
  .refine(isTimeZone, 'must be an IANA time zone, e.g. America/New_York')
  .describe('IANA time zone, e.g. `America/New_York`.');

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
