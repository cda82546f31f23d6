/** The directional road segments between signals, as API records with their centre lines. */

import { subPath } from '../common/geo';
import type { Network } from './network';
import type { Segment } from './schemas';

/** Every segment in corridor and travel order, with its path in travel direction. */
export function segmentRecords(network: Network): Segment[] {
  return network.segments.map((segment) => {
    const corridor = network.corridors[segment.corridorIndex];
    const direction = network.directions[segment.directionIndex];
    if (!corridor || !direction) throw new RangeError(`segment ${segment.id} has no corridor or direction`);
    const length = corridor.line.length;
    const clamp = (c: number) => Math.min(length, Math.max(0, c));
    const from = clamp(direction.forward ? segment.startS : length - segment.endS);
    const to = clamp(direction.forward ? segment.endS : length - segment.startS);
    const path = subPath(network.projection, corridor.line, from, to);
    const id = (i: number) => network.intersections[i]?.id ?? null;
    return {
      id: segment.id,
      corridorId: corridor.corridor.id,
      direction: segment.direction,
      index: segment.k,
      fromIntersectionId: segment.fromIntersection >= 0 ? id(segment.fromIntersection) : null,
      toIntersectionId: segment.toIntersection >= 0 ? id(segment.toIntersection) : null,
      lengthM: Math.round(segment.lengthM * 10) / 10,
      speedLimitMps: Math.round(segment.speedLimitMps * 100) / 100,
      path: direction.forward ? path : [...path].reverse(),
    };
  });
}
