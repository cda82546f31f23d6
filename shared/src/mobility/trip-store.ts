/**
 * The trips a simulation has built, by (minute, direction) slot, bounded in bytes. A trip is a pure
 * function of its slot, so the store only saves rebuilding: a live clock asks for the same ~40
 * minutes of slots every frame. (Flow hour blocks keep no trips: they build each one, use it and drop
 * it, and only note each slot's latest end here.) Keeping every slot a long query touched was the
 * single largest cost of a scenario (~180 MB for a day of Columbus); the cap keeps a few hours of the
 * most recently used slots instead.
 */
import type { Trip } from './trips';

/**
 * Default cap: about two hours of Columbus's busiest slots (an hour of vehicles or events needs the
 * hour and the 40 minutes of warm-up before it). Set when flow hour blocks still used the store: at
 * 12 MB the peak hours rebuilt part of their warm-up, a cold day of flow took 1.4 s instead of 0.9 s.
 */
export const DEFAULT_TRIP_STORE_BYTES = 24 * 1024 * 1024;

/**
 * Estimated bytes of a trip: its phase array, stops and events, plus the objects themselves
 * (calibrated against the heap after a forced GC: a day of Columbus trips, ≈ 1.2 KB a trip).
 */
export function tripBytes(trip: Trip): number {
  return trip.phases.byteLength + 16 * trip.stops.length + 96 * trip.events.length + 800;
}

interface Slot {
  trips: Trip[];
  bytes: number;
}

/**
 * Each slot's latest trip end is kept after its trips are dropped (a Map entry, ~48 bytes), up to
 * this many slots (about four days of eight directions): a window that starts later than every trip
 * of a slot ended never needs those trips again, so the warm-up of a window (the 40 minutes before
 * it) rebuilds only the slots whose trips may still be on the road.
 */
const MAX_END_SUMMARIES = 50_000;
export const END_SUMMARY_BYTES = 48;

export class TripStore {
  /** Map order is the LRU order. */
  private readonly slots = new Map<number, Slot>();
  /** Latest end (s since 1970) of the trips of each slot built, in the order first built. */
  private readonly lastEnds = new Map<number, number>();
  private held = 0;
  /** Told the store's size after every change (a shared memory budget accounts for it). */
  onResize: ((bytes: number) => void) | undefined;

  constructor(readonly maxBytes = DEFAULT_TRIP_STORE_BYTES) {}

  /** Slots held. */
  get size(): number {
    return this.slots.size;
  }

  /** Estimated bytes held. */
  get bytes(): number {
    return this.held;
  }

  /** The latest end of a slot's trips, s since 1970, if the slot was built (its trips may since be dropped). */
  lastEndOf(slotKey: number): number | undefined {
    return this.lastEnds.get(slotKey);
  }

  get(slotKey: number): Trip[] | undefined {
    const slot = this.slots.get(slotKey);
    if (!slot) return undefined;
    this.slots.delete(slotKey);
    this.slots.set(slotKey, slot);
    return slot.trips;
  }

  set(slotKey: number, trips: Trip[]): void {
    this.drop(slotKey);
    let bytes = 64;
    let lastEnd = Number.NEGATIVE_INFINITY;
    for (const trip of trips) {
      bytes += tripBytes(trip);
      if (trip.endS > lastEnd) lastEnd = trip.endS;
    }
    this.remember(slotKey, lastEnd);
    this.slots.set(slotKey, { trips, bytes });
    this.held += bytes;
    for (const key of this.slots.keys()) {
      if (this.held <= this.maxBytes) break;
      if (key !== slotKey) this.drop(key);
    }
    this.onResize?.(this.held);
  }

  /** Notes the latest end of a slot's trips that were built but not kept (a pass that drops them as it goes). */
  noteLastEnd(slotKey: number, lastEnd: number): void {
    const before = this.held;
    this.remember(slotKey, lastEnd);
    if (this.held !== before) this.onResize?.(this.held);
  }

  /** Drops the slots whose key passes `test` (a forward walk releasing what it passed). */
  releaseWhere(test: (slotKey: number) => boolean): void {
    const before = this.held;
    for (const key of this.slots.keys()) if (test(key)) this.drop(key);
    if (this.held !== before) this.onResize?.(this.held);
  }

  clear(): void {
    this.slots.clear();
    this.lastEnds.clear();
    this.held = 0;
    this.onResize?.(0);
  }

  private remember(slotKey: number, lastEnd: number): void {
    if (!this.lastEnds.has(slotKey)) this.held += END_SUMMARY_BYTES;
    this.lastEnds.set(slotKey, lastEnd);
    if (this.lastEnds.size <= MAX_END_SUMMARIES) return;
    for (const key of this.lastEnds.keys()) {
      this.lastEnds.delete(key);
      this.held -= END_SUMMARY_BYTES;
      break;
    }
  }

  private drop(slotKey: number): void {
    const slot = this.slots.get(slotKey);
    if (!slot) return;
    this.slots.delete(slotKey);
    this.held -= slot.bytes;
  }
}
