/**
 * Mobility records as the API serves them: corridor segments, signal state (SPaT-like), vehicle
 * positions, per-minute segment flow, Basic Safety Messages (SAE J2735 BSMcoreData field names and
 * integer units) and safety events from the connected-vehicle applications.
 */
import { z } from 'zod';
import { IsoTimeSchema, LngLatSchema, SlugSchema } from '../common/schemas';

export const DirectionSchema = z.enum(['nb', 'sb', 'eb', 'wb']).describe('Travel direction: north-, south-, east- or westbound.');
export type Direction = z.infer<typeof DirectionSchema>;

export const SegmentIdSchema = z
  .string()
  .regex(/^[a-z0-9-]+-(nb|sb|eb|wb)-\d{2}$/, 'must look like `high-st-nb-03`')
  .describe('Corridor, direction and the 2-digit index of the segment in travel order.');

export const SegmentSchema = z.object({
  id: SegmentIdSchema,
  corridorId: SlugSchema,
  direction: DirectionSchema,
  index: z.number().int().min(0),
  fromIntersectionId: SlugSchema.nullable().describe('Upstream signal, null at the corridor end.'),
  toIntersectionId: SlugSchema.nullable().describe('Downstream signal that ends the segment, null at the corridor end.'),
  lengthM: z.number().positive(),
  speedLimitMps: z.number().positive(),
  path: z.array(LngLatSchema).min(2).describe('Segment centre line in travel order.'),
});
export type Segment = z.infer<typeof SegmentSchema>;

export const SignalColorSchema = z.enum(['green', 'yellow', 'red']);
export type SignalColor = z.infer<typeof SignalColorSchema>;

/** J2735 MovementPhaseState names for the states a fixed-time plan uses. */
export const MovementPhaseStateSchema = z.enum(['stop-And-Remain', 'protected-Movement-Allowed', 'protected-clearance']);

export const MovementStateSchema = z.object({
  signalGroup: z.number().int().min(0).max(255).describe('2 = corridor (main) through movement, 4 = cross street.'),
  movement: z.enum(['main', 'cross']),
  color: SignalColorSchema,
  eventState: MovementPhaseStateSchema,
  minEndS: z.number().min(0).describe('Seconds until this state ends (fixed time: exact).'),
});

export const SignalStateSchema = z.object({
  intersectionId: SlugSchema,
  time: IsoTimeSchema,
  cycleS: z.number().int(),
  secondInCycle: z.number().min(0).describe('Seconds since the cycle reference (main green start), 0 ≤ s < cycle.'),
  states: z.array(MovementStateSchema).length(2),
});
export type SignalState = z.infer<typeof SignalStateSchema>;

export const VehicleKindSchema = z.enum(['car', 'truck', 'bus']);
export type VehicleKind = z.infer<typeof VehicleKindSchema>;

export const VehicleStateSchema = z.object({
  id: z
    .string()
    .regex(/^v-[0-9a-f]{8}$/)
    .describe(
      "Simulation vehicle id: the same every day for a vehicle with an on-board unit, one trip's for the others. Not broadcast: BSMs carry a rotating TemporaryID.",
    ),
  kind: VehicleKindSchema,
  corridorId: SlugSchema,
  direction: DirectionSchema,
  segmentId: SegmentIdSchema,
  position: LngLatSchema,
  speedMps: z.number().min(0),
  headingDeg: z.number().min(0).lt(360).describe('Clockwise from true north.'),
  accelMps2: z.number().describe('Longitudinal acceleration, m/s² (negative when braking).'),
  connected: z.boolean().describe('Has an on-board unit that sends BSMs.'),
  electric: z.boolean(),
});
export type VehicleState = z.infer<typeof VehicleStateSchema>;

export const SegmentFlowSchema = z.object({
  segmentId: SegmentIdSchema,
  start: IsoTimeSchema.describe('Start of the minute, UTC.'),
  durationS: z.literal(60),
  volume: z.number().int().min(0).describe('Vehicles leaving the segment in the minute.'),
  speedMps: z.number().min(0).nullable().describe('Space-mean speed of those vehicles, m/s (null with no vehicle).'),
  travelTimeS: z.number().min(0).nullable().describe('Mean segment travel time of those vehicles, s.'),
  stops: z.number().int().min(0).describe('Vehicles coming to a stop on the segment in the minute.'),
});
export type SegmentFlow = z.infer<typeof SegmentFlowSchema>;

const int = (min: number, max: number, description: string) => z.number().int().min(min).max(max).describe(description);

/** SAE J2735 BSMcoreData (BSM Part I), field names and integer units as in the standard. */
export const BsmCoreDataSchema = z.object({
  msgCnt: int(0, 127, 'Message count, increments per message and wraps.'),
  id: z
    .string()
    .regex(/^[0-9A-F]{8}$/)
    .describe('TemporaryID: 4 octets as hex, a pseudonym new on each trip and every 5 minutes of it (J2945/1 privacy).'),
  secMark: int(0, 65535, 'DSecond: milliseconds within the minute (65535 = unavailable).'),
  lat: int(-900000000, 900000001, 'Latitude, 1/10 microdegree.'),
  long: int(-1799999999, 1800000001, 'Longitude, 1/10 microdegree.'),
  elev: int(-4096, 61439, 'Elevation, 10 cm units.'),
  accuracy: z.object({
    semiMajor: int(0, 255, 'Semi-major axis, 0.05 m (254 = ≥ 12.7 m, 255 = unavailable).'),
    semiMinor: int(0, 255, 'Semi-minor axis, 0.05 m.'),
    orientation: int(0, 65535, 'Orientation of the semi-major axis, 360/65535 degrees.'),
  }),
  transmission: z.enum(['neutral', 'park', 'forwardGears', 'reverseGears', 'unavailable']),
  speed: int(0, 8191, 'Speed, 0.02 m/s (8191 = unavailable).'),
  heading: int(0, 28800, 'Heading, 0.0125 degrees clockwise from true north (28800 = unavailable).'),
  angle: int(-126, 127, 'Steering wheel angle, 1.5 degrees (127 = unavailable).'),
  accelSet: z.object({
    long: int(-2000, 2001, 'Longitudinal acceleration, 0.01 m/s² (2001 = unavailable).'),
    lat: int(-2000, 2001, 'Lateral acceleration, 0.01 m/s² (2001 = unavailable).'),
    vert: int(-127, 127, 'Vertical acceleration, 0.02 G (-127 = unavailable).'),
    yaw: int(-32767, 32767, 'Yaw rate, 0.01 degrees per second.'),
  }),
  brakes: z.object({
    wheelBrakes: z
      .string()
      .regex(/^[01]{5}$/)
      .describe('Bit string: unavailable, leftFront, leftRear, rightFront, rightRear.'),
    traction: z.enum(['unavailable', 'off', 'on', 'engaged']),
    abs: z.enum(['unavailable', 'off', 'on', 'engaged']),
    scs: z.enum(['unavailable', 'off', 'on', 'engaged']),
    brakeBoost: z.enum(['unavailable', 'off', 'on']),
    auxBrakes: z.enum(['unavailable', 'off', 'on', 'reserved']),
  }),
  size: z.object({ width: int(0, 1023, 'Vehicle width, cm.'), length: int(0, 4095, 'Vehicle length, cm.') }),
});

export const BsmSchema = z.object({
  metadata: z.object({
    generatedAt: IsoTimeSchema.describe('When the OBU sent the message, UTC.'),
    recordType: z.literal('bsmTx'),
  }),
  coreData: BsmCoreDataSchema,
  partII: z
    .object({
      vse: z.object({
        events: z
          .string()
          .regex(/^[01]{13}$/)
          .describe('VehicleEventFlags bit string, bit 0 first: bit 1 = stopLineViolation, bit 2 = ABSactivated, bit 7 = hardBraking.'),
      }),
    })
    .optional()
    .describe('VehicleSafetyExtensions, present only when an event flag is set.'),
});
export type Bsm = z.infer<typeof BsmSchema>;

export const SafetyEventKindSchema = z.enum(['hard-braking', 'red-light-violation-warning']);
export type SafetyEventKind = z.infer<typeof SafetyEventKindSchema>;

export const SafetyEventSchema = z.object({
  kind: SafetyEventKindSchema,
  time: IsoTimeSchema,
  vehicleId: z.string().regex(/^v-[0-9a-f]{8}$/),
  temporaryId: z
    .string()
    .regex(/^[0-9A-F]{8}$/)
    .describe('The BSM TemporaryID in use at the time.'),
  corridorId: SlugSchema,
  segmentId: SegmentIdSchema,
  intersectionId: SlugSchema.nullable(),
  position: LngLatSchema,
  speedMps: z.number().min(0),
  decelMps2: z.number().min(0).describe('Deceleration at the event, m/s² (0 for a warning without braking).'),
});
export type SafetyEvent = z.infer<typeof SafetyEventSchema>;
