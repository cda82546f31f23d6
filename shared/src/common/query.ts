/**
 * Query-string building blocks shared by every telemetry route: the time window, resolution,
 * chart thinning (`maxPoints`), comma-separated entity lists, and the caps that keep one request
 * from asking the engine for more than a few hundred milliseconds of work.
 */
import { z } from 'zod';
import { ApiProblem } from './problem';
import { IsoTimeSchema, numberParam, SlugSchema, wholeNumber } from './schemas';
import { DAY_MS, HOUR_MS, MINUTE_MS } from './time';

export const RESOLUTION_MS = { '1m': MINUTE_MS, '5m': 5 * MINUTE_MS, '15m': 15 * MINUTE_MS, '1h': HOUR_MS, '1d': DAY_MS } as const;
export type Resolution = keyof typeof RESOLUTION_MS;
export const ResolutionSchema = z
  .enum(['1m', '5m', '15m', '1h', '1d'])
  .describe('Bucket size: mean of each bucket (1m, 5m, 15m, 1h or 1d).');

export const MaxPointsSchema = numberParam(wholeNumber(2, 10_000)).describe(
  'Thin each series to at most this many points (largest-triangle-three-buckets), e.g. the chart width in pixels.',
);

/** `from`/`to` as ISO instants; both optional (defaults are per route, documented there). */
export const windowQueryShape = {
  from: IsoTimeSchema.optional().describe('Window start (inclusive), ISO 8601.'),
  to: IsoTimeSchema.optional().describe('Window end (exclusive), ISO 8601.'),
};

/** An instant, default "now" (the server's clock, floored to the minute). */
export const atQueryShape = {
  at: IsoTimeSchema.optional().describe('The instant, ISO 8601 (default: now).'),
};

/** `a,b,c` → `['a','b','c']`, each checked by `item`, at most `max`. */
export function listParam<T extends z.ZodType<string, string>>(item: T, max: number) {
  return z
    .string()
    .transform((text) =>
      text
        .split(',')
        .map((part) => part.trim())
        .filter((part) => part.length > 0),
    )
    .pipe(z.array(item).min(1, 'must name at least one').max(max, `at most ${max} at once`));
}

export const SlugListSchema = (max: number) => listParam(SlugSchema, max);

/** `station=a,b`: the stations a read or export covers. */
export const StationListParam = SlugListSchema(20).optional().describe('Station ids, comma-separated (default: every station).');

export interface ResolvedWindow {
  fromMs: number;
  toMs: number;
}

/** Why a window was refused: 400 for a malformed window, 413 for one over a cap, naming the field. */
export class WindowError extends ApiProblem {
  constructor(field: 'from' | 'to' | 'window', message: string, status: 400 | 413) {
    super(status, message, field);
  }
}

/**
 * Resolves optional `from`/`to` against defaults: `to` defaults to `nowMs` floored to the minute and
 * `from` to `to − defaultSpanMs`. Throws WindowError when `to ≤ from` or the span exceeds `maxSpanMs`.
 */
export function resolveWindow(
  query: { from?: string | undefined; to?: string | undefined },
  nowMs: number,
  defaultSpanMs: number,
  maxSpanMs: number,
  spanLabel: string,
): ResolvedWindow {
  const toMs = query.to
    ? Date.parse(query.to)
    : query.from
      ? Date.parse(query.from) + defaultSpanMs
      : Math.floor(nowMs / MINUTE_MS) * MINUTE_MS;
  const fromMs = query.from ? Date.parse(query.from) : toMs - defaultSpanMs;
  if (!(toMs > fromMs)) throw new WindowError('to', '`to` must be after `from`.', 400);
  if (toMs - fromMs > maxSpanMs) {
    throw new WindowError(
      'window',
      `The window is longer than the cap of ${spanLabel} for this request; ask for less, or use the exports.`,
      413,
    );
  }
  return { fromMs, toMs };
}

/**
 * How a series stands for finer data: present only when it holds fewer points than the data had in
 * its window (thinned by `maxPoints`, or bucketed coarser than the source), so a chart can say it
 * shows a sample and where the full resolution is.
 */
export const SeriesSampleSchema = z
  .object({
    sourceStepMs: z.number().int().positive().describe('Spacing of the data the series was made from, ms.'),
    sourcePoints: z.number().int().nonnegative().describe('How many of those the window holds: its full resolution.'),
    thinned: z
      .boolean()
      .describe(
        'True when `maxPoints` dropped points; false when every point is a bucket of the source (a mean or a sum) and none was dropped.',
      ),
  })
  .describe(
    'Present only when the series holds fewer points than its data: ask again without `maxPoints` at the source resolution, or use the exports, for every row.',
  );
export type SeriesSample = z.infer<typeof SeriesSampleSchema>;

/** Time and value columns of one series; `null` where there is no value (never NaN in JSON). */
export const SeriesSchema = z.object({
  id: z.string().describe('The entity: station, meter, group or segment id.'),
  metric: z.string().describe('What is measured, e.g. `pm25UgM3`.'),
  unit: z.string().describe('Unit of `value`, e.g. `µg/m³`.'),
  time: z.array(z.number().int()).describe('Bucket starts, epoch milliseconds UTC.'),
  value: z.array(z.number().nullable()).describe('One value per time; null where nothing was reported.'),
  sample: SeriesSampleSchema.optional(),
});
export type Series = z.infer<typeof SeriesSchema>;

export const seriesEnvelopeShape = {
  city: z.string(),
  seed: z.number().int(),
  from: IsoTimeSchema,
  to: IsoTimeSchema,
  resolution: ResolutionSchema,
  series: z.array(SeriesSchema),
};
