/**
 * Per-minute segment flow assembled from cached hour blocks, like the air hour blocks: a vehicle
 * leaves a segment in exactly one minute, so the flow of `[a, c)` is the flow of `[a, b)` followed by
 * `[b, c)` and hour blocks can be shared by every request that overlaps them. A corridor chart that
 * follows the clock recomputes at most one new hour; a 24-hour window that cost ~1 s cold costs a
 * copy once its hours are cached.
 */

import { hourSpans } from '../common/hour-spans';
import { type BudgetCache, columnBytes, MemoryBudget, OBJECT_BYTES } from '../common/memory-budget';
import { HOUR_MS, MINUTE_MS } from '../common/time';
import type { Simulation } from '../simulation/simulation';
import { addTripEvents, sortByTime, type TimedSafetyEvent } from './safety-events';
import type { SafetyEvent } from './schemas';
import { addTripFlowToBlocks, allocFlowColumns, type SegmentFlowColumns } from './segment-flow';
import { type Trip, visitTripsOverlapping } from './trips';

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

  /**
   * The hour blocks of the hours starting at `firstHour`, … (`hours` of them), from the cache where
   * held; the missing ones are computed together, one pass per run of consecutive missing hours.
   */
  private hourBlocks(sim: Simulation, key: string, firstHour: number, hours: number): HourBlock[] {
    const out: (HourBlock | undefined)[] = [];
    for (let i = 0; i < hours; i++) out.push(this.blocks.get(`${key}|${firstHour + i * HOUR_MS}`));
    for (let i = 0; i < hours; ) {
      if (out[i]) {
        i++;
        continue;
      }
      let end = i;
      while (end < hours && !out[end]) end++;
      const run = computeRun(sim, firstHour + i * HOUR_MS, end - i);
      run.forEach((block, j) => {
        out[i + j] = block;
        this.blocks.set(`${key}|${firstHour + (i + j) * HOUR_MS}`, block);
      });
      i = end;
    }
    return out as HourBlock[];
  }

  /** The same events `safetyEvents(sim, fromMs, toMs)` gives, from the hour blocks. */
  events(sim: Simulation, key: string, fromMs: number, toMs: number): SafetyEvent[] {
    const out: SafetyEvent[] = [];
    const firstHour = Math.floor(fromMs / HOUR_MS) * HOUR_MS;
    // Each hour's list is in time order, and hours follow each other: the result is in order too.
    for (const block of this.hourBlocks(sim, key, firstHour, Math.ceil((toMs - firstHour) / HOUR_MS)))
      for (const { event, tMs } of block.events) if (tMs >= fromMs && tMs < toMs) out.push(event);
    return out;
  }

  /** The same columns `segmentFlowColumns(sim, fromMs, toMs)` gives (minute-aligned start), from hour blocks. */
  columns(sim: Simulation, key: string, fromMs: number, toMs: number): SegmentFlowColumns {
    const out = allocFlowColumns(sim, fromMs, toMs);
    const segments = sim.network.segments.length;
    const firstHour = Math.floor(out.fromMs / HOUR_MS) * HOUR_MS;
    const hours = out.minutes > 0 ? Math.ceil((out.fromMs + out.minutes * MINUTE_MS - firstHour) / HOUR_MS) : 0;
    const blocks = this.hourBlocks(sim, key, firstHour, hours);
    for (const { hourStart, offset, take, at } of hourSpans(out.fromMs, out.minutes)) {
      const block = (blocks[(hourStart - firstHour) / HOUR_MS] as HourBlock).flow;
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

/** The test `tripsOverlapping(sim, hourStart, hourStart + HOUR_MS)` applies to a trip. */
const onRoadIn = (trip: Trip, hourStart: number) => trip.startS < (hourStart + HOUR_MS) / 1000 && trip.endS > hourStart / 1000;

/**
 * The blocks of `hours` consecutive hours from `runFrom`, from one walk over the trips on the road in
 * them: each trip is built once (not once per hour it overlaps, nor kept in the trip store) and adds
 * its flow and events to every hour it overlaps, exactly as a walk over that hour's trips alone would
 * (the same trips, by the same test, in the same order), so a block does not depend on its run.
 */
function computeRun(sim: Simulation, runFrom: number, hours: number): HourBlock[] {
  const blocks: HourBlock[] = [];
  for (let i = 0; i < hours; i++)
    blocks.push({ flow: allocFlowColumns(sim, runFrom + i * HOUR_MS, runFrom + (i + 1) * HOUR_MS), events: [] });
  const flows = blocks.map((block) => block.flow);
  visitTripsOverlapping(sim, runFrom, runFrom + hours * HOUR_MS, (trip) => {
    // The hours whose test `tripsOverlapping(sim, hourStart, hourEnd)` the trip passes: a run of them.
    let lo = Math.max(0, Math.floor((trip.startS * 1000 - runFrom) / HOUR_MS) - 1);
    let hi = Math.min(hours - 1, Math.floor((trip.endS * 1000 - runFrom) / HOUR_MS) + 1);
    while (lo <= hi && !onRoadIn(trip, runFrom + lo * HOUR_MS)) lo++;
    while (hi >= lo && !onRoadIn(trip, runFrom + hi * HOUR_MS)) hi--;
    if (lo > hi) return;
    addTripFlowToBlocks(sim, flows, lo, hi, trip);
    for (let i = lo; i <= hi; i++) {
      const hourStart = runFrom + i * HOUR_MS;
      addTripEvents(sim, trip, hourStart, hourStart + HOUR_MS, (blocks[i] as HourBlock).events);
    }
  });
  for (const block of blocks) sortByTime(block.events);
  return blocks;
}
