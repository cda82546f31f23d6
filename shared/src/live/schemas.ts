/**
 * The live stream (`GET /api/stream`, Server-Sent Events): query and frame schemas. Each `frame`
 * event carries the state at the sim instant `t` and the safety events of `(from, t]`; its SSE id
 * is `t` in epoch milliseconds, so a reconnecting client resumes right after the last frame it saw.
 */
import { z } from 'zod';
import { AqiCategoryKeySchema } from '../air/schemas';
import { atQueryShape, listParam } from '../common/query';
import { boundedNumber, IsoTimeSchema, inTimeRange, numberParam, SlugSchema, TIME_RANGE, wholeNumber } from '../common/schemas';
import { SafetyEventSchema, SignalColorSchema, VehicleKindSchema } from '../mobility/schemas';
import { scenarioRouteQuery } from '../scenario/query';

export const StreamTopicSchema = z.enum(['air', 'energy', 'mobility']);
export type StreamTopic = z.infer<typeof StreamTopicSchema>;

export const STREAM_INTERVALS_MS = [250, 500, 1000, 2000] as const;
export const STREAM_MAX_FRAMES = 3600;
const INTERVAL_MESSAGE = 'must be 250, 500, 1000 or 2000';

export const StreamQuerySchema = scenarioRouteQuery({
  topics: listParam(StreamTopicSchema, 3).optional().describe('Topics, comma-separated (default: air,energy,mobility).'),
  start: IsoTimeSchema.optional().describe('Sim time of the first frame, ISO 8601 (default: now).'),
  speed: numberParam(boundedNumber(1, 3600).default(1)).describe('Sim seconds per wall second, 1–3600 (default 1).'),
  intervalMs: numberParam(
    z
      .number({ error: INTERVAL_MESSAGE })
      .refine((v) => (STREAM_INTERVALS_MS as readonly number[]).includes(v), INTERVAL_MESSAGE)
      .default(1000),
  ).describe('Wall milliseconds between frames: 250, 500, 1000 (default) or 2000.'),
  frames: numberParam(wholeNumber(1, STREAM_MAX_FRAMES))
    .optional()
    .describe(
      `Frames to send before the stream ends with a \`close\` event, 1–${STREAM_MAX_FRAMES} (default: no end). For clients that wait for the whole response, such as curl or the docs' "Try it out"; EventSource would reconnect.`,
    )
    .meta({ example: 3 }),
});
export type StreamQuery = z.infer<typeof StreamQuerySchema>;

/**
 * The `Last-Event-ID` request header of a reconnecting EventSource: the id of the last frame it saw,
 * i.e. that frame's sim instant in epoch milliseconds, inside the representable time range.
 */
export const LastEventIdSchema = z
  .string()
  .regex(/^\d{1,16}$/, 'must be the id of a frame (epoch milliseconds)')
  .transform(Number)
  .refine(
    inTimeRange,
    `must be the id of a frame, epoch milliseconds from ${TIME_RANGE.fromMs} (${TIME_RANGE.from}) to ${TIME_RANGE.toMs} (${TIME_RANGE.to})`,
  );

export const SnapshotQuerySchema = scenarioRouteQuery({
  ...atQueryShape,
  topics: listParam(StreamTopicSchema, 3).optional().describe('Topics, comma-separated (default: air,energy,mobility).'),
});
export type SnapshotQuery = z.infer<typeof SnapshotQuerySchema>;

export const AirFrameSchema = z.object({
  stations: z.array(
    z.object({
      stationId: SlugSchema,
      pm25UgM3: z.number().nullable(),
      ozonePpb: z.number().nullable(),
      aqi: z.number().int().nullable().describe('NowCast AQI of the last complete hour.'),
      category: AqiCategoryKeySchema.nullable(),
      color: z.string().nullable(),
    }),
  ),
});

export const EnergyFrameSchema = z.object({
  intervalStart: IsoTimeSchema.describe('The 15-minute meter interval containing `t`.'),
  cityDemandKw: z.number(),
  districts: z.array(z.object({ districtId: SlugSchema, demandKw: z.number(), importKw: z.number(), exportKw: z.number() })),
});

/** Vehicles as parallel columns: a thousand of them per frame stay small. */
export const VehicleColumnsSchema = z.object({
  id: z.array(z.string()),
  kind: z.array(VehicleKindSchema),
  lng: z.array(z.number()),
  lat: z.array(z.number()),
  speedMps: z.array(z.number()),
  headingDeg: z.array(z.number()),
  connected: z.array(z.boolean()),
});
export type VehicleColumns = z.infer<typeof VehicleColumnsSchema>;

export const MobilityFrameSchema = z.object({
  vehicles: VehicleColumnsSchema,
  segments: z.array(z.object({ segmentId: z.string(), speedMps: z.number().nullable(), volume: z.number().int() })),
  signals: z.array(z.object({ intersectionId: SlugSchema, main: SignalColorSchema, cross: SignalColorSchema })),
  events: z.array(SafetyEventSchema).describe('Safety events in `(from, t]`, at most 200.'),
  eventsTotal: z.number().int().describe('All safety events in `(from, t]` (more than `events` when capped).'),
});

export const StreamFrameSchema = z.object({
  t: IsoTimeSchema,
  from: IsoTimeSchema,
  air: AirFrameSchema.optional(),
  energy: EnergyFrameSchema.optional(),
  mobility: MobilityFrameSchema.optional(),
});
export type StreamFrame = z.infer<typeof StreamFrameSchema>;
