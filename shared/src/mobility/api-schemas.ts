/** Query and response schemas of the mobility routes (Smart Columbus connected vehicles). */
import { z } from 'zod';
import {
  atQueryShape,
  listParam,
  MaxPointsSchema,
  ResolutionSchema,
  SlugListSchema,
  seriesEnvelopeShape,
  windowQueryShape,
} from '../common/query';
import { IsoTimeSchema, LngLatSchema, numberParam, SlugSchema, wholeNumber } from '../common/schemas';
import { scenarioQueryShape, scenarioRouteQuery } from '../scenario/query';
import {
  BsmSchema,
  DirectionSchema,
  SafetyEventKindSchema,
  SafetyEventSchema,
  SegmentSchema,
  SignalStateSchema,
  VehicleKindSchema,
} from './schemas';

/** `corridor=a,b`: the corridors a query covers (Columbus has four). */
const CORRIDORS = SlugListSchema(4).optional().describe('Corridor ids (default: all).');

export const SEGMENT_METRIC_UNITS = { speedMps: 'm/s', volume: 'vehicles', travelTimeS: 's', stops: 'vehicles' } as const;
export const SegmentMetricKeySchema = z.enum(['speedMps', 'volume', 'travelTimeS', 'stops']);
export type SegmentMetricKey = z.infer<typeof SegmentMetricKeySchema>;

export const CityQuerySchema = z.object({ city: scenarioQueryShape.city }).strict();

export const NetworkSchema = z.object({ city: z.string(), segments: z.array(SegmentSchema) });

export const SegmentFlowQuerySchema = scenarioRouteQuery({
  ...windowQueryShape,
  corridor: CORRIDORS,
  segment: listParam(z.string().min(1), 40).optional().describe('Segment ids, e.g. high-st-nb-03 (default: all of the corridors).'),
  metric: listParam(SegmentMetricKeySchema, 4).optional().describe('Metrics (default: speedMps).'),
  resolution: ResolutionSchema.default('5m'),
  maxPoints: MaxPointsSchema.optional(),
});
export type SegmentFlowQuery = z.infer<typeof SegmentFlowQuerySchema>;

export const SegmentFlowSeriesSchema = z
  .object(seriesEnvelopeShape)
  .describe('Series per segment and metric: speedMps (space-mean), volume and stops (vehicles per bucket), travelTimeS.');

export const InstantQuerySchema = scenarioRouteQuery({ ...atQueryShape, corridor: CORRIDORS });
export type InstantQuery = z.infer<typeof InstantQuerySchema>;

export const VehicleFeatureSchema = z.object({
  type: z.literal('Feature'),
  id: z.string(),
  geometry: z.object({ type: z.literal('Point'), coordinates: LngLatSchema }),
  properties: z.object({
    kind: VehicleKindSchema,
    corridorId: SlugSchema,
    segmentId: z.string(),
    speedMps: z.number(),
    headingDeg: z.number(),
    accelMps2: z.number(),
    connected: z.boolean(),
    electric: z.boolean(),
  }),
});

export const VehiclesSchema = z.object({
  type: z.literal('FeatureCollection'),
  at: IsoTimeSchema,
  features: z.array(VehicleFeatureSchema),
});
export type Vehicles = z.infer<typeof VehiclesSchema>;

export const SignalsSchema = z.object({ at: IsoTimeSchema, signals: z.array(SignalStateSchema) });

export const EventsQuerySchema = scenarioRouteQuery({
  ...windowQueryShape,
  corridor: SlugListSchema(4).optional(),
  kind: SafetyEventKindSchema.optional(),
  limit: numberParam(wholeNumber(1, 5000).default(1000)).describe('At most this many events, oldest first (default 1000).'),
});
export type EventsQuery = z.infer<typeof EventsQuerySchema>;

export const EventsSchema = z.object({
  from: IsoTimeSchema,
  to: IsoTimeSchema,
  total: z.number().int().describe('Events in the window before `limit`.'),
  events: z.array(SafetyEventSchema),
});

export const CORRIDOR_METRIC_UNITS = { speedMps: 'm/s', travelTimeS: 's', volumeVph: 'vehicles/h' } as const;
export const CorridorMetricKeySchema = z.enum(['speedMps', 'travelTimeS', 'volumeVph']);
export type CorridorMetricKey = z.infer<typeof CorridorMetricKeySchema>;

export const CorridorFlowQuerySchema = scenarioRouteQuery({
  ...windowQueryShape,
  corridor: CORRIDORS,
  metric: listParam(CorridorMetricKeySchema, 3).optional().describe('Metrics (default: speedMps,travelTimeS,volumeVph).'),
  resolution: ResolutionSchema.default('5m'),
  maxPoints: MaxPointsSchema.optional().describe(
    'At most this many buckets per series: coarser buckets (a whole multiple of `resolution`) rather than thinned points, so every series keeps one time axis.',
  ),
});
export type CorridorFlowQuery = z.infer<typeof CorridorFlowQuerySchema>;

export const CorridorDirectionSchema = z.object({
  id: z.string().describe('`<corridor>-<direction>`, the id of this direction’s series, e.g. `high-st-nb`.'),
  corridorId: SlugSchema,
  direction: DirectionSchema,
  lengthM: z.number().positive().describe('Length of the direction’s segments, m.'),
  speedLimitMps: z.number().positive(),
  freeFlowTravelTimeS: z.number().positive().describe('Length over the speed limit: every light green, no traffic, s.'),
  segments: z.number().int().min(1),
});
export type CorridorDirection = z.infer<typeof CorridorDirectionSchema>;

export const CorridorFlowSchema = z
  .object({
    ...seriesEnvelopeShape,
    bucketS: z.number().int().positive().describe('Bucket actually used, s: `resolution`, or a whole multiple of it under `maxPoints`.'),
    directions: z.array(CorridorDirectionSchema),
  })
  .describe(
    'Series per corridor direction: travelTimeS (end to end), speedMps (space-mean: length over travel time) and volumeVph (mean over the segments).',
  );
export type CorridorFlow = z.infer<typeof CorridorFlowSchema>;

export const BSM_SAMPLE_MAX = 500;

export const BsmSampleQuerySchema = scenarioRouteQuery({
  ...atQueryShape,
  corridor: CORRIDORS,
  limit: numberParam(wholeNumber(1, BSM_SAMPLE_MAX).default(50)).describe(
    `At most this many messages, by TemporaryID (default 50, at most ${BSM_SAMPLE_MAX}).`,
  ),
});
export type BsmSampleQuery = z.infer<typeof BsmSampleQuerySchema>;

export const BsmSampleSchema = z.object({
  at: IsoTimeSchema,
  rateHz: z.number().positive().describe('BSM rate of the scenario: each connected vehicle sends one message per 1/rate s.'),
  windowMs: z.number().int().positive().describe('The broadcast round sampled: `[at, at + windowMs)`, one message per connected vehicle.'),
  total: z.number().int().min(0).describe('Messages in the round (before `limit`).'),
  records: z.array(z.object({ corridorId: SlugSchema, bsm: BsmSchema })),
});
export type BsmSample = z.infer<typeof BsmSampleSchema>;
