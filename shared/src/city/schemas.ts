/**
 * The geography and sensor inventory of one simulated city (`data/cities/<id>/city.json`).
 * The server validates the file with `CitySchema` at boot and refuses to start on bad data;
 * the engine reads districts, stations, corridors and meters from it.
 */
import { z } from 'zod';
import { BoundsSchema, CityIdSchema, LngLatSchema, SlugSchema, TimeZoneSchema } from '../common/schemas';

/** The Korean name a map label shows when the UI is in Korean (transliteration or translation). */
export const NameKoSchema = z.string().min(1).optional().describe('Korean name for map labels and hover cards in the Korean UI.');

/** A closed linear ring: at least four positions, the first equal to the last. */
export const RingSchema = z
  .array(LngLatSchema)
  .min(4)
  .refine((ring) => {
    const first = ring[0];
    const last = ring[ring.length - 1];
    return first !== undefined && last !== undefined && first[0] === last[0] && first[1] === last[1];
  }, 'a ring must end where it starts');

export const ClimateSchema = z.object({
  meanTempC: z.number().min(-30).max(40).describe('Annual mean air temperature, °C.'),
  annualAmplitudeC: z.number().min(0).max(30).describe('Half the spread between the warmest and coldest monthly normals, °C.'),
  coldestDayOfYear: z.number().int().min(1).max(366).describe('Day of year with the lowest normal temperature.'),
  diurnalRangeC: z.number().min(0).max(25).describe('Typical daily max minus min, °C.'),
  coolingDesignC: z
    .number()
    .min(0)
    .max(50)
    .optional()
    .describe('1% cooling design dry-bulb temperature, °C: air conditioners are sized for it and run flat out above it.'),
  heatingDesignC: z
    .number()
    .min(-50)
    .max(20)
    .optional()
    .describe('99% heating design dry-bulb temperature, °C: electric heating is sized for it and runs flat out below it.'),
  source: z.string().min(1),
});
export type Climate = z.infer<typeof ClimateSchema>;

export const FeederSchema = z.object({ id: SlugSchema, name: z.string().min(1) });

/** What every place on the map has: an id, an English name and, for the Korean UI, a Korean one. */
const PlaceSchema = z.object({ id: SlugSchema, name: z.string().min(1), nameKo: NameKoSchema });

export const DistrictSchema = PlaceSchema.extend({
  polygon: RingSchema.describe('District outline, schematic.'),
  feeders: z
    .array(FeederSchema)
    .describe('Distribution circuits of the metered program serving the district; none where the program has no meters.'),
});
export type District = z.infer<typeof DistrictSchema>;

export const SiteTypeSchema = z.enum(['park', 'school', 'roadside']);
export type SiteType = z.infer<typeof SiteTypeSchema>;

export const StationSchema = PlaceSchema.extend({
  siteType: SiteTypeSchema,
  districtId: SlugSchema,
  location: LngLatSchema,
});
export type Station = z.infer<typeof StationSchema>;

export const SignalPlanSchema = z
  .object({
    cycleS: z.number().int().min(40).max(240).describe('Cycle length, seconds.'),
    mainGreenS: z.number().int().min(5).describe('Green for the corridor direction, seconds.'),
    yellowS: z.number().min(3).max(6).describe('Yellow change interval, seconds.'),
    allRedS: z.number().min(0).max(4).describe('All-red clearance, seconds.'),
    offsetS: z.number().int().min(0).describe('Offset of the main green start from the cycle reference, seconds.'),
  })
  .refine((plan) => plan.mainGreenS + 2 * (plan.yellowS + plan.allRedS) < plan.cycleS, {
    message: 'main green plus two clearance intervals must leave time for the cross street',
    path: ['mainGreenS'],
  })
  .refine((plan) => plan.offsetS < plan.cycleS, { message: 'offset must be shorter than the cycle', path: ['offsetS'] });
export type SignalPlan = z.infer<typeof SignalPlanSchema>;

export const IntersectionSchema = PlaceSchema.extend({
  name: z.string().min(1).describe('Cross street, e.g. `High St & Lane Ave`.'),
  location: LngLatSchema,
  signal: SignalPlanSchema,
});
export type Intersection = z.infer<typeof IntersectionSchema>;

export const CorridorSchema = PlaceSchema.extend({
  extent: z.string().min(1).describe('From → to, as the program describes it.'),
  role: z.enum(['arterial', 'freight']),
  speedLimitKph: z.number().positive().max(130),
  lanesPerDirection: z.number().int().min(1).max(4),
  median: z
    .enum(['divided', 'left-turn-lanes', 'none'])
    .optional()
    .describe('Cross-section between the directions: a raised median, left-turn bays at the junctions, or neither (default).'),
  path: z.array(LngLatSchema).min(2).describe('Centre line, south → north or west → east.'),
  intersections: z.array(IntersectionSchema).min(1).describe('Signalized intersections in path order.'),
});
export type Corridor = z.infer<typeof CorridorSchema>;

/** A busy road outside the CV corridors that the air model treats as a line source (interstates, freeways). */
export const RoadSchema = z.object({
  id: SlugSchema,
  name: z.string().min(1),
  nameKo: NameKoSchema,
  kind: z.enum(['interstate', 'freeway']),
  aadt: z.number().int().positive().max(500_000).describe('Annual average daily traffic, both directions, vehicles per day.'),
  truckShare: z.number().min(0).max(1).describe('Share of heavy trucks in the daily traffic, 0–1.'),
  path: z.array(LngLatSchema).min(2).describe('Centre line of this section of the road.'),
  source: z.string().min(1).describe('Where the traffic figures come from.'),
});
export type Road = z.infer<typeof RoadSchema>;

export const MeterClassSchema = z.enum(['residential', 'commercial', 'industrial']);
export type MeterClass = z.infer<typeof MeterClassSchema>;

export const MeterGroupSchema = z.object({
  districtId: SlugSchema,
  meterClass: MeterClassSchema,
  count: z.number().int().min(0).max(99_999).describe('Simulated meters in this district and class (ids have five digits).'),
  pvShare: z.number().min(0).max(1).describe('Share with rooftop PV, 0–1.'),
  evShare: z.number().min(0).max(1).describe('Share with a home or depot EV charger at the default EV share, 0–1.'),
});
export type MeterGroup = z.infer<typeof MeterGroupSchema>;

const CityBaseSchema = z.object({
  id: CityIdSchema,
  name: z.string().min(1),
  region: z.string().min(1).describe('State or province, e.g. `Ohio`.'),
  timezone: TimeZoneSchema,
  center: LngLatSchema,
  bounds: BoundsSchema,
  zoom: z.number().min(0).max(22).describe('Default map zoom.'),
  climate: ClimateSchema,
  districts: z.array(DistrictSchema).min(1),
  stations: z.array(StationSchema).min(1),
  corridors: z.array(CorridorSchema).min(1),
  roads: z.array(RoadSchema).default([]).describe('Interstates and freeways near the stations, line sources of the air model.'),
  meters: z.array(MeterGroupSchema).min(1),
  sources: z.array(z.string().min(1)).min(1).describe('Where the schematic geometry and figures come from.'),
});

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated: string[] = [];
  for (const id of ids) {
    if (seen.has(id)) repeated.push(id);
    seen.add(id);
  }
  return repeated;
}

/** A city whose cross references hold: unique ids, stations and meters in known districts. */
export const CitySchema = CityBaseSchema.superRefine((city, ctx) => {
  const districtIds = new Set(city.districts.map((d) => d.id));
  const lists = {
    districts: city.districts.map((d) => d.id),
    stations: city.stations.map((s) => s.id),
    corridors: city.corridors.map((c) => c.id),
    roads: city.roads.map((r) => r.id),
    intersections: city.corridors.flatMap((c) => c.intersections.map((i) => i.id)),
    feeders: city.districts.flatMap((d) => d.feeders.map((f) => f.id)),
  };
  for (const [list, ids] of Object.entries(lists)) {
    for (const id of duplicates(ids)) {
      ctx.addIssue({ code: 'custom', path: [list], message: `duplicate id "${id}"` });
    }
  }
  for (const list of ['stations', 'meters'] as const) {
    city[list].forEach(({ districtId }, index) => {
      if (!districtIds.has(districtId)) {
        ctx.addIssue({ code: 'custom', path: [list, index, 'districtId'], message: `unknown district "${districtId}"` });
      }
    });
  }
  // A meter hangs on a feeder of its district.
  city.meters.forEach((group, index) => {
    if (group.count > 0 && city.districts.find((d) => d.id === group.districtId)?.feeders.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['meters', index, 'districtId'],
        message: `district "${group.districtId}" has no feeders for its meters`,
      });
    }
  });
});
export type City = z.infer<typeof CitySchema>;

/** The short form listed by `GET /api/cities`. */
export const CitySummarySchema = CityBaseSchema.pick({ id: true, name: true, region: true, timezone: true, center: true }).extend({
  stations: z.number().int().describe('Number of air stations.'),
  corridors: z.number().int().describe('Number of connected-vehicle corridors.'),
  meters: z.number().int().describe('Number of simulated smart meters.'),
});
export type CitySummary = z.infer<typeof CitySummarySchema>;

export function summarizeCity(city: City): CitySummary {
  return {
    id: city.id,
    name: city.name,
    region: city.region,
    timezone: city.timezone,
    center: city.center,
    stations: city.stations.length,
    corridors: city.corridors.length,
    meters: city.meters.reduce((sum, group) => sum + group.count, 0),
  };
}
