/**
 * Appliance bursts in a home's load: the clothes dryer. A home's base load is the class's expected
 * occupancy load, smooth from hour to hour; a real home's meter sees appliances switch on at a few
 * kilowatts for a cycle and off again, so its own highest hour sits far above its mean and rarely at
 * the neighbours' hour. The dryer is the largest such appliance with a cited share of the energy.
 *
 * - Share: clothes dryers use 6% of US household electricity (EIA, RECS 2001 end-use consumption;
 *   data/README.md). With the class's 10,715 kWh a year (the calibration reference, FACTS.md D) that is
 *   643 kWh, which the model moves out of the smooth base load (0.88 kW mean, 7,714 kWh a year) into
 *   dryer cycles: `DRYER_SHARE_OF_BASE` = 643 / 7,714. Energy-neutral by construction: a home's
 *   expected load at every interval is unchanged, so class, district and city sums keep their shape.
 * - Power: 3.4 kW while it runs, the midpoint of DOE's 1,800–5,000 W nameplate range for clothes
 *   dryers (data/README.md).
 * - Timing: one cycle fills one clock hour. Whether a home's dryer runs in an hour is a draw keyed on
 *   the meter and the absolute hour (deterministic, the same whichever window asks: window-splitting
 *   safe), with the chance that makes its expected energy the moved share of the base load at that
 *   moment: dryers run when the household is active, as the base shape says. About 0.5 cycles a day.
 *
 * Not tuned to any figure: the residential coincidence factor and load factor it moves are held out.
 */
import { mix32 } from '../common/rng';

export const DRYER_KW = 3.4;
/** Dryer energy ÷ the residential class's base-load energy (see above): 0.06 × 10,715 / (0.88 × 8,766). */
export const DRYER_SHARE_OF_BASE = (0.06 * 10_715) / (0.88 * 8766);
const TWO_POW_32 = 4294967296;
const DRYER_SALT = 0x6d2b79f5;
/** Intervals per clock hour (15-minute reads): 4 = 2^2. */
const PER_HOUR_BITS = 2;

/** The dryer's draw for the meter's key in absolute hour `hour`: uniform in [0, 1). */
export function dryerDraw(key: number, hour: number): number {
  return dryerDrawOf(key, dryerHourWord(hour));
}

/**
 * The half of the draw's hash that depends on the hour alone (`combine`'s mix of its word, rng.ts):
 * the same for every home, so a pass over many homes mixes it once an hour, not once a home.
 */
export function dryerHourWord(hour: number): number {
  return mix32((hour >>> 0) + 0x9e3779b9);
}

/** `dryerDraw(key, hour)` from the hour's word: `combine((key ^ salt) >>> 0, hour)` with its second mix done. */
export function dryerDrawOf(key: number, hourWord: number): number {
  return mix32((((key ^ DRYER_SALT) >>> 0) ^ hourWord) >>> 0) / TWO_POW_32;
}

/** The absolute hour of global interval `interval` (15-minute intervals since 1970, below 2^31 until 2581). */
export const hourOfInterval = (interval: number) => interval >> PER_HOUR_BITS;

/**
 * The dryer's part of a read's load, kW, for a home whose base load is `baseKw` now and whose draw
 * for this hour is `draw`: the dryer's power when it runs, less the share of the base load it
 * replaces (so the expectation over draws is zero).
 */
export function dryerKw(baseKw: number, draw: number): number {
  return dryerKwOver(baseKw, draw * DRYER_KW);
}

/**
 * `dryerKw(baseKw, draw)` given `draw × DRYER_KW`, which is the same for the four reads of an hour:
 * the dryer runs while that product is below the base load it replaces.
 */
export function dryerKwOver(baseKw: number, drawKw: number): number {
  const replaced = DRYER_SHARE_OF_BASE * baseKw;
  return (drawKw < replaced ? DRYER_KW : 0) - replaced;
}
