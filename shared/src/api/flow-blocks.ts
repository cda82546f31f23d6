/**
 * Per-minute segment flow assembled from cached hour blocks, like the air hour blocks: a vehicle
 * leaves a segment in exactly one minute, so the flow of `[a, c)` is the flow of `[a, b)` followed by
 * `[b, c)` and hour blocks can be shared by every request that overlaps them. A corridor chart that
 * follows the clock recomputes at most one new hour; a 24-hour window that cost ~1 s cold costs a
 * copy once its hours are cached.
 */
import type { Simulation } from '../sim/context';
import { allocFlowColumns, type SegmentFlowColumns, segmentFlowColumns } from '../sim/mobility/vehicles';
import { HOUR_MS } from '../sim/time';
import { LruCache } from '../util/lru';
import { hourSpans } from './hour-spans';

export class FlowBlocks {
  /** ≈ 20 bytes per segment-minute: 90 KB an hour for Columbus's 74 segments; 192 blocks ≈ 17 MB. */
  private readonly blocks = new LruCache<SegmentFlowColumns>(192);

  private block(sim: Simulation, key: string, hourStart: number): SegmentFlowColumns {
    return this.blocks.getOrCompute(`${key}|${hourStart}`, () => segmentFlowColumns(sim, hourStart, hourStart + HOUR_MS));
  }

  /** The same columns `segmentFlowColumns(sim, fromMs, toMs)` gives (minute-aligned start), from hour blocks. */
  columns(sim: Simulation, key: string, fromMs: number, toMs: number): SegmentFlowColumns {
    const out = allocFlowColumns(sim, fromMs, toMs);
    const segments = sim.network.segments.length;
    for (const { hourStart, offset, take, at } of hourSpans(out.fromMs, out.minutes)) {
      const block = this.block(sim, key, hourStart);
      for (let s = 0; s < segments; s++) {
        const from = s * 60 + offset;
        const to = s * out.minutes + at;
        out.volume.set(block.volume.subarray(from, from + take), to);
        out.travelTimeSumS.set(block.travelTimeSumS.subarray(from, from + take), to);
        out.traversals.set(block.traversals.subarray(from, from + take), to);
        out.stops.set(block.stops.subarray(from, from + take), to);
      }
    }
    return out;
  }
}
