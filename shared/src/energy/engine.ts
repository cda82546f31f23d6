/**
 * Smart meters: 15-minute interval energy per meter. The population is built in population.ts, the
 * time-only inputs of a window in window.ts, the class shapes and parameters in meter-classes.ts,
 * sums over many meters in load.ts (with a faster kernel, load-kernel.ts, that the property tests
 * hold to these per-meter numbers).
 *
 * kWh = [occupancy load shape (class × weekday/weekend/holiday, local clock, per-meter size and
 *        timing) × (1 + 12 % noise) + a home's clothes dryer cycles (appliances.ts) + cooling above
 *        the set point + heating below the balance point (heat pump or gas furnace fan)] × 0.25 h + EV charging sessions − rooftop PV (irradiance ×
 *        nameplate × 0.82), zeroed during feeder outages. Demand response raises participants'
 *        cooling set point, lowers their heating, and defers their EV charging to the window end; the
 *        time-of-use lever starts charging at 23:00. Calibration targets (FACTS.md D): residential
 *        ≈ 10,715 kWh/yr (EIA 2020), evening peak 18–21 h.
 *
 * The meter data system's view (VEE, FACTS.md D): a ~1% daily chance of a communication gap per
 * meter, placed anywhere on the clock (it may run on past midnight; gaps.ts); gaps of an hour or less are
 * estimated by straight-line interpolation between the reads either side, longer ones stay missing.
 * Injected `meter-estimated` spans are filled from a reference day (the same meter a week earlier),
 * `meter-missing` spans are missing.
 */
import type { MeterClass } from '../city/schemas';
import { hashStep, mix32 } from '../common/rng';
import { DAY_MS, HOUR_MS } from '../common/time';
import type { Simulation } from '../simulation/simulation';
import { DRYER_KW, dryerDrawOf, dryerKwOver } from './appliances';
import { naturalGaps } from './gaps';
import { CLASSES, PARAMS } from './meter-classes';
import { meterId, meterIndex } from './population';
import type { Meter, MeterReading } from './schemas';
import { coolRowOf, type EnergyWindow, energyWindow, INTERVAL_MS, MARGIN, referenceWindow } from './window';

export { dayTypeOfLocalDay, type EnergyWindow, energyWindow, INTERVAL_MS, MARGIN, outagesBetween, referenceWindow } from './window';

/** Quality codes in typed arrays. */
export const QUALITY_ACTUAL = 0;
export const QUALITY_ESTIMATED = 1;
export const QUALITY_MISSING = 2;
const QUALITY_NAMES = ['actual', 'estimated', 'missing'] as const;
/** How an estimated read was made (`MeterIntervals.method`). */
export const ESTIMATED_BY_INTERPOLATION = 1;
export const ESTIMATED_FROM_REFERENCE_DAY = 2;

/** The longest natural gap filled by interpolation (intervals); longer ones stay missing (gaps.ts). */
const INTERPOLATE_MAX = 4;
/** Scale of the Irwin–Hall byte sum to unit variance (see `gaussianFast`). */
const SUM4 = 0.0067658;
/** Relative noise of a meter's base load per interval. */
export const BASE_NOISE = 0.12;

/** Columns of one meter's intervals. */
export interface MeterIntervals {
  meterId: string;
  startMs: number;
  n: number;
  /** Net kWh (import − export); NaN when missing. */
  kwh: Float64Array;
  importKwh: Float64Array;
  exportKwh: Float64Array;
  quality: Uint8Array;
  /** For estimated reads, how (`ESTIMATED_BY_*`); 0 otherwise. */
  method: Uint8Array;
}

export function allocMeterIntervals(meterId: string, startMs: number, n: number): MeterIntervals {
  return {
    meterId,
    startMs,
    n,
    kwh: new Float64Array(n),
    importKwh: new Float64Array(n),
    exportKwh: new Float64Array(n),
    quality: new Uint8Array(n),
    method: new Uint8Array(n),
  };
}

/**
 * The EV session of meter `m` on a local day of type `dayType`, as [start, end] in local hours after
 * that day's midnight ([0, 0] when it does not charge that day), deferred past a demand-response
 * window for participants. `midnightMs` is that day's local midnight.
 */
function evSession(win: EnergyWindow, m: number, localDay: number, dayType: number, midnightMs: number, out: Float64Array, at: number) {
  const { sim } = win;
  const classCode = sim.meters.classCode[m] as number;
  const p = PARAMS[CLASSES[classCode] as MeterClass];
  const h = hashStep((sim.meters.keys[m] as number) ^ 0x27d4eb2f, localDay);
  if ((h >>> 0) / 4294967296 >= p.evDailyChance) {
    out[at] = 0;
    out[at + 1] = 0;
    return;
  }
  const kwh = p.evKwhPerDay * (0.4 + 1.2 * (mix32(h ^ 0x165667b1) / 4294967296));
  const u = mix32(h ^ 0x61c88647) / 4294967296;
  let start: number;
  if (classCode === 0) start = sim.levers.evTimeOfUse ? 23 + u : dayType === 0 ? 17 + 3.5 * u ** 1.3 : 11 + 9 * u;
  else if (classCode === 1)
    start = 8 + 2 * u; // workplace charging on arrival
  else start = 20 + 4 * u; // depot charging overnight
  const startMs = midnightMs + start * HOUR_MS;
  // A participant's session that would start inside the demand-response window waits for its end.
  if ((sim.meters.drParticipant[m] as number) === 1 && startMs >= win.drFromMs && startMs < win.drToMs) {
    start += (win.drToMs - startMs) / HOUR_MS;
  }
  out[at] = start;
  out[at + 1] = start + kwh / (sim.meters.evKw[m] as number);
}

/**
 * One read, kWh: base and HVAC load (kW) over the quarter hour, EV energy, minus PV energy, all off
 * during an outage (`on` 0–1), plus the base load's noise. The per-meter engine and the load
 * kernel both compute a read with this, so a sum over meters is the sum of their reads to the bit.
 */
export function readKwh(baseKw: number, hvacKw: number, evKwh: number, pvKwh: number, on: number, z: number): number {
  return ((baseKw + hvacKw) * 0.25 + evKwh - pvKwh) * on + baseKw * 0.25 * BASE_NOISE * z * on;
}

/** Today's and yesterday's sessions of the meter, [today start, end, yesterday start, end]. */
const SESSIONS = new Float64Array(4);

/**
 * Meter `m`'s reads as the meter measured them (noise included, no VEE) for window intervals
 * `[from, to)`, into `out` from `offset`. `from` may be as low as −4 and `to` as high as n + 4.
 */
export function rawInto(win: EnergyWindow, m: number, from: number, to: number, out: Float64Array, offset = 0): void {
  const pop = win.sim.meters;
  const classCode = pop.classCode[m] as number;
  const p = PARAMS[CLASSES[classCode] as MeterClass];
  const size = pop.size[m] as number;
  const baseKw = p.baseKw * size;
  const coolK = p.acShare * p.coolKwPerC * size;
  const heatK = ((pop.electricHeat[m] as number) === 1 ? p.heatKwPerC : p.fanKwPerC) * size;
  const pvKw = pop.pvKw[m] as number;
  const hasEv = (pop.hasEv[m] as number) === 1;
  const evKw = pop.evKw[m] as number;
  const dr = (pop.drParticipant[m] as number) === 1;
  const key = pop.keys[m] as number;
  const width = win.width;
  const schedule = pop.schedule[m] as number;
  const shapeRow = schedule * width + MARGIN + (pop.shift[m] as number);
  const row = schedule * width + MARGIN;
  const coolRow = coolRowOf(win, schedule, pop.coolCohort[m] as number, pop.shift[m] as number);
  const outageRow = (pop.feeder[m] as number) * width + MARGIN;
  const cool = dr ? win.coolDr : win.cool;
  const heat = dr ? win.heatDr : win.heat;
  const { localDay, localHour, dayType, prevDayType, noiseWord, dryerWord, pvYield, outage } = win.wide;
  const shape = win.shape;
  const dryer = classCode === 0;
  // A home's dryer draw × DRYER_KW for the current hour: a changed word is a new hour (appliances.ts).
  let word = -1;
  let drawKw = 0;
  let day = Number.NaN;
  // Today's and yesterday's charging sessions, local hours from that day's midnight (evSession).
  let todayFrom = 0;
  let todayTo = 0;
  let yesterdayFrom = 0;
  let yesterdayTo = 0;
  for (let k = from; k < to; k++) {
    const i = k + MARGIN;
    let ev = 0;
    if (hasEv) {
      const x0 = localHour[i] as number;
      if (localDay[i] !== day) {
        day = localDay[i] as number;
        const midnightMs = win.startMs + k * INTERVAL_MS - x0 * HOUR_MS;
        evSession(win, m, day, dayType[i] as number, midnightMs, SESSIONS, 0);
        evSession(win, m, day - 1, prevDayType[i] as number, midnightMs - DAY_MS, SESSIONS, 2);
        todayFrom = SESSIONS[0] as number;
        todayTo = SESSIONS[1] as number;
        yesterdayFrom = SESSIONS[2] as number;
        yesterdayTo = SESSIONS[3] as number;
      }
      const x1 = x0 + 0.25;
      // Outside both sessions each overlap is max(0, ≤ 0) = +0 and so is ev: skip the arithmetic.
      if ((x1 > todayFrom && x0 < todayTo) || (x1 + 24 > yesterdayFrom && x0 + 24 < yesterdayTo))
        ev =
          evKw *
          (Math.max(0, Math.min(x1, todayTo) - Math.max(x0, todayFrom)) +
            Math.max(0, Math.min(x1 + 24, yesterdayTo) - Math.max(x0 + 24, yesterdayFrom)));
    }
    const z = readNoise(key, noiseWord[i] as number);
    const base = baseKw * (shape[shapeRow + k] as number);
    const on = 1 - (outage[outageRow + k] as number);
    let hvac = coolK * (cool[coolRow + k] as number) + heatK * (heat[row + k] as number);
    if (dryer) {
      const w = dryerWord[i] as number;
      if (w !== word) {
        word = w;
        drawKw = dryerDrawOf(key, w) * DRYER_KW;
      }
      hvac += dryerKwOver(base, drawKw);
    }
    out[offset + k - from] = readKwh(base, hvac, ev, pvKw * (pvYield[i] as number), on, z);
  }
}

/** The noise of a read: an approximately normal deviate (±3.45) from the meter key and the interval's word. */
export function readNoise(key: number, noiseWord: number): number {
  let h = (key ^ noiseWord) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  h >>>= 0;
  return ((h & 0xff) + ((h >>> 8) & 0xff) + ((h >>> 16) & 0xff) + (h >>> 24) - 510) * SUM4;
}

const ONE = new Float64Array(1);
/** One raw read at window interval `k` (−4 ≤ k < n + 4). */
function rawAt(win: EnergyWindow, m: number, k: number): number {
  rawInto(win, m, k, k + 1, ONE);
  return ONE[0] as number;
}

/**
 * Fills `out` with one meter's 15-minute intervals of the window: net, import and export kWh and the
 * VEE quality flag. Missing intervals are NaN with flag `missing`.
 */
export function meterIntervalsInto(sim: Simulation, win: EnergyWindow, m: number, out: MeterIntervals): void {
  const n = win.n;
  const { kwh, importKwh, exportKwh, quality, method } = out;
  rawInto(win, m, 0, n, kwh);
  quality.fill(QUALITY_ACTUAL, 0, n);
  method.fill(0, 0, n);
  const first = win.firstInterval;
  const gaps = naturalGaps(sim.meters.keys[m] as number, first, first + n);
  const faults = sim.meters.faults.size > 0 ? sim.meters.faults.get(m) : undefined;
  if (gaps.length === 0 && faults === undefined) {
    // Every read actual (most meters, most days): net split into import and export.
    for (let j = 0; j < n; j++) {
      const net = kwh[j] as number;
      importKwh[j] = Math.max(net, 0);
      exportKwh[j] = net < 0 ? -net : 0;
    }
    return;
  }
  for (const [start, length] of gaps) {
    const a = start - first;
    const b = a + length;
    const before = length <= INTERPOLATE_MAX ? rawAt(win, m, a - 1) : 0;
    const after = length <= INTERPOLATE_MAX ? rawAt(win, m, b) : 0;
    for (let j = Math.max(0, a); j < Math.min(n, b); j++) {
      if (length > INTERPOLATE_MAX) {
        quality[j] = QUALITY_MISSING;
        continue;
      }
      kwh[j] = before + ((after - before) * (j - a + 1)) / (length + 1);
      quality[j] = QUALITY_ESTIMATED;
      method[j] = ESTIMATED_BY_INTERPOLATION;
    }
  }
  for (const fault of faults ?? []) {
    const a = Math.max(0, Math.ceil((fault.fromMs - win.startMs) / INTERVAL_MS));
    const b = Math.min(n, Math.ceil((fault.toMs - win.startMs) / INTERVAL_MS));
    if (a >= b) continue;
    if (fault.kind === 'meter-missing') quality.fill(QUALITY_MISSING, a, b);
    else {
      rawInto(referenceWindow(win), m, a, b, kwh, a);
      quality.fill(QUALITY_ESTIMATED, a, b);
      method.fill(ESTIMATED_FROM_REFERENCE_DAY, a, b);
    }
  }
  for (let j = 0; j < n; j++) {
    if (quality[j] === QUALITY_MISSING) {
      kwh[j] = Number.NaN;
      importKwh[j] = Number.NaN;
      exportKwh[j] = Number.NaN;
    } else {
      const net = kwh[j] as number;
      importKwh[j] = Math.max(net, 0);
      exportKwh[j] = net < 0 ? -net : 0;
    }
  }
}

/** The index of a meter id; a RangeError when the population has none. */
export function requireMeter(sim: Simulation, id: string): number {
  const m = meterIndex(sim.meters, id);
  if (m === undefined) throw new RangeError(`unknown meter "${id}"`);
  return m;
}

/** One meter's 15-minute intervals in `[fromMs, toMs)` as columns. kWh per interval; net can be negative (PV export). */
export function meterIntervals(sim: Simulation, id: string, fromMs: number, toMs: number): MeterIntervals {
  const m = requireMeter(sim, id);
  const win = energyWindow(sim, fromMs, toMs);
  const out = allocMeterIntervals(id, win.startMs, win.n);
  meterIntervalsInto(sim, win, m, out);
  return out;
}

const r4 = (x: number) => Math.round(x * 10_000) / 10_000;

/**
 * The API record of interval `j` of a meter's columns (kWh to 0.1 Wh; `null` where missing). Pass
 * `start` when many meters share the interval, to format the time once.
 */
export function meterReadingAt(
  series: MeterIntervals,
  j: number,
  start = new Date(series.startMs + j * INTERVAL_MS).toISOString(),
): MeterReading {
  const q = series.quality[j] as number;
  const missing = q === QUALITY_MISSING;
  return {
    meterId: series.meterId,
    start,
    durationS: 900,
    kwh: missing ? null : r4(series.kwh[j] as number),
    importKwh: missing ? null : r4(series.importKwh[j] as number),
    exportKwh: missing ? null : r4(series.exportKwh[j] as number),
    quality: QUALITY_NAMES[q] ?? 'actual',
  };
}

/** API records of a meter's intervals (kWh to 0.1 Wh; `null` where missing). */
export function meterReadings(series: MeterIntervals): MeterReading[] {
  const out: MeterReading[] = [];
  for (let j = 0; j < series.n; j++) out.push(meterReadingAt(series, j));
  return out;
}

/** Meter `m` as the inventory API shows it. */
export function meterRecord(sim: Simulation, m: number): Meter {
  const pop = sim.meters;
  return {
    id: meterId(pop, m),
    meterClass: CLASSES[pop.classCode[m] as number] as MeterClass,
    districtId: pop.districtIds[pop.district[m] as number] as string,
    feederId: pop.feederIds[pop.feeder[m] as number] as string,
    hasPv: (pop.hasPv[m] as number) === 1,
    pvKw: Math.round((pop.pvKw[m] as number) * 10) / 10,
    hasEv: (pop.hasEv[m] as number) === 1,
    evChargerKw: pop.evKw[m] as number,
    hasElectricHeat: (pop.electricHeat[m] as number) === 1,
  };
}
