/**
 * Atoms every other schema is built from. Units live in field names (`speedLimitKph`) or in
 * `.describe()` so the OpenAPI document and the types say the same thing.
 */
import { z } from 'zod';
import { dateProblem, instantProblem } from './calendar-problem';

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

/**
 * A number in a query string (or a number in JSON): a plain decimal, optionally signed, with a
 * fraction or an exponent (`7`, `-1`, `0.25`, `1e-7`: every spelling `String(number)` writes, so
 * links round-trip). `z.coerce.number` would also read `''` as 0, `0x10` as 16, `0b1` as 1 and `' 7 '`
 * as 7; here each of those reaches `schema` as the string it was and fails with its message. An empty
 * value is a 400 naming the parameter, like every other empty parameter; leave the parameter out to
 * get its default.
 */
const DECIMAL = /^-?\d+(\.\d+)?(e[-+]?\d+)?$/i;
/** Put a default inside (`numberParam(wholeNumber(1, 500).default(100))`) so the OpenAPI document shows it. */
export function numberParam<T extends z.ZodType<number, number | undefined>>(schema: T) {
  return z.preprocess((value: unknown) => (typeof value === 'string' && DECIMAL.test(value) ? Number(value) : value), schema);
}

/** The message of `wholeNumber`: the one wording wherever a whole number in a range is refused. */
export const wholeNumberMessage = (min: number, max: number) => `must be a whole number from ${min} to ${max}`;

/**
 * A whole number from `min` to `max`, the range in every message; wrap in numberParam for a query string.
 * Each check aborts: a number past the safe integers fails `int` and `max` alike, and one issue is enough.
 */
export function wholeNumber(min: number, max: number, message = wholeNumberMessage(min, max)) {
  return z.number({ error: message }).int({ error: message, abort: true }).min(min, { error: message, abort: true }).max(max, message);
}

/** A number from `min` to `max`, the range in every message; wrap in numberParam for a query string. */
export function boundedNumber(min: number, max: number, message = `must be a number from ${min} to ${max}`) {
  return z.number({ error: message }).min(min, message).max(max, message);
}

/** A simple seed that scenarios and links can carry: a non-negative 32-bit integer. */
const SEED_DESCRIPTION = 'Random seed; the same seed gives the same telemetry.';
export const SeedSchema = numberParam(wholeNumber(0, 2 ** 32 - 1)).describe(SEED_DESCRIPTION);
/** SeedSchema with a default (inside the preprocess, so the OpenAPI document shows it). */
export const seedWithDefault = (fallback: number) => numberParam(wholeNumber(0, 2 ** 32 - 1).default(fallback)).describe(SEED_DESCRIPTION);

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
  // zod's own "Invalid ISO datetime" does not say what is wrong (the zone, the day, or no instant at
  // all); `abort` keeps the range check from adding a second issue about a value that is no instant.
  .datetime({ offset: true, abort: true, error: (issue) => instantProblem(issue.input) })
  .refine((iso) => inTimeRange(Date.parse(iso)), TIME_RANGE_MESSAGE)
  .describe(`ISO 8601 instant, UTC or with offset, from ${TIME_RANGE.from} to ${TIME_RANGE.to}.`);
export type IsoTime = z.infer<typeof IsoTimeSchema>;

/** A calendar date `YYYY-MM-DD`, read in the city's local time zone. */
export const IsoDateSchema = z.iso
  .date({ abort: true, error: (issue) => dateProblem(issue.input) })
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

/**
 * A lone UTF-16 surrogate (half of a pair): text a client can send in JSON (`"\ud800"`) that is not
 * Unicode, which a URL cannot encode (`encodeURIComponent` throws) and PostgreSQL's JSON refuses.
 * With the `u` flag a pair is one code point, so only a lone half matches.
 */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/** Text that is well-formed Unicode (no lone surrogate), for every string a client stores. */
export const wellFormed = (text: string) => !LONE_SURROGATE.test(text);
export const NOT_WELL_FORMED = 'must be well-formed Unicode text (it holds half of a surrogate pair)';
