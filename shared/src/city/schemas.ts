/**
 * The geography and sensor inventory of one simulated city (`data/cities/<id>/city.json`).
 * The server validates the file with `CitySchema` at boot and refuses to start on bad data;
 * the engine reads districts, stations, corridors and meters from it.
 */
import { z } from 'zod';
import { BoundsSchema, CityIdSchema, LngLatSchema, SlugSchema, TimeZoneSchema } from '../common/schemas';
import { insideBounds, outsideBoundsMessage, placedPositions } from './bounds';
import { ClimateSchema } from './climate';
import { EGRID_SUBREGIONS } from './egrid';

export { type Climate, ClimateSchema, climateFromMonthly, type MonthlyNormal, MonthlyNormalSchema } from './climate';

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

export const FeederSchema = z
  .object({
    id: SlugSchema.describe('Feeder id, unique in the city.'),
    name: z.string().min(1).describe('Feeder name for lists and charts.'),
  })
  .describe('A distribution circuit; the district’s meters are spread over its feeders in turn.');

/** What every place on the map has: an id, an English name and, for the Korean UI, a Korean one. */
const PlaceSchema = z.object({
  id: SlugSchema.describe('Slug id (lower-case letters, digits, dashes), unique in its list; URLs and exports use it.'),
  name: z.string().min(1).describe('English name for the map, lists and exports.'),
  nameKo: NameKoSchema,
});

/** A count of households or jobs in a district. */
export const PeopleCountSchema = z.number().int().min(0).max(10_000_000);

export const DistrictSchema = PlaceSchema.extend({
  polygon: RingSchema.describe('District outline, schematic: one closed ring of [longitude, latitude] positions.'),
  households: PeopleCountSchema.optional().describe(
    'Households in the district. The importer derives the residential meters from it (households × metered share); the engine reads `meters`, not this count.',
  ),
  jobs: PeopleCountSchema.optional().describe(
    'Jobs located in the district. The importer derives the commercial and industrial meters from it (docs/add-your-own-city.md, "Meters"); the engine reads `meters`.',
  ),
  feeders: z
    .array(FeederSchema)
    .describe('Distribution circuits of the metered program serving the district; none where the program has no meters.'),
}).describe('A district: an area of the city that stations, meters and load summaries are grouped by.');
export type District = z.infer<typeof DistrictSchema>;

export const SiteTypeSchema = z
  .enum(['park', 'school', 'roadside'])
  .describe(
    'Where the sensor stands: sets its microclimate (roadside +0.4 °C and 70% of the wind, school +0.2 °C, park −0.2 °C). Traffic pollution follows the distance to corridors and roads, whatever the type.',
  );
export type SiteType = z.infer<typeof SiteTypeSchema>;

export const StationSchema = PlaceSchema.extend({
  siteType: SiteTypeSchema,
  districtId: SlugSchema.describe('The district the station stands in (an id from `districts`).'),
  location: LngLatSchema,
}).describe('An air-quality station (Village Green style): PM2.5, ozone, NO2 and weather every minute.');
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
  .refine((plan) => plan.offsetS < plan.cycleS, { message: 'offset must be shorter than the cycle', path: ['offsetS'] })
  .describe('Fixed-time signal plan; the cross street gets the rest of the cycle. Offsets along a corridor make its green wave.');
export type SignalPlan = z.infer<typeof SignalPlanSchema>;

export const IntersectionSchema = PlaceSchema.extend({
  name: z.string().min(1).describe('Cross street, e.g. `High St & Lane Ave`.'),
  location: LngLatSchema.describe('Position of the stop bars’ centre, on or next to the corridor’s path.'),
  signal: SignalPlanSchema,
}).describe('A signalized intersection with a roadside unit: it broadcasts SPaT and MAP, and vehicles queue at its red.');
export type Intersection = z.infer<typeof IntersectionSchema>;

export const CorridorSchema = PlaceSchema.extend({
  extent: z.string().min(1).describe('From → to, as the program describes it.'),
  role: z.enum(['arterial', 'freight']).describe('An arterial carries mostly cars and buses; a freight corridor a large share of trucks.'),
  speedLimitKph: z.number().positive().max(130).describe('Posted speed limit, km/h; vehicles cruise near it between reds.'),
  lanesPerDirection: z.number().int().min(1).max(4).describe('Through lanes in each direction; sets the corridor’s capacity.'),
  median: z
    .enum(['divided', 'left-turn-lanes', 'none'])
    .optional()
    .describe('Cross-section between the directions: a raised median, left-turn bays at the junctions, or neither (default).'),
  path: z.array(LngLatSchema).min(2).describe('Centre line, south → north or west → east.'),
  intersections: z.array(IntersectionSchema).min(1).describe('Signalized intersections in path order; at least one.'),
}).describe('A connected-vehicle corridor: simulated vehicles drive its path both ways and stop at its signals.');
export type Corridor = z.infer<typeof CorridorSchema>;

/** A busy road outside the CV corridors that the air model treats as a line source (interstates, freeways). */
export const RoadSchema = z.object({
  id: SlugSchema.describe('Slug id, unique among the roads.'),
  name: z.string().min(1).describe('Name of the section, e.g. `I-70/I-71 downtown split`.'),
  nameKo: NameKoSchema,
  kind: z.enum(['interstate', 'freeway']).describe('Road class, for the map and the emission mix.'),
  aadt: z.number().int().positive().max(500_000).describe('Annual average daily traffic, both directions, vehicles per day.'),
  truckShare: z.number().min(0).max(1).describe('Share of heavy trucks in the daily traffic, 0–1.'),
  path: z.array(LngLatSchema).min(2).describe('Centre line of this section of the road.'),
  source: z.string().min(1).describe('Where the traffic figures come from.'),
});
export type Road = z.infer<typeof RoadSchema>;

export const MeterClassSchema = z.enum(['residential', 'commercial', 'industrial']);
export type MeterClass = z.infer<typeof MeterClassSchema>;

export const MeterGroupSchema = z
  .object({
    districtId: SlugSchema.describe('The district the meters are in (an id from `districts`; it must have feeders).'),
    meterClass: MeterClassSchema.describe('Customer class: sets the load shape, size and schedule.'),
    count: z.number().int().min(0).max(99_999).describe('Simulated meters in this district and class (ids have five digits).'),
    pvShare: z.number().min(0).max(1).describe('Share with rooftop PV, 0–1.'),
    evShare: z.number().min(0).max(1).describe('Share with a home or depot EV charger at the default EV share, 0–1.'),
  })
  .describe('The simulated smart meters of one class in one district (the importer derives them from households and jobs).');
export type MeterGroup = z.infer<typeof MeterGroupSchema>;

const CityBaseSchema = z.object({
  id: CityIdSchema,
  name: z.string().min(1).describe('City name as the header and the city list show it, e.g. `Columbus`.'),
  region: z.string().min(1).describe('State or province, e.g. `Ohio`.'),
  timezone: TimeZoneSchema.describe(
    'IANA time zone, e.g. `America/New_York`. Every local hour is reckoned in it: rush hours, weekdays, load shapes, the daily temperature cycle, the AQI day.',
  ),
  center: LngLatSchema.describe('Where the map opens, [longitude, latitude].'),
  bounds: BoundsSchema.describe(
    'The city’s box [[west, south], [east, north]]: every station, corridor, intersection and road lies inside it; the map keeps to it.',
  ),
  zoom: z.number().min(0).max(22).describe('Default map zoom.'),
  climate: ClimateSchema,
  egridSubregion: z
    .enum(EGRID_SUBREGIONS)
    .default('RFCW')
    .describe(
      'EPA eGRID subregion of the city’s electricity (RFCW: Ohio and western Pennsylvania; ERCT: most of Texas; RMPA, SPNO, NWPP, CAMX for the other finalists). Its eGRID2023 CO₂ rate prices the Lab’s grid CO₂. Default RFCW (Columbus).',
    ),
  districts: z.array(DistrictSchema).min(1).describe('Districts: outlines, households and jobs, and the feeders of the metered program.'),
  stations: z.array(StationSchema).min(1).describe('Air-quality stations; at least one.'),
  corridors: z.array(CorridorSchema).min(1).describe('Connected-vehicle corridors with their signalized intersections; at least one.'),
  roads: z.array(RoadSchema).default([]).describe('Interstates and freeways near the stations, line sources of the air model.'),
  meters: z
    .array(MeterGroupSchema)
    .min(1)
    .describe('The smart-meter population by district and class; the sum of the counts is the number of meters.'),
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

/** A city whose cross references hold (unique ids, stations and meters in known districts) and whose places lie in its bounds. */
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
  // What the schema's `bounds` promises; the importer checks its inputs the same way (./bounds.ts).
  for (const { path, position } of placedPositions(city)) {
    if (!insideBounds(city.bounds, position)) {
      ctx.addIssue({ code: 'custom', path, message: outsideBoundsMessage(position, city.bounds, 'city.json "bounds"') });
    }
  }
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
