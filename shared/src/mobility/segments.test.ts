import { describe, expect, it } from 'vitest';
import { testCity } from '../test-support/test-city';
import { buildNetwork } from './network';
import { SegmentSchema } from './schemas';
import { segmentRecords } from './segments';

describe('segmentRecords', () => {
  const network = buildNetwork(testCity);
  const segments = segmentRecords(network);

  it('gives one valid record per directional segment', () => {
    expect(segments).toHaveLength(network.segments.length);
    for (const segment of segments) SegmentSchema.parse(segment);
  });

  it('draws southbound segments north to south', () => {
    const sb = segments.find((s) => s.direction === 'sb');
    const first = sb?.path[0];
    const last = sb?.path.at(-1);
    expect(first && last && first[1] > last[1]).toBe(true);
  });

  it('ends each segment at its downstream signal', () => {
    const ended = segments.filter((s) => s.toIntersectionId !== null);
    expect(ended.length).toBeGreaterThan(0);
    for (const segment of ended) {
      const intersection = testCity.corridors.flatMap((c) => c.intersections).find((i) => i.id === segment.toIntersectionId);
      const end = segment.path.at(-1);
      expect(intersection && end && Math.hypot(intersection.location[0] - end[0], intersection.location[1] - end[1])).toBeLessThan(0.003);
    }
  });
});
