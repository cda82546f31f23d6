/**
 * Per-minute segment flow assembled from cached hour blocks, like the air hour blocks: a vehicle
 * leaves a segment in exactly one minute, so the flow of `[a, c)` is the flow of `[a, b)` followed by
 * `[b, c)` and hour blocks can be shared by every request that overlaps them. A corridor chart that
 * follows the clock recomputes at most one new hour; a 24-hour window that cost ~1 s cold costs a
 * copy once its hours are cached.
 */

import { hourSpans } from '../common/hour-spans';
import { type BudgetCache, columnBytes, MemoryBudget, OBJECT_BYTES } from '../common/memory-budget';
import { HOUR_MS } from '../common/time';
import type { Simulation } from '../simulation/simulation';
import { addTripEvents, sortByTime, type TimedSafetyEvent } from './safety-events';
import type { SafetyEvent } from './schemas';
import { addTripFlow, allocFlowColumns, type SegmentFlowColumns } from './segment-flow';
import { releaseTripsBefore, tripsOverlapping } from './trips';

/** An hour of flow and the safety events of the same hour: both come from one pass over its trips. */
interface HourBlock {
  flow: SegmentFlowColumns;
  events: TimedSafetyEvent[];
}

/** A safety event as stored: an object of ten fields, four of them short strings. */
const EVENT_BYTES = 6 * OBJECT_BYTES;

export class FlowBlocks {
  /** ≈ 20 bytes per segment-minute: 90 KB an hour for Columbus's 74 segments, under the service's memory budget. */
  private readonly blocks: BudgetCache<HourBlock>;

  constructor(budget = new MemoryBudget(32 * 1024 * 1024)) {
    this.blocks = budget.cache<HourBlock>('flow-hours', (block) => columnBytes(block.flow) + block.events.length * EVENT_BYTES);
  }

  private block(sim: Simulation, key: string, hourStart: number): HourBlock {
    return this.blocks.getOrCompute(`${key}|${hourStart}`, () => {
      const hourEnd = hourStart + HOUR_MS;
      // One walk over the hour's trips gives both (a peak hour's trips outgrow the trip store, so a
      // second walk would build many of them again).
      const flow = allocFlowColumns(sim, hourStart, hourEnd);
      const events: TimedSafetyEvent[] = [];
      for (const trip of tripsOverlapping(sim, hourStart, hourEnd)) {
        addTripFlow(sim, flow, trip);
        addTripEvents(sim, trip, hourStart, hourEnd, events);
      }
      const block = { flow, events: sortByTime(events) };
      // Keep only the trips still on the road at the hour's end: the warm-up of the next hour a
      // sliding chart will ask for. The rest would sit in the store (up to its 24 MB) long after the
      // query that built them, for every scenario ever asked.
      releaseTripsBefore(sim, hourEnd);
      return block;
    });
  }

  /** The same events `safetyEvents(sim, fromMs, toMs)` gives, from the hour blocks. */
  events(sim: Simulation, key: string, fromMs: number, toMs: number): SafetyEvent[] {
    const out: SafetyEvent[] = [];
    for (let hourStart = Math.floor(fromMs / HOUR_MS) * HOUR_MS; hourStart < toMs; hourStart += HOUR_MS) {
      // Each hour's list is in time order, and hours follow each other: the result is in order too.
      for (const { event, tMs } of this.block(sim, key, hourStart).events) if (tMs >= fromMs && tMs < toMs) out.push(event);
    }
    return out;
  }

  /** The same columns `segmentFlowColumns(sim, fromMs, toMs)` gives (minute-aligned start), from hour blocks. */
  columns(sim: Simulation, key: string, fromMs: number, toMs: number): SegmentFlowColumns {
    const out = allocFlowColumns(sim, fromMs, toMs);
    const segments = sim.network.segments.length;
    for (const { hourStart, offset, take, at } of hourSpans(out.fromMs, out.minutes)) {
      const block = this.block(sim, key, hourStart).flow;
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
