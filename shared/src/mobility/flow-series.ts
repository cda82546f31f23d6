/**
 * Segment flow columns → API series per segment and metric, aggregated correctly into coarser
 * buckets: volumes and stops add up; travel time is total travel time over traversals; speed is
 * segment length over that mean travel time (space-mean speed), not a mean of minute speeds.
 */
import { lttbKeepingGaps } from '../common/downsample';
import type { Series } from '../common/query';
import { sampleOf } from '../common/series';
import { MINUTE_MS } from '../common/time';
import type { SegmentMetricKey } from './api-schemas';
import { SEGMENT_METRIC_UNITS } from './api-schemas';
import type { Network } from './network';
import type { SegmentFlowColumns } from './segment-flow';

const r = (x: number, decimals: number) => (Number.isFinite(x) ? Math.round(x * 10 ** decimals) / 10 ** decimals : null);

export function segmentFlowSeries(
  network: Network,
  cols: SegmentFlowColumns,
  segmentIndices: readonly number[],
  metrics: readonly SegmentMetricKey[],
  resolutionMs: number,
  maxPoints?: number,
): Series[] {
  const perBucket = Math.max(1, Math.round(resolutionMs / MINUTE_MS));
  const buckets = Math.ceil(cols.minutes / perBucket);
  const out: Series[] = [];
  for (const segIndex of segmentIndices) {
    const segment = network.segments[segIndex];
    if (!segment) continue;
    const values: Record<SegmentMetricKey, Float64Array> = {
      speedMps: new Float64Array(buckets),
      volume: new Float64Array(buckets),
      travelTimeS: new Float64Array(buckets),
      stops: new Float64Array(buckets),
    };
    const time = new Float64Array(buckets);
    for (let b = 0; b < buckets; b++) {
      let volume = 0;
      let stops = 0;
      let travel = 0;
      let traversals = 0;
      for (let m = b * perBucket; m < Math.min(cols.minutes, (b + 1) * perBucket); m++) {
        const row = segIndex * cols.minutes + m;
        volume += cols.volume[row] as number;
        stops += cols.stops[row] as number;
        travel += cols.travelTimeSumS[row] as number;
        traversals += cols.traversals[row] as number;
      }
      const meanTravel = traversals > 0 ? travel / traversals : Number.NaN;
      time[b] = cols.fromMs + b * perBucket * MINUTE_MS;
      values.volume[b] = volume;
      values.stops[b] = stops;
      values.travelTimeS[b] = meanTravel;
      values.speedMps[b] = segment.lengthM / meanTravel;
    }
    for (const metric of metrics) {
      const thinned =
        maxPoints !== undefined && buckets > maxPoints ? lttbKeepingGaps(time, values[metric], maxPoints) : { x: time, y: values[metric] };
      out.push({
        id: segment.id,
        metric,
        unit: SEGMENT_METRIC_UNITS[metric],
        time: Array.from(thinned.x),
        value: Array.from(thinned.y, (v) => r(v, metric === 'speedMps' ? 2 : 1)),
        ...sampleOf(thinned.x.length, MINUTE_MS, cols.minutes, thinned.x.length < buckets),
      });
    }
  }
  return out;
}
