/**
 * The corridors a query names (`corridor=a,b`): the one way every mobility route and export turns
 * the parameter into corridors, with a 404 naming an unknown id. Without the parameter, every
 * corridor. The network keeps the city's corridor order, so a corridor's index is its city index.
 */
import { pickEntities } from '../city/entities';
import type { CorridorGeom, Network, SegmentGeom } from './network';

export interface CorridorPick {
  /** The corridors, in the order asked (the city's order when the query names none). */
  corridors: readonly CorridorGeom[];
  /** True when the query named none: every corridor. */
  all: boolean;
  ids: ReadonlySet<string>;
  /** The one corridor picked, for a file name; undefined when there are several. */
  only: string | undefined;
  hasSegment(segment: SegmentGeom): boolean;
  hasDirection(directionIndex: number): boolean;
}

export function pickCorridors(network: Network, wanted: readonly string[] | undefined): CorridorPick {
  const byId = new Map(network.corridors.map((geom) => [geom.corridor.id, geom]));
  const picked = pickEntities(
    network.corridors.map((geom) => geom.corridor),
    wanted,
    'corridor',
    'corridor',
  );
  const corridors = picked.map((corridor) => byId.get(corridor.id) as CorridorGeom);
  const indices = new Set(corridors.map((geom) => geom.index));
  return {
    corridors,
    all: wanted === undefined,
    ids: new Set(picked.map((corridor) => corridor.id)),
    only: corridors.length === 1 ? picked[0]?.id : undefined,
    hasSegment: (segment) => indices.has(segment.corridorIndex),
    hasDirection: (directionIndex) => indices.has(network.directions[directionIndex]?.corridorIndex ?? -1),
  };
}
