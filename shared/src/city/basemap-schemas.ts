/**
 * The offline basemap (`data/cities/<id>/basemap.geojson`): schematic rivers, creeks, interstates,
 * streets and parks, drawn by hand so the map needs no tile server. District outlines live once, in
 * city.json, and are merged in when the basemap is served (docs/decisions/004-district-outlines.md).
 */
import { z } from 'zod';
import { LngLatSchema } from '../common/schemas';

export const BasemapKindSchema = z.enum(['river', 'creek', 'interstate', 'street', 'park', 'district']);
export type BasemapKind = z.infer<typeof BasemapKindSchema>;

const LineStringSchema = z.object({ type: z.literal('LineString'), coordinates: z.array(LngLatSchema).min(2) });
const PolygonSchema = z.object({
  type: z.literal('Polygon'),
  coordinates: z.array(z.array(LngLatSchema).min(4)).min(1),
});

const PropertiesSchema = z.object({
  kind: BasemapKindSchema,
  name: z.string().min(1),
  nameKo: z.string().min(1).optional().describe('Korean name for labels in the Korean UI; route refs like `I-70` need none.'),
  ref: z.string().min(1).optional().describe('Route number for interstates, e.g. `I-70`.'),
});

export const BasemapFeatureSchema = z
  .object({
    type: z.literal('Feature'),
    properties: PropertiesSchema,
    geometry: z.discriminatedUnion('type', [LineStringSchema, PolygonSchema]),
  })
  .refine(
    (feature) =>
      feature.properties.kind === 'park' || feature.properties.kind === 'district'
        ? feature.geometry.type === 'Polygon'
        : feature.geometry.type === 'LineString',
    { message: 'parks and districts are polygons; rivers, creeks, interstates and streets are lines', path: ['geometry', 'type'] },
  );
export type BasemapFeature = z.infer<typeof BasemapFeatureSchema>;

export const BasemapSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(BasemapFeatureSchema).min(1),
});
export type Basemap = z.infer<typeof BasemapSchema>;
