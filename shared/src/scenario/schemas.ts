/**
 * A scenario is everything the telemetry depends on besides the city file: seed, start of the sim
 * clock, levers (policy and weather what-ifs that act through causes) and injected faults (for
 * teaching data quality). Every field has a documented default, so `ScenarioSchema.parse({ city })`
 * is the default scenario and a link only needs to carry what differs.
 */
import { z } from 'zod';
import { CityIdSchema, IsoTimeSchema, SlugSchema, seedWithDefault } from '../common/schemas';

/** A UTC window `[from, to)` as ISO instants. */
const windowShape = {
  from: IsoTimeSchema.describe('Window start (inclusive), ISO 8601.'),
  to: IsoTimeSchema.describe('Window end (exclusive), ISO 8601.'),
};

/** An object with a `[from, to)` window plus `extra` fields, checked so that `to` is after `from`. */
// Stryker disable next-line BlockStatement: the module then fails to load (zod refuses the schema), which Stryker's vitest runner reports as survived
function windowed<T extends z.ZodRawShape>(extra: T) {
  return z
    .strictObject({ ...windowShape, ...extra })
    .refine((w) => Date.parse((w as { to: string }).to) > Date.parse((w as { from: string }).from), {
      message: '`to` must be after `from`',
      path: ['to'],
    });
}

export const TimeWindowSchema = windowed({});
export type TimeWindow = z.infer<typeof TimeWindowSchema>;

export const DEFAULT_EV_SHARE = 0.05;
/**
 * Default share of the corridors' vehicles carrying an on-board unit: 1%, which in Columbus is about
 * 1,000 equipped vehicles, the fleet the Smart Columbus CVE had (FACTS.md E). Calibration of a default,
 * not of the model: the share sets the fleet's size (mobility/fleet.ts).
 */
export const DEFAULT_CONNECTED_SHARE = 0.01;
export const DEFAULT_BSM_RATE_HZ = 10;

/** A share, intensity or probability, 0–1, with its default. */
// Stryker disable next-line ArrowFunction: the module then fails to load (zod refuses the schema), which Stryker's vitest runner reports as survived
const fraction = (defaultValue: number, description: string) => z.number().min(0).max(1).default(defaultValue).describe(description);

export const HeatWaveSchema = windowed({
  deltaC: z.number().min(0).max(15).default(6).describe('Temperature added at the plateau, °C (default 6).'),
});
export const WildfireSmokeSchema = windowed({
  intensity: fraction(
    0.6,
    '0–1; 1 puts about 150 µg/m³ of PM2.5 in the plume core (default 0.6 ≈ 90 µg/m³); the city, on a flank of the plume, gets less and unevenly.',
  ),
});
export const InversionSchema = windowed({
  intensity: fraction(0.7, '0–1: how far the mixing height and wind collapse (default 0.7).'),
});
export const DemandResponseSchema = windowed({
  depth: fraction(
    0.5,
    '0–1 (default 0.5): share of participating homes; each raises its cooling set point by 4 °C, lowers electric heat by 3 °C and defers EV charging to the window end.',
  ),
});

/** Levers: what-ifs that change causes (weather, fleet, schedules, signal plans), never outputs. */
// Strict here and below: a misspelled lever (`evshare`) is a 400 naming it, not a setting silently dropped.
export const LeversSchema = z.strictObject({
  evShare: fraction(
    DEFAULT_EV_SHARE,
    `Share of the vehicle fleet that is electric, 0–1 (default ${DEFAULT_EV_SHARE}). Cuts tailpipe PM2.5/NOx on the corridors and adds home chargers in proportion (city meter groups give charger shares at the default).`,
  ),
  evTimeOfUse: z
    .boolean()
    .default(false)
    .describe('Time-of-use rate: home EV charging starts in the overnight window (from 23:00) instead of on arrival home (default false).'),
  heatWave: HeatWaveSchema.optional().describe('A heat-wave episode (hotter, sunnier, calmer): drives AC load and ozone.'),
  wildfireSmoke: WildfireSmokeSchema.optional().describe('Regional wildfire smoke: raises PM2.5 everywhere and dims the sun.'),
  inversion: InversionSchema.optional().describe('A winter inversion: shallow mixing and calm wind trap local emissions.'),
  demandResponse: DemandResponseSchema.optional().describe('A demand-response event on the meters.'),
  signalRetiming: z
    .boolean()
    .default(false)
    .describe('Retimed, coordinated signal plans: offsets for a green wave in the peak direction and 10% more main green (default false).'),
  transitSignalPriority: z.boolean().default(false).describe('Buses get up to 10 s of green extension at signals (default false).'),
  connectedShare: fraction(
    DEFAULT_CONNECTED_SHARE,
    `Share of the vehicles that drive the corridors carrying an on-board unit: the connected-vehicle fleet's size, 0–1 (default ${DEFAULT_CONNECTED_SHARE}, about 1,000 vehicles in Columbus).`,
  ),
  bsmRateHz: z
    .number()
    .min(0.1)
    .max(10)
    .default(DEFAULT_BSM_RATE_HZ)
    .describe(`Basic Safety Message rate per connected vehicle, Hz (default ${DEFAULT_BSM_RATE_HZ}, as J2945/1).`),
});
export type Levers = z.infer<typeof LeversSchema>;
export type LeversInput = z.input<typeof LeversSchema>;

/** Air metrics a sensor fault can affect. */
export const AirMetricSchema = z.enum(['pm25', 'ozone', 'no2', 'temperature', 'humidity', 'wind']);
export type AirMetric = z.infer<typeof AirMetricSchema>;

const faultWindow = { from: IsoTimeSchema, to: IsoTimeSchema };

/** A meter's id as the city's meters spell them: letters, digits, `-`, `_` and `.`, at most 64. */
const MeterIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'must be a meter id: letters, digits, ".", "_" or "-", at most 64 characters');

/** Injected faults, each named after what goes wrong in the field. */
// Stryker disable ObjectLiteral: the module then fails to load (zod refuses the schema), which Stryker's vitest runner reports as survived
// Stryker disable next-line StringLiteral: the module then fails to load (zod refuses the schema), which Stryker's vitest runner reports as survived
export const FaultSchema = z.discriminatedUnion('kind', [
  z
    .strictObject({
      kind: z.literal('stuck'),
      ...faultWindow,
      stationId: SlugSchema,
      metric: AirMetricSchema,
    })
    .describe('The sensor repeats the value it had at `from` until `to`.'),
  z.strictObject({
    kind: z.literal('drift'),
    ...faultWindow,
    stationId: SlugSchema,
    metric: AirMetricSchema,
    ratePerDay: z.number().min(-100).max(100).default(2).describe('Added per day since `from`, in the metric unit (default 2).'),
  }),
  z.strictObject({
    kind: z.literal('dropout'),
    ...faultWindow,
    stationId: SlugSchema,
    metric: AirMetricSchema.optional().describe('One metric, or the whole station (e.g. a battery-starved bench) when absent.'),
  }),
  z.strictObject({
    kind: z.literal('spike'),
    ...faultWindow,
    stationId: SlugSchema,
    metric: AirMetricSchema,
    perHour: z.number().min(0).max(60).default(2).describe('Expected spikes per hour (default 2).'),
    magnitude: z.number().min(0).max(1000).default(80).describe('Value added by one spike, metric unit (default 80).'),
  }),
  z.strictObject({
    kind: z.literal('clock-skew'),
    ...faultWindow,
    stationId: SlugSchema,
    skewS: z.number().int().min(-86_400).max(86_400).default(300).describe('Reported time minus true time, seconds (default 300).'),
  }),
  z
    .strictObject({
      kind: z.literal('meter-estimated'),
      ...faultWindow,
      meterId: MeterIdSchema,
    })
    .describe('Reads in the window did not arrive and were estimated by the MDM (flag `estimated`).'),
  z
    .strictObject({
      kind: z.literal('meter-missing'),
      ...faultWindow,
      meterId: MeterIdSchema,
    })
    .describe('Reads in the window are missing (flag `missing`, no value).'),
  z
    .strictObject({
      kind: z.literal('feeder-outage'),
      ...faultWindow,
      feederId: SlugSchema,
    })
    .describe('Every meter on the feeder reads zero in the window.'),
  z.strictObject({
    kind: z.literal('gps-jitter'),
    ...faultWindow,
    sigmaM: z.number().min(0).max(200).default(15).describe('Standard deviation of added position error, m (default 15).'),
    share: fraction(1, 'Share of connected vehicles affected (default 1).'),
  }),
  z.strictObject({
    kind: z.literal('duplicate-messages'),
    ...faultWindow,
    probability: fraction(0.05, 'Chance each BSM is sent twice (default 0.05).'),
  }),
]);
// Stryker restore ObjectLiteral
export type Fault = z.infer<typeof FaultSchema>;
export type FaultKind = Fault['kind'];

export const ScenarioSchema = z.strictObject({
  city: CityIdSchema.default('columbus'),
  seed: seedWithDefault(1),
  start: IsoTimeSchema.default('2026-07-13T04:00:00Z').describe(
    'Start of the sim clock for live playback (default Monday 2026-07-13 00:00 in Columbus). Engine queries take explicit windows.',
  ),
  levers: LeversSchema.prefault({}),
  faults: z.array(FaultSchema).max(100).default([]),
});
export type Scenario = z.infer<typeof ScenarioSchema>;
export type ScenarioInput = z.input<typeof ScenarioSchema>;

/** What the ground-truth channel records: injected faults and the engine's own hidden events. */
export const GroundTruthKindSchema = z.enum([
  'stuck',
  'drift',
  'dropout',
  'spike',
  'clock-skew',
  'meter-estimated',
  'meter-missing',
  'feeder-outage',
  'gps-jitter',
  'duplicate-messages',
  'incident',
  'wildfire-smoke',
  'heat-wave',
  'inversion',
  'demand-response',
]);

export const GroundTruthEventSchema = z.object({
  kind: GroundTruthKindSchema,
  source: z.enum(['fault', 'engine', 'lever']).describe('Injected by the scenario, arising in the engine, or a lever window.'),
  entityType: z.enum(['station', 'meter', 'feeder', 'corridor', 'segment', 'city', 'fleet']),
  entityId: z.string().min(1),
  metric: z.string().optional(),
  from: IsoTimeSchema,
  to: IsoTimeSchema,
  detail: z.string().describe('One sentence for a person checking an answer.'),
});
export type GroundTruthEvent = z.infer<typeof GroundTruthEventSchema>;
