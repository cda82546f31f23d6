/**
 * The importer's input: a folder of plain GeoJSON files and a small settings file
 * (docs/add-your-own-city.md). Each feature is checked on its own so a problem names its feature;
 * defaults here are the documented assumptions a city gets when it says nothing.
 */
import { z } from 'zod';
import { BoundsSchema, CityIdSchema, LngLatSchema, SlugSchema, TimeZoneSchema } from '../../common/schemas';
import { ClimateSchema } from '../climate';
import { EGRID_SUBREGIONS } from '../egrid';
import { NameKoSchema, PeopleCountSchema, RingSchema, SiteTypeSchema } from '../schemas';

export const IMPORT_FILES = {
  settings: 'settings.json',
  districts: 'districts.geojson',
  stations: 'stations.geojson',
  corridors: 'corridors.geojson',
  roads: 'roads.geojson',
  basemap: 'basemap.geojson',
} as const;
export type ImportFile = keyof typeof IMPORT_FILES;
/** Files a folder may leave out: no air-model roads; a basemap drawn from the roads and corridors. */
export const OPTIONAL_FILES: readonly ImportFile[] = ['roads', 'basemap'];

const climateFields = { meanTempC: true, annualAmplitudeC: true, coldestDayOfYear: true, diurnalRangeC: true } as const;

export const ImportSettingsSchema = z.object({
  // `/api/cities/schema` is the format's address, so a city cannot be called that.
  id: CityIdSchema.refine((id) => id !== 'schema', 'the id "schema" is taken by GET /api/cities/schema'),
  name: z.string().min(1),
  nameKo: NameKoSchema,
  region: z.string().min(1),
  timezone: TimeZoneSchema,
  center: LngLatSchema,
  bounds: BoundsSchema.refine(
    ([[west, south], [east, north]]) => west < east && south < north,
    'west must be below east and south below north',
  ),
  zoom: z.number().min(0).max(22).default(11),
  egridSubregion: z.enum(EGRID_SUBREGIONS).default('RFCW'),
  climate: ClimateSchema.partial(climateFields).refine(
    (climate) => climate.monthly !== undefined || Object.keys(climateFields).every((key) => key in climate),
    'give twelve `monthly` normals, or all of meanTempC, annualAmplitudeC, coldestDayOfYear and diurnalRangeC',
  ),
  sources: z.array(z.string().min(1)).min(1),
});
export type ImportSettings = z.infer<typeof ImportSettingsSchema>;

export const FeatureCollectionSchema = z.object({ type: z.literal('FeatureCollection'), features: z.array(z.unknown()) });

const feature = <G extends z.ZodType, P extends z.ZodType>(geometry: G, properties: P) =>
  z.object({ type: z.literal('Feature'), geometry, properties });

const PointSchema = z.object({ type: z.literal('Point'), coordinates: LngLatSchema });
const LineSchema = z.object({ type: z.literal('LineString'), coordinates: z.array(LngLatSchema).min(2) });
const PolygonSchema = z.object({ type: z.literal('Polygon'), coordinates: z.array(RingSchema).min(1) });

const placeProperties = { id: SlugSchema, name: z.string().min(1), nameKo: NameKoSchema };
const share = z.number().min(0).max(1);

export const DistrictFeatureSchema = feature(
  PolygonSchema,
  z.object({
    ...placeProperties,
    households: PeopleCountSchema,
    jobs: PeopleCountSchema,
    meteredShare: share.default(1).describe('Share of households and workplaces with a simulated meter.'),
    pvShare: share.default(0.03),
    evShare: share.default(0.05),
    feeders: z.number().int().min(1).max(500).optional().describe('Circuits; default one per 1,600 meters.'),
  }),
);

export const StationFeatureSchema = feature(
  PointSchema,
  z.object({ ...placeProperties, siteType: SiteTypeSchema, districtId: SlugSchema.optional() }),
);

export const CorridorFeatureSchema = feature(
  LineSchema,
  z.object({
    ...placeProperties,
    extent: z.string().min(1),
    role: z.enum(['arterial', 'freight']).default('arterial'),
    speedLimitKph: z.number().positive().max(130),
    lanesPerDirection: z.number().int().min(1).max(4),
    median: z.enum(['divided', 'left-turn-lanes', 'none']).optional(),
  }),
);

/** A signalized intersection: a Point in corridors.geojson naming its corridor; timings default to a 100 s cycle. */
export const IntersectionFeatureSchema = feature(
  PointSchema,
  z.object({
    ...placeProperties,
    corridor: SlugSchema,
    cycleS: z.number().default(100),
    mainGreenS: z.number().default(52),
    yellowS: z.number().default(4),
    allRedS: z.number().default(2),
    offsetS: z.number().default(0),
  }),
);

export const RoadFeatureSchema = feature(
  LineSchema,
  z.object({
    ...placeProperties,
    kind: z.enum(['interstate', 'freeway']),
    aadt: z.number().int().positive().max(500_000),
    truckShare: share,
    source: z.string().min(1),
  }),
);
