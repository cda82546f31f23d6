/**
 * Everything about a window of 15-minute intervals that does not depend on the meter, computed once
 * per window: the local clock and day types, the schedules' load shapes, the heating and cooling drives,
 * the PV yield, feeder outages and the word each interval's noise hash starts from. Every table has
 * `MARGIN` intervals on either side, so a meter's read just outside the window (a schedule shift, the
 * reads either side of a gap) comes from the same numbers as the window's own: a window computed in
 * two halves equals the whole.
 */
import { mix32, uniform } from '../common/rng';
import { DAY_MS, DAY_TYPE_CODES, dayTypeOf, HOUR_MS, MINUTE_MS } from '../common/time';
import type { Simulation } from '../simulation/simulation';
import { episodeWeight, W_DTYPE, W_GHI, W_LDAY, W_LHOUR, W_TEMP, WEATHER_FIELDS } from '../weather/engine';
import { dryerHourWord, hourOfInterval } from './appliances';
import { PARAMS } from './meter-classes';
import { SCHEDULES } from './schedules';
import { COOL_ROWS, coolRowIndex, fillCooling } from './thermostats';

export const INTERVAL_MS = 15 * MINUTE_MS;
/** Intervals of every table beyond each end of the window. */
export const MARGIN = 8;
/** Buildings store heat: cooling follows the outdoor temperature about 2 h late. */
const THERMAL_LAG_MS = 2 * HOUR_MS;

/**
 * The schedules' shapes scaled so a week (5 weekdays, 2 weekend days) averages 1: [schedule][weekday 0 |
 * other 1][hour]. One factor for both day types keeps the weekend's level relative to the weekday's (an
 * office draws half as much on a Sunday); scaling each to mean 1 on its own made every weekend day use
 * a weekday's energy.
 */
const NORMALISED = SCHEDULES.map(({ shapes: [weekday, other] }) => {
  const sum = (s: readonly number[]) => s.reduce((a, b) => a + b, 0);
  const scale = (24 * 7) / (5 * sum(weekday) + 2 * sum(other));
  return [weekday, other].map((s) => s.map((x) => x * scale));
});

export interface EnergyWindow {
  startMs: number;
  n: number;
  /** Global interval index of the first interval (startMs / 900,000). */
  firstInterval: number;
  /** Local day number, local clock hour (0, 0.25, …, 23.75) and day type of each interval (length n). */
  localDay: Int32Array;
  localHour: Float64Array;
  dayType: Uint8Array;
  /** Row width of the tables below: n + 2 × MARGIN; interval j of the window is at j + MARGIN. */
  width: number;
  wide: {
    localDay: Int32Array;
    localHour: Float64Array;
    dayType: Uint8Array;
    /** Day type of the local day before each interval's (a session started yesterday keeps yesterday's type). */
    prevDayType: Uint8Array;
    /** `mix32(interval + φ)`: half of each meter's noise hash, shared by every meter. */
    noiseWord: Uint32Array;
    /**
     * The hour's half of a home's dryer draw (`dryerHourWord` of the interval's absolute hour,
     * appliances.ts), shared by every home. Distinct hours have distinct words (`mix32` is a
     * bijection), so a reader that sees the word change knows a new hour began.
     */
    dryerWord: Uint32Array;
    /** kWh per kWp of PV in each interval. */
    pvYield: Float64Array;
    /** Share of each interval a feeder is out, [feeder × width + j]. */
    outage: Float64Array;
  };
  /** Per schedule (schedules.ts), [schedule × width + j]: the load shape, and heating drives in °C (`*Dr` with the demand-response set points). */
  shape: Float64Array;
  /** Cooling drives in °C × occupancy per schedule, thermostat cohort and schedule shift, [coolRowIndex(…) × width + j] (thermostats.ts). */
  cool: Float64Array;
  heat: Float64Array;
  coolDr: Float64Array;
  heatDr: Float64Array;
  /** The demand-response window, for deferring EV charging (NaN without one). */
  drFromMs: number;
  drToMs: number;
  sim: Simulation;
  /** The same intervals a week earlier, where reference-day estimates come from (built when first needed). */
  reference?: EnergyWindow;
}

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

/** The day type code of a local day number (days since 1970-01-01 of the local calendar). */
export function dayTypeOfLocalDay(localDay: number): number {
  const date = new Date(localDay * DAY_MS);
  return DAY_TYPE_CODES[
    dayTypeOf({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), dayOfWeek: date.getUTCDay() })
  ];
}

/** Precomputes the time-only inputs of the meters for the intervals in `[fromMs, toMs)` (15-min aligned). */
export function energyWindow(sim: Simulation, fromMs: number, toMs: number): EnergyWindow {
  const startMs = Math.ceil(fromMs / INTERVAL_MS) * INTERVAL_MS;
  const n = Math.max(0, Math.ceil((toMs - startMs) / INTERVAL_MS));
  const width = n + 2 * MARGIN;
  const firstMs = startMs - MARGIN * INTERVAL_MS;
  const firstHour = Math.floor((firstMs - THERMAL_LAG_MS) / HOUR_MS);
  const lastHour = Math.floor((firstMs + width * INTERVAL_MS) / HOUR_MS);
  const wx = sim.weather.hours(firstHour, lastHour - firstHour + 1, new Float64Array((lastHour - firstHour + 2) * WEATHER_FIELDS));
  const at = (tMs: number, field: number) => {
    const pos = tMs / HOUR_MS - firstHour;
    const h = Math.floor(pos);
    const a = wx[h * WEATHER_FIELDS + field] as number;
    return a + ((wx[(h + 1) * WEATHER_FIELDS + field] as number) - a) * (pos - h);
  };
  const field = (tMs: number, f: number) => wx[(Math.floor(tMs / HOUR_MS) - firstHour) * WEATHER_FIELDS + f] as number;
  // Heating and cooling equipment is sized for the design conditions (ACCA Manual J: ASHRAE's 99%
  // heating and 1% cooling dry bulbs) and runs flat out beyond them: the drives stop growing there.
  const coolingDesignC = sim.city.climate.coolingDesignC ?? Number.POSITIVE_INFINITY;
  const heatingDesignC = sim.city.climate.heatingDesignC ?? Number.NEGATIVE_INFINITY;
  const wide = {
    localDay: new Int32Array(width),
    localHour: new Float64Array(width),
    dayType: new Uint8Array(width),
    prevDayType: new Uint8Array(width),
    noiseWord: new Uint32Array(width),
    dryerWord: new Uint32Array(width),
    pvYield: new Float64Array(width),
    outage: new Float64Array(sim.meters.feederIds.length * width),
  };
  const perSchedule = () => new Float64Array(SCHEDULES.length * width);
  const win: EnergyWindow = {
    startMs,
    n,
    firstInterval: startMs / INTERVAL_MS,
    localDay: wide.localDay.subarray(MARGIN, MARGIN + n),
    localHour: wide.localHour.subarray(MARGIN, MARGIN + n),
    dayType: wide.dayType.subarray(MARGIN, MARGIN + n),
    width,
    wide,
    shape: perSchedule(),
    cool: new Float64Array(COOL_ROWS * width),
    heat: perSchedule(),
    coolDr: new Float64Array(COOL_ROWS * width),
    heatDr: perSchedule(),
    drFromMs: sim.levers.demandResponse?.fromMs ?? Number.NaN,
    drToMs: sim.levers.demandResponse?.toMs ?? Number.NaN,
    sim,
  };
  const laggedTemp = new Float64Array(width);
  const drFlag = new Uint8Array(width);
  let prevDay = Number.NaN;
  let prevType = 0;
  for (let k = 0; k < width; k++) {
    const t = firstMs + k * INTERVAL_MS;
    const localHour = field(t, W_LHOUR) + (((t % HOUR_MS) + HOUR_MS) % HOUR_MS) / HOUR_MS;
    const dayType = field(t, W_DTYPE);
    const localDay = field(t, W_LDAY);
    if (localDay !== prevDay) {
      prevDay = localDay;
      prevType = dayTypeOfLocalDay(localDay - 1);
    }
    wide.localDay[k] = localDay;
    wide.localHour[k] = localHour;
    wide.dayType[k] = dayType;
    wide.prevDayType[k] = prevType;
    wide.noiseWord[k] = mix32(win.firstInterval - MARGIN + k + 0x9e3779b9);
    wide.dryerWord[k] = dryerHourWord(hourOfInterval(win.firstInterval - MARGIN + k));
    const hour = Math.floor(localHour);
    // Interpolate at the interval midpoint for a smooth 15-minute shape.
    const mid = localHour - hour + 0.125;
    const mid_t = t + INTERVAL_MS / 2;
    const temp = at(mid_t, W_TEMP);
    const heatTemp = Math.max(heatingDesignC, temp);
    const lagged = Math.min(coolingDesignC, at(mid_t - THERMAL_LAG_MS, W_TEMP));
    const ghi = Math.max(0, at(mid_t, W_GHI));
    const dr = episodeWeight(sim.levers.demandResponse, mid_t) > 0 ? 1 : 0;
    laggedTemp[k] = lagged;
    drFlag[k] = dr;
    SCHEDULES.forEach(({ meterClass }, c) => {
      const s = (NORMALISED[c] as number[][])[dayType === 0 ? 0 : 1] as number[];
      const shape = (s[hour] as number) + ((s[(hour + 1) % 24] as number) - (s[hour] as number)) * mid;
      const p = PARAMS[meterClass];
      const row = c * width + k;
      win.shape[row] = shape;
      win.heat[row] = Math.max(0, p.heatBalanceC - heatTemp);
      win.heatDr[row] = Math.max(0, p.heatBalanceC - 3 * dr - heatTemp);
    });
    const cellTemp = temp + 0.03 * ghi;
    wide.pvYield[k] = (ghi / 1000) * 0.82 * (1 - 0.004 * Math.max(0, cellTemp - 25)) * 0.25;
  }
  fillCooling(win.shape, laggedTemp, drFlag, width, win.cool, win.coolDr);
  for (const o of outagesBetween(sim, firstMs, firstMs + width * INTERVAL_MS)) {
    for (let k = 0; k < width; k++) {
      const a = firstMs + k * INTERVAL_MS;
      const overlap = Math.min(a + INTERVAL_MS, o.toMs) - Math.max(a, o.fromMs);
      const row = o.feeder * width + k;
      if (overlap > 0) wide.outage[row] = Math.min(1, (wide.outage[row] as number) + overlap / INTERVAL_MS);
    }
  }
  return win;
}

/** Where a meter's cooling drive starts in `cool` / `coolDr`: its schedule's, thermostat cohort's and shift's row, at interval 0. */
export function coolRowOf(win: EnergyWindow, schedule: number, cohort: number, shift: number): number {
  return coolRowIndex(schedule, cohort, shift) * win.width + MARGIN;
}

/** The window of the same intervals one week earlier (reference-day estimates), built once. */
export function referenceWindow(win: EnergyWindow): EnergyWindow {
  win.reference ??= energyWindow(win.sim, win.startMs - 7 * DAY_MS, win.startMs - 7 * DAY_MS + win.n * INTERVAL_MS);
  return win.reference;
}
