/**
 * Safety events the connected vehicles report, from their trips: hard braking and red-light-violation
 * warnings, placed on the map and named by segment and intersection.
 */
import { toLngLat } from '../common/geo';
import type { LngLat } from '../common/schemas';
import { HOUR_MS } from '../common/time';
import type { Simulation } from '../simulation/simulation';
import { type DirectionGeom, placeOnDirection, segmentAtS } from './network';
import type { SafetyEvent } from './schemas';
import { type Trip, tripsOverlapping } from './trips';
import { round, temporaryId, vehicleId } from './vehicles';

/**
 * Safety events reported by connected vehicles in `[fromMs, toMs)`, by time: hard braking
 * (≥ 3.4 m/s², ≈ 0.35 g) and red-light-violation warnings (issued 2 s before the stop bar).
 */
export function safetyEvents(sim: Simulation, fromMs: number, toMs: number): SafetyEvent[] {
  return timedSafetyEvents(sim, fromMs, toMs).map((timed) => timed.event);
}

/** A safety event with its exact instant (its `time` is rounded to the millisecond). */
export interface TimedSafetyEvent {
  event: SafetyEvent;
  tMs: number;
}

/** `safetyEvents` with each event's exact instant, for callers that cut the list again later. */
export function timedSafetyEvents(sim: Simulation, fromMs: number, toMs: number): TimedSafetyEvent[] {
  const out: TimedSafetyEvent[] = [];
  // Hour by hour, so a week's events never hold a week of trips at once (each event falls in one hour).
  for (let chunkFrom = fromMs; chunkFrom < toMs; chunkFrom = Math.min(toMs, chunkFrom + HOUR_MS)) {
    collectEvents(sim, chunkFrom, Math.min(toMs, chunkFrom + HOUR_MS), out);
  }
  return sortByTime(out);
}

/** Events in time order (stable: events of the same millisecond keep their trip order). */
export function sortByTime(events: TimedSafetyEvent[]): TimedSafetyEvent[] {
  return events.sort((a, b) => (a.event.time < b.event.time ? -1 : a.event.time > b.event.time ? 1 : 0));
}

function collectEvents(sim: Simulation, fromMs: number, toMs: number, out: TimedSafetyEvent[]): void {
  for (const trip of tripsOverlapping(sim, fromMs, toMs)) addTripEvents(sim, trip, fromMs, toMs, out);
}

const xy = new Float64Array(3);

/** Adds the events a connected trip reports in `[fromMs, toMs)` (none for a vehicle without an on-board unit). */
export function addTripEvents(sim: Simulation, trip: Trip, fromMs: number, toMs: number, out: TimedSafetyEvent[]): void {
  if (!trip.connected) return;
  const dir = sim.network.directions[trip.dirIndex] as DirectionGeom;
  for (const e of trip.events) {
    const t = e.tS * 1000;
    if (t < fromMs || t >= toMs) continue;
    placeOnDirection(sim.network, dir, e.s, xy);
    const position: LngLat = toLngLat(sim.network.projection, xy[0] as number, xy[1] as number);
    const event: SafetyEvent = {
      kind: e.kind,
      time: new Date(Math.round(t)).toISOString(),
      vehicleId: vehicleId(trip),
      temporaryId: temporaryId(trip, e.tS),
      corridorId: sim.network.corridors[dir.corridorIndex]?.corridor.id ?? '',
      segmentId: sim.network.segments[segmentAtS(dir, e.s - 0.01)]?.id ?? '',
      intersectionId: sim.network.intersections[e.intersection]?.id ?? null,
      position: [round(position[0], 6), round(position[1], 6)],
      speedMps: round(e.speedMps, 2),
      decelMps2: round(e.decelMps2, 2),
    };
    out.push({ event, tMs: t });
  }
}
