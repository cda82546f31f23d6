/**
 * corridors.geojson: LineString features are the corridors, Point features their signalized
 * intersections (each naming its corridor). Intersections are put in path order and must lie on
 * their corridor's path; a corridor without one is refused.
 */
import type { z } from 'zod';
import { polylineOf, project, projectionAt, toXY } from '../../common/geo';
import type { Bounds, LngLat } from '../../common/schemas';
import { type Corridor, type Intersection, SignalPlanSchema } from '../schemas';
import { checkInBounds } from './geometry-checks';
import { CorridorFeatureSchema, FeatureCollectionSchema, IMPORT_FILES, IntersectionFeatureSchema } from './input-schemas';
import { named } from './named';
import type { ProblemList } from './problems';

type IntersectionFeature = z.infer<typeof IntersectionFeatureSchema>;

/** How far an intersection may lie from its corridor's path, m (a wide arterial's stop bars). */
export const MAX_INTERSECTION_OFFSET_M = 100;

const file = IMPORT_FILES.corridors;

export function buildCorridors(problems: ProblemList, collection: unknown, bounds: Bounds | undefined): Corridor[] {
  const parsed = problems.parse(FeatureCollectionSchema, collection, file);
  if (!parsed) return [];
  const lines: Array<{ index: number; feature: z.infer<typeof CorridorFeatureSchema> }> = [];
  const points: Array<{ index: number; feature: IntersectionFeature }> = [];
  parsed.features.forEach((raw, index) => {
    const type = (raw as { geometry?: { type?: unknown } } | null)?.geometry?.type;
    if (type === 'LineString') {
      const feature = problems.parse(CorridorFeatureSchema, raw, file, index);
      if (feature) lines.push({ index, feature });
    } else if (type === 'Point') {
      const feature = problems.parse(IntersectionFeatureSchema, raw, file, index);
      if (feature) points.push({ index, feature });
    } else {
      problems.add({
        file,
        feature: index,
        field: 'geometry.type',
        message: `must be "LineString" (a corridor) or "Point" (a signalized intersection), not ${JSON.stringify(type)}`,
      });
    }
  });
  // Corridor ids and junction ids are two lists: a junction may share its corridor's name, not another junction's id.
  for (const list of [lines, points]) {
    problems.uniqueIds(
      file,
      list.map(({ index, feature }) => ({ index, id: feature.properties.id })),
    );
  }

  const known = new Set(lines.map(({ feature }) => feature.properties.id));
  for (const { index, feature } of points) {
    checkInBounds(problems, bounds, { file, feature: index }, [feature.geometry.coordinates], () => 'geometry.coordinates');
    if (!known.has(feature.properties.corridor)) {
      problems.add({ file, feature: index, field: 'properties.corridor', message: `unknown corridor "${feature.properties.corridor}"` });
    }
  }

  return lines.map(({ index, feature }) => {
    const { properties: p, geometry } = feature;
    checkInBounds(problems, bounds, { file, feature: index }, geometry.coordinates, (k) => `geometry.coordinates.${k}`);
    const projection = projectionAt(geometry.coordinates[0] as LngLat);
    const line = polylineOf(projection, geometry.coordinates);
    const placed = points
      .filter(({ feature: point }) => point.properties.corridor === p.id)
      .map(({ index: pointIndex, feature: point }) => {
        const [x, y] = toXY(projection, point.geometry.coordinates);
        const { chainage, distance } = project(line, x, y);
        if (distance > MAX_INTERSECTION_OFFSET_M) {
          problems.add({
            file,
            feature: pointIndex,
            field: 'geometry.coordinates',
            message: `lies ${Math.round(distance)} m from the path of corridor "${p.id}"; an intersection must lie within ${MAX_INTERSECTION_OFFSET_M} m of it`,
          });
        }
        return { chainage, intersection: intersectionOf(problems, pointIndex, point) };
      })
      .sort((a, b) => a.chainage - b.chainage);
    if (placed.length === 0) {
      problems.add({
        file,
        feature: index,
        field: 'intersections',
        message: `corridor "${p.id}" has no signalized intersections: add Point features with "corridor": "${p.id}"`,
      });
    }
    return {
      ...named(p),
      extent: p.extent,
      role: p.role,
      speedLimitKph: p.speedLimitKph,
      lanesPerDirection: p.lanesPerDirection,
      ...(p.median ? { median: p.median } : {}),
      path: geometry.coordinates,
      intersections: placed.map(({ intersection }) => intersection),
    };
  });
}

function intersectionOf(problems: ProblemList, index: number, { properties: p, geometry }: IntersectionFeature): Intersection {
  const signal = { cycleS: p.cycleS, mainGreenS: p.mainGreenS, yellowS: p.yellowS, allRedS: p.allRedS, offsetS: p.offsetS };
  const checked = SignalPlanSchema.safeParse(signal);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      problems.add({ file, feature: index, field: `properties.${issue.path.join('.')}`, message: issue.message });
    }
  }
  return { ...named(p), location: geometry.coordinates, signal };
}
