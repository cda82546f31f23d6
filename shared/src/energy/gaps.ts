/**
 * Natural communication gaps in meter reads (FACTS.md D): 1% of meter-days lose a stretch of 15
 * minutes to 3 hours, placed on the UTC interval grid (a gap may run past local midnight). Each is a
 * pure hash of the meter's key and the UTC day, so any window finds the same gaps. The per-meter
 * engine fills the short ones (engine.ts); the load kernel only needs to know which meters may have
 * one in its window, as a bitset built from a memo of whole days.
 */
import { hashStep, mix32 } from '../common/rng';
import type { MeterPopulation } from './population';
import type { EnergyWindow } from './window';

/** Chance of a gap per meter and UTC day, and the longest gap (intervals). */
const GAP_DAILY_CHANCE = 0.01;
const GAP_MAX = 12;

/** The gap hash of a meter on UTC day `day`, when that day has a natural gap (else undefined). */
function gapHash(key: number, day: number): number | undefined {
  const h = hashStep((key ^ 0x3c6ef372) >>> 0, day);
  return h / 4294967296 < GAP_DAILY_CHANCE ? h : undefined;
}

/** UTC days whose gaps may touch global intervals `[first, end)` (a gap runs at most GAP_MAX intervals). */
const gapDays = (first: number, end: number) => [Math.floor((first - GAP_MAX) / 96), Math.floor((end - 1) / 96)] as const;

const NO_GAPS: ReadonlyArray<[number, number]> = [];

/** The natural gaps of a meter overlapping global intervals `[first, end)`: [first interval, length] each. */
export function naturalGaps(key: number, first: number, end: number): ReadonlyArray<[number, number]> {
  let out: Array<[number, number]> | undefined;
  const [from, to] = gapDays(first, end);
  for (let day = from; day <= to; day++) {
    const h = gapHash(key, day);
    if (h === undefined) continue;
    const start = day * 96 + (mix32(h ^ 0x2545f491) % 96);
    const length = 1 + (mix32(h ^ 0x5851f42d) % GAP_MAX);
    if (start >= end || start + length <= first) continue;
    out ??= [];
    out.push([start, length]);
  }
  return out ?? NO_GAPS;
}

/** An empty bitset of `count` meters (a bit each, meter `m` at bit `m & 31` of word `m >>> 5`). */
const meterBits = (count: number) => new Uint32Array(Math.ceil(count / 32));

/** Sets meter `m`'s bit. */
function setBit(bits: Uint32Array, m: number): void {
  bits[m >>> 5] = (bits[m >>> 5] as number) | (1 << (m & 31));
}

/** Whether meter `m`'s bit is set in a bitset of meters. */
export const hasBit = (bits: Uint32Array, m: number): boolean => (((bits[m >>> 5] as number) >>> (m & 31)) & 1) === 1;

/** UTC days whose gap bits stay memoised per population: a week's blocks and the days either side (14 KB a day at 110,000 meters). */
const GAP_DAYS_KEPT = 9;
const gapDayMemo = new WeakMap<MeterPopulation, Map<number, Uint32Array>>();

/** Meters with a natural gap on UTC day `day`, a bit each: one hash per meter and day, memoised for the last few days. */
function gapDayBits(pop: MeterPopulation, day: number): Uint32Array {
  let days = gapDayMemo.get(pop);
  if (!days) {
    days = new Map();
    gapDayMemo.set(pop, days);
  }
  let bits = days.get(day);
  if (!bits) {
    bits = meterBits(pop.count);
    for (let m = 0; m < pop.count; m++) if (gapHash(pop.keys[m] as number, day) !== undefined) setBit(bits, m);
    days.set(day, bits);
    if (days.size > GAP_DAYS_KEPT) days.delete(days.keys().next().value as number);
  }
  return bits;
}

/**
 * The meters whose reads in the window may differ from their raw reads, a bit each: a natural gap
 * on a day that could touch the window, or an injected fault (the kernel's test for its plain path).
 * The gap days are hashed once per meter and day, not once per meter and window (a day is four blocks).
 */
export function flaggedMeters(win: EnergyWindow): Uint32Array {
  const pop = win.sim.meters;
  const flagged = meterBits(pop.count);
  const [from, to] = gapDays(win.firstInterval, win.firstInterval + win.n);
  for (let day = from; day <= to; day++) {
    const bits = gapDayBits(pop, day);
    for (let w = 0; w < flagged.length; w++) flagged[w] = (flagged[w] as number) | (bits[w] as number);
  }
  for (const m of pop.faults.keys()) setBit(flagged, m);
  return flagged;
}
