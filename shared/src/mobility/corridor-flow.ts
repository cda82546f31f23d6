/**
 * Segment flow columns → one series per corridor direction, as a traffic engineer reads a corridor:
 * - `travelTimeS`: end-to-end travel time, the sum of the segments' mean travel times (a probe
 *   vehicle driving the whole corridor in that bucket);
 * - `speedMps`: space-mean speed, corridor length over that travel time (never a mean of speeds);
 * - `volumeVph`: vehicles per hour leaving a segment, averaged over the corridor's segments.
 * A bucket in which no vehicle traversed some segments (a quiet night minute) is estimated from the
 * segments that were traversed when they cover at least half the corridor's length, and is null
 * otherwise. Buckets are merged whole (never thinned by picking points) so every series of the
 * answer shares one time axis and sums stay sums.
 */

import type { Series } from '../common/query';
import { sampleOf } from '../common/series';
import { MINUTE_MS } from '../common/time';
import type { CorridorMetricKey } from './api-schemas';
import { CORRIDOR_METRIC_UNITS } from './api-schemas';
import type { Network } from './network';
import type { Direction } from './schemas';
import type { SegmentFlowColumns } from './segment-flow';

/** Share of a corridor direction's length that must have observed travel times for a bucket to count. */
export const MIN_OBSERVED_SHARE = 0.5;

export interface CorridorDirectionInfo {
  /** `<corridor>-<direction>`, e.g. `high-st-nb`: the id of this direction's series. */
  id: string;
  corridorId: string;
  direction: Direction;
  lengthM: number;
  speedLimitMps: number;
  /** Length over the speed limit: the time with every light green and no traffic. */
  freeFlowTravelTimeS: number;
  segments: number;
}

export interface CorridorSeries {
  bucketMs: number;
  directions: CorridorDirectionInfo[];
  series: Series[];
}

const round = (x: number, decimals: number) => (Number.isFinite(x) ? Math.round(x * 10 ** decimals) / 10 ** decimals : null);

/**
 * Buckets of `resolutionMs` (coarsened by a whole factor when there would be more than `maxPoints`)
 * for each direction of the corridors asked, in network order.
 */
export function corridorFlowSeries(
  network: Network,
  cols: SegmentFlowColumns,
  corridorIndices: readonly number[],
  metrics: readonly CorridorMetricKey[],
  resolutionMs: number,
  maxPoints?: number,
): CorridorSeries {
  let perBucket = Math.max(1, Math.round(resolutionMs / MINUTE_MS));
  if (maxPoints !== undefined && Math.ceil(cols.minutes / perBucket) > maxPoints) {
    perBucket *= Math.ceil(Math.ceil(cols.minutes / perBucket) / maxPoints);
  }
  const buckets = Math.ceil(cols.minutes / perBucket);
  const time = Array.from({ length: buckets }, (_, b) => cols.fromMs + b * perBucket * MINUTE_MS);
  const directions: CorridorDirectionInfo[] = [];
  const series: Series[] = [];
  const wanted = new Set(corridorIndices);
  for (const dir of network.directions) {
    const corridor = network.corridors[dir.corridorIndex];
    if (!corridor || !wanted.has(dir.corridorIndex)) continue;
    const segments = dir.segments.flatMap((i) => network.segments[i] ?? []);
    const lengthM = segments.reduce((sum, s) => sum + s.lengthM, 0);
    const id = `${corridor.corridor.id}-${dir.direction}`;
    directions.push({
      id,
      corridorId: corridor.corridor.id,
      direction: dir.direction,
      lengthM: Math.round(lengthM),
      speedLimitMps: round(corridor.speedLimitMps, 2) as number,
      freeFlowTravelTimeS: round(lengthM / corridor.speedLimitMps, 1) as number,
      segments: segments.length,
    });
    const values: Record<CorridorMetricKey, (number | null)[]> = { speedMps: [], travelTimeS: [], volumeVph: [] };
    for (let b = 0; b < buckets; b++) {
      const first = b * perBucket;
      const last = Math.min(cols.minutes, first + perBucket);
      let observedLength = 0;
      let observedTime = 0;
      let volume = 0;
      for (const segment of segments) {
        let travel = 0;
        let traversals = 0;
        for (let m = first; m < last; m++) {
          const row = segment.index * cols.minutes + m;
          travel += cols.travelTimeSumS[row] as number;
          traversals += cols.traversals[row] as number;
          volume += cols.volume[row] as number;
        }
        if (traversals > 0) {
          observedLength += segment.lengthM;
          observedTime += travel / traversals;
        }
      }
      const speed = observedLength >= MIN_OBSERVED_SHARE * lengthM && observedTime > 0 ? observedLength / observedTime : Number.NaN;
      values.speedMps.push(round(speed, 2));
      values.travelTimeS.push(round(lengthM / speed, 1));
      values.volumeVph.push(round(segments.length > 0 ? (volume / segments.length) * (60 / (last - first)) : Number.NaN, 0));
    }
    // Coarser buckets, never dropped points: a sample of the minutes only in that each point is a mean.
    const sample = sampleOf(buckets, MINUTE_MS, cols.minutes, false);
    for (const metric of metrics) series.push({ id, metric, unit: CORRIDOR_METRIC_UNITS[metric], time, value: values[metric], ...sample });
  }
  return { bucketMs: perBucket * MINUTE_MS, directions, series };
}
