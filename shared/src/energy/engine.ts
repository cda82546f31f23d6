/**
 * Smart meters: 15-minute interval energy per meter. The population is built in population.ts, the
 * class shapes and parameters live in meter-classes.ts, sums over many meters in load.ts.
 *
 * kWh = [occupancy load shape (class × weekday/weekend/holiday, local clock, per-meter size and
 *        timing) + cooling above the set point + heating below the balance point (heat pump or gas
 *        furnace fan)] × 0.25 h + EV charging sessions − rooftop PV (irradiance × nameplate × 0.82)
 * zeroed during feeder outages. Demand response raises participants' cooling set point, lowers their
 * heating, and defers their EV charging to the window end; the time-of-use lever starts charging at
 * 23:00. Quality flags follow VEE: a ~1% daily chance of a communication gap per meter (≤ 1 h gaps are
 * estimated, longer ones missing), plus injected meter faults. Calibration targets (FACTS.md D):
 * residential ≈ 10,715 kWh/yr (EIA 2020), evening peak 18–21 h.
 *
 * Hot path: `energyWindow` computes everything that depends only on time once per window; then
 * `meterIntervalsInto` runs one tight loop per meter into caller-provided typed arrays.
 */
import type { MeterClass } from '../city/schemas';
import { hashStep, hashStep32, mix32, uniform } from '../common/rng';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../common/time';
import type { Simulation } from '../simulation/simulation';
import { episodeWeight, W_DTYPE, W_GHI, W_LDAY, W_LHOUR, W_TEMP, WEATHER_FIELDS } from '../weather/engine';
import { CLASSES, PARAMS, SHAPES } from './meter-classes';
import type { Meter, MeterReading } from './schemas';

export const INTERVAL_MS = 15 * MINUTE_MS;

/** Everything about a window of 15-minute intervals that does not depend on the meter. */
export interface EnergyWindow {
  startMs: number;
  n: number;
  /** Global interval index of the first interval (startMs / 900,000). */
  firstInterval: number;
  localDay: Int32Array;
  /** Local clock hour at the interval start, fractional (0, 0.25, …, 23.75). */
  localHour: Float64Array;
  dayType: Uint8Array;
  /** Class load shape with 4 intervals of margin on each side: index [class × (n + 8) + j + 4]. */
  shape: Float64Array;
  /** Cooling / heating drives, °C, per class [class × n + j]; `*Dr` with the demand-response set points. */
  cool: Float64Array;
  heat: Float64Array;
  coolDr: Float64Array;
  heatDr: Float64Array;
  drActive: Uint8Array;
  /** kWh per kWp of PV in each interval. */
  pvYield: Float64Array;
  /** Share of each interval a feeder is out, [feeder × n + j]. */
  outage: Float64Array;
  /** The demand-response window (for deferring EV charging), local hours relative to each day are derived per session. */
  drFromMs: number;
  drToMs: number;
}

const MARGIN = 4;
/** Buildings store heat: cooling follows the outdoor temperature about 2 h late. */
const THERMAL_LAG_MS = 2 * HOUR_MS;

/** Natural outages on a feeder that start on UTC day `day` (about 1.3 a year, 30–180 min). */
function feederOutages(key: number, day: number): Array<[number, number]> {
  if (uniform(key, day * 4) >= 1.3 / 365) return [];
  const from =
    day * DAY_MS + Math.floor(uniform(key, day * 4 + 1) * 96) * INTERVAL_MS + Math.floor(uniform(key, day * 4 + 3) * 15) * MINUTE_MS;
  return [[from, from + Math.round(30 + 150 * uniform(key, day * 4 + 2)) * MINUTE_MS]];
}

/** All feeder outages (natural and injected) overlapping `[fromMs, toMs)`, per feeder index. */
export function outagesBetween(
  sim: Simulation,
  fromMs: number,
  toMs: number,
): Array<{ feeder: number; fromMs: number; toMs: number; injected: boolean }> {
  const out: Array<{ feeder: number; fromMs: number; toMs: number; injected: boolean }> = [];
  const firstDay = Math.floor(fromMs / DAY_MS) - 1;
  const lastDay = Math.floor((toMs - 1) / DAY_MS);
  sim.meters.feederIds.forEach((id, f) => {
    const key = sim.meters.feederKeys[f] as number;
    for (let d = firstDay; d <= lastDay; d++) {
      for (const [a, b] of feederOutages(key, d)) if (a < toMs && b > fromMs) out.push({ feeder: f, fromMs: a, toMs: b, injected: false });
    }
    for (const fault of sim.faults) {
      if (fault.kind === 'feeder-outage' && fault.feederId === id && fault.fromMs < toMs && fault.toMs > fromMs) {
        out.push({ feeder: f, fromMs: fault.fromMs, toMs: fault.toMs, injected: true });
      }
    }
  });
  return out;
}

/** Precomputes the time-only inputs of the meters for the intervals in `[fromMs, toMs)` (15-min aligned). */
export function energyWindow(sim: Simulation, fromMs: number, toMs: number): EnergyWindow {
  const startMs = Math.ceil(fromMs / INTERVAL_MS) * INTERVAL_MS;
  const n = Math.max(0, Math.ceil((toMs - startMs) / INTERVAL_MS));
  const firstHour = Math.floor((startMs - MARGIN * INTERVAL_MS - THERMAL_LAG_MS) / HOUR_MS);
  const lastHour = Math.floor((startMs + (n + MARGIN) * INTERVAL_MS) / HOUR_MS);
  const wx = sim.weather.hours(firstHour, lastHour - firstHour + 1, new Float64Array((lastHour - firstHour + 2) * WEATHER_FIELDS));
  const at = (tMs: number, field: number) => {
    const pos = tMs / HOUR_MS - firstHour;
    const h = Math.floor(pos);
    const f = pos - h;
    const a = wx[h * WEATHER_FIELDS + field] as number;
    return a + ((wx[(h + 1) * WEATHER_FIELDS + field] as number) - a) * f;
  };
  const field = (tMs: number, f: number) => wx[(Math.floor(tMs / HOUR_MS) - firstHour) * WEATHER_FIELDS + f] as number;
  const win: EnergyWindow = {
    startMs,
    n,
    firstInterval: startMs / INTERVAL_MS,
    localDay: new Int32Array(n),
    localHour: new Float64Array(n),
    dayType: new Uint8Array(n),
    shape: new Float64Array(3 * (n + 2 * MARGIN)),
    cool: new Float64Array(3 * n),
    heat: new Float64Array(3 * n),
    coolDr: new Float64Array(3 * n),
    heatDr: new Float64Array(3 * n),
    drActive: new Uint8Array(n),
    pvYield: new Float64Array(n),
    outage: new Float64Array(sim.meters.feederIds.length * n),
    drFromMs: sim.levers.demandResponse?.fromMs ?? Number.NaN,
    drToMs: sim.levers.demandResponse?.toMs ?? Number.NaN,
  };
  const shapes = CLASSES.map((c) => SHAPES[c].map((s) => s.map((x) => (x * 24) / s.reduce((a, b) => a + b, 0))));
  for (let j = -MARGIN; j < n + MARGIN; j++) {
    const t = startMs + j * INTERVAL_MS;
    const localHour = field(t, W_LHOUR) + (((t % HOUR_MS) + HOUR_MS) % HOUR_MS) / HOUR_MS;
    const dayType = field(t, W_DTYPE);
    const hour = Math.floor(localHour);
    const frac = localHour - hour;
    for (let c = 0; c < 3; c++) {
      const s = (shapes[c] as number[][])[dayType === 0 ? 0 : 1] as number[];
      // Interpolate at the interval midpoint for a smooth 15-minute shape.
      const mid = frac + 0.125;
      const v = (s[hour] as number) + ((s[(hour + 1) % 24] as number) - (s[hour] as number)) * mid;
      win.shape[c * (n + 2 * MARGIN) + j + MARGIN] = v;
    }
    if (j < 0 || j >= n) continue;
    win.localDay[j] = field(t, W_LDAY);
    win.localHour[j] = localHour;
    win.dayType[j] = dayType;
    const mid = t + INTERVAL_MS / 2;
    const temp = at(mid, W_TEMP);
    const lagged = at(mid - THERMAL_LAG_MS, W_TEMP);
    const ghi = Math.max(0, at(mid, W_GHI));
    const dr = episodeWeight(sim.levers.demandResponse, mid) > 0 ? 1 : 0;
    win.drActive[j] = dr;
    CLASSES.forEach((name, c) => {
      const p = PARAMS[name];
      // Cooling runs harder when people are in (the class shape stands in for occupancy).
      const occupancy = 0.4 + (0.6 * Math.min(win.shape[c * (n + 2 * MARGIN) + j + MARGIN] as number, 1.1)) / 1.1;
      win.cool[c * n + j] = Math.max(0, lagged - p.coolSetpointC) * occupancy;
      win.heat[c * n + j] = Math.max(0, p.heatBalanceC - temp);
      win.coolDr[c * n + j] = Math.max(0, lagged - p.coolSetpointC - 4 * dr) * occupancy;
      win.heatDr[c * n + j] = Math.max(0, p.heatBalanceC - 3 * dr - temp);
    });
    const cellTemp = temp + 0.03 * ghi;
    win.pvYield[j] = (ghi / 1000) * 0.82 * (1 - 0.004 * Math.max(0, cellTemp - 25)) * 0.25;
  }
  for (const o of outagesBetween(sim, startMs, startMs + n * INTERVAL_MS)) {
    for (let j = 0; j < n; j++) {
      const a = startMs + j * INTERVAL_MS;
      const overlap = Math.min(a + INTERVAL_MS, o.toMs) - Math.max(a, o.fromMs);
      if (overlap > 0) win.outage[o.feeder * n + j] = Math.min(1, (win.outage[o.feeder * n + j] as number) + overlap / INTERVAL_MS);
    }
  }
  return win;
}

/** Quality codes in typed arrays. */
export const QUALITY_ACTUAL = 0;
export const QUALITY_ESTIMATED = 1;
export const QUALITY_MISSING = 2;
const QUALITY_NAMES = ['actual', 'estimated', 'missing'] as const;

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
  };
}

const SUM4 = 0.0067658;

/** EV session of a meter on a local day: start and end in local hours after that day's midnight. */
function evSession(sim: Simulation, m: number, classCode: number, localDay: number, dayType: number, out: Float64Array): void {
  const key = (sim.meters.keys[m] as number) ^ 0x27d4eb2f;
  const p = PARAMS[CLASSES[classCode] as MeterClass];
  const h = hashStep(key, localDay);
  const u1 = (h >>> 0) / 4294967296;
  const u2 = mix32(h ^ 0x165667b1) / 4294967296;
  const u3 = mix32(h ^ 0x61c88647) / 4294967296;
  if (u1 >= p.evDailyChance) {
    out[0] = 0;
    out[1] = 0;
    return;
  }
  const kwh = p.evKwhPerDay * (0.4 + 1.2 * u2);
  let start: number;
  if (classCode === 0) {
    start = sim.levers.evTimeOfUse ? 23 + u3 : dayType === 0 ? 17 + 3.5 * u3 ** 1.3 : 11 + 9 * u3;
  } else if (classCode === 1) {
    start = 8 + 2 * u3; // workplace charging on arrival
  } else {
    start = 20 + 4 * u3; // depot charging overnight
  }
  const dur = kwh / (sim.meters.evKw[m] as number);
  out[0] = start;
  out[1] = start + dur;
}

/**
 * Fills `out` with one meter's 15-minute intervals of the window: net, import and export kWh and the
 * VEE quality flag. Missing intervals are NaN with flag `missing`. No allocation per interval.
 */
export function meterIntervalsInto(sim: Simulation, win: EnergyWindow, m: number, out: MeterIntervals): void {
  const pop = sim.meters;
  const classCode = pop.classCode[m] as number;
  const p = PARAMS[CLASSES[classCode] as MeterClass];
  const n = win.n;
  const key = pop.keys[m] as number;
  const gapKey = (key ^ 0x3c6ef372) >>> 0;
  const baseKw = p.baseKw * (pop.size[m] as number);
  const coolK = (classCode === 0 ? 0.9 : 1) * p.coolKwPerC * (pop.size[m] as number);
  const heatK = ((pop.electricHeat[m] as number) === 1 ? p.heatKwPerC : p.fanKwPerC) * (pop.size[m] as number);
  const pvKw = pop.pvKw[m] as number;
  const hasEv = (pop.hasEv[m] as number) === 1;
  const evKw = pop.evKw[m] as number;
  const dr = (pop.drParticipant[m] as number) === 1;
  const shapeBase = classCode * (n + 2 * MARGIN) + MARGIN + (pop.shift[m] as number);
  const hvBase = classCode * n;
  const outageBase = (pop.feeder[m] as number) * n;
  const cool = dr ? win.coolDr : win.cool;
  const heat = dr ? win.heatDr : win.heat;
  const today = new Float64Array(2);
  const yesterday = new Float64Array(2);
  let currentDay = Number.NaN;
  let gapFrom = -1;
  let gapTo = -1;
  let gapQuality = QUALITY_ACTUAL;
  const faults = sim.faults.filter((f) => (f.kind === 'meter-estimated' || f.kind === 'meter-missing') && f.meterId === pop.ids[m]);
  for (let j = 0; j < n; j++) {
    const day = win.localDay[j] as number;
    if (day !== currentDay) {
      currentDay = day;
      if (hasEv) {
        evSession(sim, m, classCode, day, win.dayType[j] as number, today);
        evSession(sim, m, classCode, day - 1, win.dayType[j] as number, yesterday);
        if (dr) deferForDemandResponse(win, j, today, yesterday);
      }
      const gh = hashStep(gapKey, day);
      if (gh / 4294967296 < 0.01) {
        gapFrom = (gh >>> 8) % 96;
        const length = 1 + ((gh >>> 20) % 12);
        gapTo = gapFrom + length;
        gapQuality = length <= 4 ? QUALITY_ESTIMATED : QUALITY_MISSING;
      } else {
        gapFrom = -1;
        gapTo = -1;
      }
    }
    const hz = hashStep32(key, win.firstInterval + j);
    const z = ((hz & 0xff) + ((hz >>> 8) & 0xff) + ((hz >>> 16) & 0xff) + (hz >>> 24) - 510) * SUM4;
    const base = baseKw * (win.shape[shapeBase + j] as number);
    const hvac = coolK * (cool[hvBase + j] as number) + heatK * (heat[hvBase + j] as number);
    let ev = 0;
    if (hasEv) {
      const x0 = win.localHour[j] as number;
      const x1 = x0 + 0.25;
      ev =
        evKw *
        (Math.max(0, Math.min(x1, today[1] as number) - Math.max(x0, today[0] as number)) +
          Math.max(0, Math.min(x1 + 24, yesterday[1] as number) - Math.max(x0 + 24, yesterday[0] as number)));
    }
    const on = 1 - (win.outage[outageBase + j] as number);
    const expected = ((base + hvac) * 0.25 + ev - pvKw * (win.pvYield[j] as number)) * on;
    let quality = QUALITY_ACTUAL;
    const quarter = Math.round((win.localHour[j] as number) * 4);
    if (quarter >= gapFrom && quarter < gapTo) quality = gapQuality;
    let net = quality === QUALITY_ESTIMATED ? expected : expected + base * 0.25 * 0.12 * z * on;
    if (faults.length > 0) {
      const t = win.startMs + j * INTERVAL_MS;
      for (const f of faults) {
        if (t >= f.fromMs && t < f.toMs) quality = f.kind === 'meter-missing' ? QUALITY_MISSING : QUALITY_ESTIMATED;
      }
      if (quality === QUALITY_ESTIMATED) net = expected;
    }
    out.quality[j] = quality;
    if (quality === QUALITY_MISSING) {
      out.kwh[j] = Number.NaN;
      out.importKwh[j] = Number.NaN;
      out.exportKwh[j] = Number.NaN;
    } else {
      out.kwh[j] = net;
      out.importKwh[j] = Math.max(net, 0);
      out.exportKwh[j] = net < 0 ? -net : 0;
    }
  }
}

/** Moves a participant's EV sessions that would start inside the demand-response window to its end. */
function deferForDemandResponse(win: EnergyWindow, j: number, today: Float64Array, yesterday: Float64Array): void {
  if (Number.isNaN(win.drFromMs)) return;
  const midnightMs = win.startMs + j * INTERVAL_MS - (win.localHour[j] as number) * HOUR_MS;
  for (const [session, dayStart] of [
    [today, midnightMs],
    [yesterday, midnightMs - DAY_MS],
  ] as const) {
    const startMs = dayStart + (session[0] as number) * HOUR_MS;
    if ((session[1] as number) > (session[0] as number) && startMs >= win.drFromMs && startMs < win.drToMs) {
      const shift = (win.drToMs - startMs) / HOUR_MS;
      session[0] = (session[0] as number) + shift;
      session[1] = (session[1] as number) + shift;
    }
  }
}

function meterIndex(sim: Simulation, meterId: string): number {
  const m = sim.meters.byId.get(meterId);
  if (m === undefined) throw new RangeError(`unknown meter "${meterId}"`);
  return m;
}

/** One meter's 15-minute intervals in `[fromMs, toMs)` as columns. kWh per interval; net can be negative (PV export). */
export function meterIntervals(sim: Simulation, meterId: string, fromMs: number, toMs: number): MeterIntervals {
  const m = meterIndex(sim, meterId);
  const win = energyWindow(sim, fromMs, toMs);
  const out = allocMeterIntervals(meterId, win.startMs, win.n);
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

/** The meter inventory as API objects. */
export function meterList(sim: Simulation): Meter[] {
  const pop = sim.meters;
  return pop.ids.map((id, m) => ({
    id,
    meterClass: CLASSES[pop.classCode[m] as number] as MeterClass,
    districtId: pop.districtIds[pop.district[m] as number] as string,
    feederId: pop.feederIds[pop.feeder[m] as number] as string,
    hasPv: (pop.hasPv[m] as number) === 1,
    pvKw: Math.round((pop.pvKw[m] as number) * 10) / 10,
    hasEv: (pop.hasEv[m] as number) === 1,
    evChargerKw: pop.evKw[m] as number,
    hasElectricHeat: (pop.electricHeat[m] as number) === 1,
  }));
}
