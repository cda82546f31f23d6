/**
 * Geography beyond the simulated city: the outline of the contiguous United States with its state
 * borders (`data/geo/us-states.geojson`, from the US Census Bureau via us-atlas), for the map of the
 * Smart City Challenge finalists. See docs/decisions/021-us-outline.md.
 */
import { z } from 'zod';
import { LngLatSchema } from './schemas';

const RingSchema = z.array(LngLatSchema).min(4);

export const UsOutlineSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z
    .array(
      z.object({
        type: z.literal('Feature'),
        properties: z.object({ kind: z.enum(['nation', 'state-border']), name: z.string() }),
        geometry: z.discriminatedUnion('type', [
          z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(RingSchema).min(1)).min(1) }),
          z.object({ type: z.literal('MultiLineString'), coordinates: z.array(z.array(LngLatSchema).min(2)).min(1) }),
        ]),
      }),
    )
    .min(1),
});
export type UsOutline = z.infer<typeof UsOutlineSchema>;
