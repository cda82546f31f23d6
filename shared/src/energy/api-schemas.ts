/** Query and response schemas of the energy routes (smart meters, DOE/NIST Smart Grid style). */
import { z } from 'zod';
import { MeterClassSchema } from '../city/schemas';
import { listParam, MaxPointsSchema, seriesEnvelopeShape, windowQueryShape } from '../common/query';
import { IsoTimeSchema, numberParam, SlugSchema, wholeNumber } from '../common/schemas';
import { scenarioRouteQuery } from '../scenario/query';
import { LoadGroupBySchema, MeterIdSchema, MeterSchema, PeakDemandSchema } from './schemas';

export const EnergyResolutionSchema = z.enum(['15m', '1h', '1d']).describe('Bucket size (15m is the meter interval).');

export const MetersQuerySchema = scenarioRouteQuery({
  district: SlugSchema.optional(),
  feeder: SlugSchema.optional(),
  meterClass: MeterClassSchema.optional(),
  limit: numberParam(wholeNumber(1, 500).default(100)).describe('Page size, 1–500 (default 100).'),
  offset: numberParam(wholeNumber(0, Number.MAX_SAFE_INTEGER, 'must be a whole number, 0 or more').default(0)),
});
export type MetersQuery = z.infer<typeof MetersQuerySchema>;

export const MetersSchema = z.object({ total: z.number().int(), meters: z.array(MeterSchema) });

export const MeterReadingsQuerySchema = scenarioRouteQuery({
  ...windowQueryShape,
  meter: listParam(MeterIdSchema, 20).describe('Meter ids, comma-separated (at most 20).'),
  resolution: EnergyResolutionSchema.default('15m'),
  maxPoints: MaxPointsSchema.optional().describe(
    'Thin each series to at most this many points: kWh series by largest-triangle-three-buckets, `quality` by the worst flag of each run of intervals (a point stands for the intervals up to the next one), so a missing or estimated read is never hidden.',
  ),
});
export type MeterReadingsQuery = z.infer<typeof MeterReadingsQuerySchema>;

export const MeterReadingsSchema = z
  .object({
    ...seriesEnvelopeShape,
    resolution: EnergyResolutionSchema,
  })
  .describe(
    'Series per meter: `kwh` (net), `importKwh`, `exportKwh` per bucket and, at 15m, `quality` (0 actual, 1 estimated, 2 missing; under `maxPoints`, the worst of the intervals each point stands for).',
  );

export const EnergySummaryQuerySchema = scenarioRouteQuery({
  ...windowQueryShape,
  groupBy: LoadGroupBySchema.default('district'),
  district: SlugSchema.optional().describe('Only the meters of this district (default: every meter), e.g. load by class in one district.'),
  resolution: EnergyResolutionSchema.default('15m'),
  maxPoints: MaxPointsSchema.optional(),
});
export type EnergySummaryQuery = z.infer<typeof EnergySummaryQuerySchema>;

export const EnergySummarySchema = z
  .object({
    ...seriesEnvelopeShape,
    resolution: EnergyResolutionSchema,
    groupBy: LoadGroupBySchema,
    district: SlugSchema.optional().describe('The district the meters were limited to, when the query named one.'),
    groups: z.array(z.object({ id: z.string(), meters: z.number().int() })),
    peaks: z.array(PeakDemandSchema),
    from: IsoTimeSchema,
  })
  .describe('Series per group: `demandKw` (net), `importKw` and `exportKw` (PV), average over each bucket.');
