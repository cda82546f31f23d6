/**
 * Per-minute flow on every segment, from the trips that leave it: volume, travel time of the vehicles
 * that drove the whole segment, and stops. Exactly what a detector plus probe data would give.
 */
import { MINUTE_MS } from '../common/time';
import type { Simulation } from '../simulation/simulation';
import { type DirectionGeom, legAtS, segmentAtS } from './network';
import type { SegmentFlow } from './schemas';
import { phaseIndexAtS, timeInPhaseAtS } from './trip-kinematics';
import { type Trip, tripsOverlapping } from './trips';
import { round } from './vehicles';

/** Per-minute flow columns for every segment: row = segment × minutes + minute. */
export interface SegmentFlowColumns {
  fromMs: number;
  minutes: number;
  volume: Uint32Array;
  travelTimeSumS: Float64Array;
  /** Vehicles that travelled the whole segment (those with a travel time). */
  traversals: Uint32Array;
  stops: Uint32Array;
}

/** Zeroed flow columns for every segment over the minutes of `[fromMs, toMs)` (start floored to the minute). */
export function allocFlowColumns(sim: Simulation, fromMs: number, toMs: number): SegmentFlowColumns {
  const start = Math.floor(fromMs / MINUTE_MS) * MINUTE_MS;
  const minutes = Math.max(0, Math.ceil((toMs - start) / MINUTE_MS));
  const n = sim.network.segments.length * minutes;
  return {
    fromMs: start,
    minutes,
    volume: new Uint32Array(n),
    travelTimeSumS: new Float64Array(n),
    traversals: new Uint32Array(n),
    stops: new Uint32Array(n),
  };
}

/**
 * Per-segment, per-minute flow in `[fromMs, toMs)` (minute-aligned): vehicles leaving each segment,
 * their mean travel time and speed, and stops. Exactly what a detector plus probe data would give.
 */
export function segmentFlowColumns(sim: Simulation, fromMs: number, toMs: number): SegmentFlowColumns {
  const cols = allocFlowColumns(sim, fromMs, toMs);
  for (const trip of tripsOverlapping(sim, cols.fromMs, cols.fromMs + cols.minutes * MINUTE_MS)) addTripFlow(sim, cols, trip);
  return cols;
}

/** Adds one trip's segment exits, travel times and stops that fall in the columns' minutes. */
export function addTripFlow(sim: Simulation, cols: SegmentFlowColumns, trip: Trip): void {
  addTripFlowToBlocks(sim, [cols], 0, 0, trip);
}

/**
 * `addTripFlow` into each of `blocks[first..last]` (the hour blocks a trip is on the road in), each
 * exit time computed once for all of them: every block gets the same additions, in the same order,
 * as `addTripFlow` into it alone would make.
 */
export function addTripFlowToBlocks(sim: Simulation, blocks: readonly SegmentFlowColumns[], first: number, last: number, trip: Trip): void {
  const dir = sim.network.directions[trip.dirIndex] as DirectionGeom;
  const firstS = trip.phases[1] as number;
  const lastS = trip.phases[trip.phases.length - 3] as number;
  // Segments are in travel order, so the phase search moves forward only, and a segment's entry
  // time is the previous segment's exit time (the same position).
  let phase = 0;
  let entryT = Number.NaN;
  // The legs before the trip's start end at or before it: none has an exit to read.
  for (let k = legAtS(dir, firstS); k < dir.segments.length; k++) {
    const segIndex = dir.segments[k] as number;
    const seg = sim.network.segments[segIndex];
    if (!seg || seg.endS <= firstS) continue;
    if (seg.endS > lastS + 1e-6) break;
    const whole = seg.startS >= firstS;
    if (whole && Number.isNaN(entryT)) {
      phase = phaseIndexAtS(trip, seg.startS, phase);
      entryT = timeInPhaseAtS(trip, phase, seg.startS);
    }
    phase = phaseIndexAtS(trip, seg.endS, phase);
    const exitT = timeInPhaseAtS(trip, phase, seg.endS);
    for (let b = first; b <= last; b++) {
      const cols = blocks[b] as SegmentFlowColumns;
      const minutes = cols.minutes;
      const m = Math.floor((exitT * 1000 - cols.fromMs) / MINUTE_MS);
      if (m < 0 || m >= minutes) continue;
      const row = segIndex * minutes + m;
      cols.volume[row] = (cols.volume[row] as number) + 1;
      if (whole) {
        cols.travelTimeSumS[row] = (cols.travelTimeSumS[row] as number) + (exitT - entryT);
        cols.traversals[row] = (cols.traversals[row] as number) + 1;
      }
    }
    entryT = exitT;
  }
  for (let i = 0; i < trip.stops.length; i += 2) {
    const stopT = trip.stops[i] as number;
    for (let b = first; b <= last; b++) {
      const cols = blocks[b] as SegmentFlowColumns;
      const minutes = cols.minutes;
      const m = Math.floor((stopT * 1000 - cols.fromMs) / MINUTE_MS);
      if (m < 0 || m >= minutes) continue;
      const row = segmentAtS(dir, (trip.stops[i + 1] as number) - 0.01) * minutes + m;
      cols.stops[row] = (cols.stops[row] as number) + 1;
    }
  }
}

/** Per-minute flow records for the segments asked for (all when `segmentIds` is absent). */
export function segmentFlow(sim: Simulation, fromMs: number, toMs: number, segmentIds?: readonly string[]): SegmentFlow[] {
  const cols = segmentFlowColumns(sim, fromMs, toMs);
  const wanted = segmentIds
    ? segmentIds.map((id) => sim.network.segmentById.get(id) ?? -1).filter((i) => i >= 0)
    : sim.network.segments.map((s) => s.index);
  const out: SegmentFlow[] = [];
  for (const segIndex of wanted) {
    const seg = sim.network.segments[segIndex];
    if (!seg) continue;
    for (let m = 0; m < cols.minutes; m++) {
      const row = segIndex * cols.minutes + m;
      const traversals = cols.traversals[row] as number;
      const travelTime = traversals > 0 ? (cols.travelTimeSumS[row] as number) / traversals : null;
      out.push({
        segmentId: seg.id,
        start: new Date(cols.fromMs + m * MINUTE_MS).toISOString(),
        durationS: 60,
        volume: cols.volume[row] as number,
        speedMps: travelTime === null ? null : round(seg.lengthM / travelTime, 2),
        travelTimeS: travelTime === null ? null : round(travelTime, 1),
        stops: cols.stops[row] as number,
      });
    }
  }
  return out;
}
