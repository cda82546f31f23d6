/**
 * The city's own PM2.5 above the regional background: a two-layer box over the city. Emissions
 * (traffic on the weekday/weekend freeway profile, plus a steady share from heating, cooking and
 * industry) mix into the surface layer, whose depth is the weather's mixing height; the wind
 * ventilates the box across the city. When the layer collapses in the evening, what it held stays
 * aloft as a residual layer, and the growing morning layer takes it back in. So the morning rush
 * lands in a shallow layer (the morning peak), midday mixing dilutes it, the evening collapse
 * raises it again (FACTS.md C, the bimodal day), and an inversion, whose layer stays shallow and
 * calm for days, traps it. In cold air part of what the box holds turns into secondary particles
 * (ammonium nitrate, the Great Lakes' winter episode aerosol, FACTS.md I.3) at a rate proportional
 * to the primary load, so the secondary part grows with the square of the residence time: small
 * on an ordinary day, dominant in a stagnant week, as in the 35–60 µg/m³ episodes of FACTS.md I.3.
 *
 * Hour values are computed by UTC day, each day from a three-day spin-up, so an hour's value never
 * depends on which window asked for it; days are kept in a bounded map (≈ 200 B a day).
 */

import type { SimLevers } from '../simulation/simulation';
import { W_DTYPE, W_LHOUR, W_MIXH, W_TEMP, W_WIND, WEATHER_FIELDS, type WeatherCache } from '../weather/engine';
import { EV_PM_FACTOR, FREEWAY_PROFILES } from './line-sources';

/** Urban emission flux of primary PM2.5, µg/m² per second; calibrated to an urban share of about 2 µg/m³ a year. */
const URBAN_FLUX_UGM2S = 0.08;
/** Share of that flux from sources without a traffic rhythm (heating, cooking, industry) [assumption]. */
const STEADY_SHARE = 0.2;
/** Distance the wind carries the city's air before it leaves the box, m (Columbus is about 25 km across). */
const BOX_LENGTH_M = 40_000;
/** The urban night layer stays deeper than the rural one (heat island), m [assumption]. */
const MIN_LAYER_M = 150;
const SPIN_UP_HOURS = 72;
/** Secondary formation per hour per unit of primary load at 0 °C and below; calibrated to a full-strength inversion's 35–60 µg/m³ day (FACTS.md I.3). */
const SECONDARY_PER_HOUR = 0.45;
/** Secondary nitrate forms in cold air and evaporates in warm: full at 0 °C and below, none from this temperature up. */
const NITRATE_STABLE_BELOW_C = 15;

export class UrbanBox {
  private readonly days = new Map<number, Float64Array>();
  private readonly scratch = new Float64Array((SPIN_UP_HOURS + 25) * WEATHER_FIELDS);

  constructor(
    private readonly weather: WeatherCache,
    private readonly levers: Pick<SimLevers, 'evShare'>,
    private readonly maxDays = 800,
  ) {}

  /** Days currently held (bounded by the constructor's `maxDays`). */
  get dayCount(): number {
    return this.days.size;
  }

  /** Urban PM2.5, µg/m³, at the start of UTC hour `hourIndex` (hours since 1970). */
  at(hourIndex: number): number {
    const day = Math.floor(hourIndex / 24);
    return this.day(day)[hourIndex - day * 24] as number;
  }

  private day(dayIndex: number): Float64Array {
    let block = this.days.get(dayIndex);
    if (block) return block;
    block = new Float64Array(24);
    const first = dayIndex * 24 - SPIN_UP_HOURS;
    const n = SPIN_UP_HOURS + 24;
    const w = this.weather.hours(first, n - 1, this.scratch);
    const traffic = 1 - this.levers.evShare * (1 - EV_PM_FACTOR);
    let surface = 0;
    let secondary = 0;
    let residual = 0;
    let depthBefore = Math.max(MIN_LAYER_M, w[W_MIXH] as number);
    for (let i = 0; i < n; i++) {
      const o = i * WEATHER_FIELDS;
      const depth = Math.max(MIN_LAYER_M, w[o + W_MIXH] as number);
      const wind = Math.max(0.3, w[o + W_WIND] as number);
      if (depth > depthBefore) {
        // The growing layer takes the residual air back in (primary and secondary alike).
        const kept = depthBefore / depth;
        surface = surface * kept + residual * (1 - kept);
        secondary *= kept;
      } else if (depth < depthBefore) {
        residual = surface;
      }
      const profile = FREEWAY_PROFILES[w[o + W_DTYPE] as number] ?? FREEWAY_PROFILES[0];
      const rhythm = STEADY_SHARE + (1 - STEADY_SHARE) * 24 * (profile[w[o + W_LHOUR] as number] as number) * traffic;
      const ventilation = Math.exp((-3600 * wind) / BOX_LENGTH_M);
      const cold = Math.min(1, Math.max(0, 1 - (w[o + W_TEMP] as number) / NITRATE_STABLE_BELOW_C));
      secondary = (secondary + SECONDARY_PER_HOUR * cold * surface) * ventilation;
      surface = surface * ventilation + (URBAN_FLUX_UGM2S * rhythm * 3600) / depth;
      // Winds aloft are stronger: the residual layer clears about twice as fast.
      residual *= Math.exp((-7200 * wind) / BOX_LENGTH_M);
      depthBefore = depth;
      if (i >= SPIN_UP_HOURS) block[i - SPIN_UP_HOURS] = surface + secondary;
    }
    if (this.days.size >= this.maxDays) {
      const oldest = this.days.keys().next().value;
      if (oldest !== undefined) this.days.delete(oldest);
    }
    this.days.set(dayIndex, block);
    return block;
  }
}
