/**
 * The load of every meter in a window, summed by cell (feeder × class) in one pass: the one table
 * every aggregate (district, feeder, class, the city, one district by class) is folded from.
 *
 * Most meters are plain: no rooftop PV, no EV charger, every read actual in the window. For those the
 * kernel computes each read in place from the window's per-class tables and the meter's parameters
 * (its size, schedule shift, thermostat cohort, heating type, key): no series per meter, no flags,
 * import equal to net, one hash per read (half of it, `noiseWord`, shared by all meters; a home adds
 * one mix an hour for its dryer, the hour's half `dryerWord` also shared), added straight into its cell.
 * Meters with PV or an EV but every read actual take the engine's raw reads (`rawInto`) and clip
 * import and export per read as `meterIntervalsInto` does, without its quality columns; meters with a
 * gap or a fault go through the per-meter engine itself. All compute a read with `readKwh` from the
 * same numbers, so every cell is the sum of its meters' own reads, in meter order, to the bit.
 */
import type { MeterClass } from '../city/schemas';
import { DRYER_KW, dryerDrawOf, dryerKwOver } from './appliances';
import {
  allocMeterIntervals,
  BASE_NOISE,
  type MeterIntervals,
  meterIntervalsInto,
  QUALITY_MISSING,
  rawInto,
  readKwh,
  readNoise,
} from './engine';
import { flaggedMeters, hasBit } from './gaps';
import { CLASSES, PARAMS } from './meter-classes';
import { coolRowIndex } from './thermostats';
import { type EnergyWindow, MARGIN } from './window';

const CLASS_COUNT = CLASSES.length;

/** Load per cell (feeder × class) and interval, `[cell × n + j]`, cell = feeder × 3 + class. */
export interface CellLoad {
  startMs: number;
  n: number;
  cells: number;
  /** Net kWh (missing reads left out). */
  kwh: Float64Array;
  importKwh: Float64Array;
  exportKwh: Float64Array;
  /** Meters with an actual or estimated read. */
  reporting: Uint32Array;
}

export function allocCellLoad(cells: number, startMs: number, n: number): CellLoad {
  return {
    startMs,
    n,
    cells,
    kwh: new Float64Array(cells * n),
    importKwh: new Float64Array(cells * n),
    exportKwh: new Float64Array(cells * n),
    reporting: new Uint32Array(cells * n),
  };
}

/**
 * Sums the meters of the window by cell: every meter, or those of one district (its index). Linear
 * in meters × intervals with a small constant (one hash and a few multiply-adds per plain read).
 */
export function cellLoad(win: EnergyWindow, district?: number): CellLoad {
  const sim = win.sim;
  const pop = sim.meters;
  const { n, width } = win;
  const out = allocCellLoad(pop.feederIds.length * CLASS_COUNT, win.startMs, n);
  // Meters whose every read is actual (plain, or with PV or an EV but no gap or fault): one report a read, counted per cell.
  const actual = new Uint32Array(out.cells);
  const raw = new Float64Array(n);
  const buf = allocMeterIntervals('', win.startMs, n);
  const { noiseWord, outage } = win.wide;
  const { hourSlot, hourWords } = dryerHours(win);
  const hourDrawKw = new Float64Array(hourWords.length);
  const { kwh, importKwh, exportKwh } = out;
  const shape = win.shape;
  const feederOut = feedersWithOutage(win);
  const flagged = flaggedMeters(win);
  // Which drive rows are +0 all window (heating on a summer day, cooling in winter): rows many meters share.
  const heatIdle = idleRows(win.heat, width, n);
  const heatDrIdle = idleRows(win.heatDr, width, n);
  const coolIdle = idleRows(win.cool, width, n);
  const coolDrIdle = idleRows(win.coolDr, width, n);
  for (const range of pop.ranges) {
    if (district !== undefined && range.district !== district) continue;
    const c = range.classCode;
    const p = PARAMS[CLASSES[c] as MeterClass];
    for (let m = range.start; m < range.start + range.count; m++) {
      const feeder = pop.feeder[m] as number;
      const cell = feeder * CLASS_COUNT + c;
      const row = cell * n;
      if ((pop.hasPv[m] as number) === 1 || (pop.hasEv[m] as number) === 1) {
        if (hasBit(flagged, m)) addMeter(sim, win, m, buf, out, row);
        else {
          // The per-meter engine's reads with every read actual (meterIntervalsInto), without its flags.
          actual[cell] = (actual[cell] as number) + 1;
          rawInto(win, m, 0, n, raw);
          for (let j = 0; j < n; j++) {
            const net = raw[j] as number;
            kwh[row + j] = (kwh[row + j] as number) + net;
            importKwh[row + j] = (importKwh[row + j] as number) + Math.max(net, 0);
            exportKwh[row + j] = (exportKwh[row + j] as number) + (net < 0 ? -net : 0);
          }
        }
        continue;
      }
      if (hasBit(flagged, m)) {
        addMeter(sim, win, m, buf, out, row);
        continue;
      }
      actual[cell] = (actual[cell] as number) + 1;
      // The per-meter engine's read (rawInto) with no EV and no PV: the same numbers, in the same order.
      const size = pop.size[m] as number;
      const baseKw = p.baseKw * size;
      const coolK = p.acShare * p.coolKwPerC * size;
      const heatK = ((pop.electricHeat[m] as number) === 1 ? p.heatKwPerC : p.fanKwPerC) * size;
      const dr = (pop.drParticipant[m] as number) === 1;
      const cool = dr ? win.coolDr : win.cool;
      const heat = dr ? win.heatDr : win.heat;
      const key = pop.keys[m] as number;
      const schedule = pop.schedule[m] as number;
      const shapeRow = schedule * width + MARGIN + (pop.shift[m] as number);
      const heatRow = schedule * width + MARGIN;
      const coolIndex = coolRowIndex(schedule, pop.coolCohort[m] as number, pop.shift[m] as number);
      const coolRow = coolIndex * width + MARGIN;
      // A home's dryer: its draw × DRYER_KW for each clock hour of the window (appliances.ts), added
      // after the drives as the per-meter engine adds it; other classes have none.
      const dryer = c === 0;
      if (dryer) for (let h = 0; h < hourWords.length; h++) hourDrawKw[h] = dryerDrawOf(key, hourWords[h] as number) * DRYER_KW;
      const noHeat = (dr ? heatDrIdle : heatIdle)[schedule] === 1;
      if ((feederOut[feeder] as number) === 1) {
        const outageRow = feeder * width + MARGIN;
        for (let j = 0; j < n; j++) {
          const base = baseKw * (shape[shapeRow + j] as number);
          let hvac = coolK * (cool[coolRow + j] as number) + heatK * (heat[heatRow + j] as number);
          if (dryer) hvac += dryerKwOver(base, hourDrawKw[hourSlot[j] as number] as number);
          const v = readKwh(base, hvac, 0, 0, 1 - (outage[outageRow + j] as number), readNoise(key, noiseWord[j + MARGIN] as number));
          kwh[row + j] = (kwh[row + j] as number) + v;
          importKwh[row + j] = (importKwh[row + j] as number) + v;
        }
      } else if (noHeat || (dr ? coolDrIdle : coolIdle)[coolIndex] === 1) {
        // No outage (readKwhOn), and one drive row +0 all window: its term (k × +0 = +0) added to the
        // other's (a product of non-negatives, never −0) changes no bit, so only the other is read.
        const drive = noHeat ? cool : heat;
        const driveRow = noHeat ? coolRow : heatRow;
        const k = noHeat ? coolK : heatK;
        for (let j = 0; j < n; j++) {
          const base = baseKw * (shape[shapeRow + j] as number);
          let hvac = k * (drive[driveRow + j] as number);
          if (dryer) hvac += dryerKwOver(base, hourDrawKw[hourSlot[j] as number] as number);
          const v = readKwhOn(base, hvac, readNoise(key, noiseWord[j + MARGIN] as number));
          kwh[row + j] = (kwh[row + j] as number) + v;
          importKwh[row + j] = (importKwh[row + j] as number) + v;
        }
      } else {
        // No outage on the feeder: `on` is 1, and multiplying by 1 changes no bit (readKwhOn).
        for (let j = 0; j < n; j++) {
          const base = baseKw * (shape[shapeRow + j] as number);
          let hvac = coolK * (cool[coolRow + j] as number) + heatK * (heat[heatRow + j] as number);
          if (dryer) hvac += dryerKwOver(base, hourDrawKw[hourSlot[j] as number] as number);
          const v = readKwhOn(base, hvac, readNoise(key, noiseWord[j + MARGIN] as number));
          kwh[row + j] = (kwh[row + j] as number) + v;
          importKwh[row + j] = (importKwh[row + j] as number) + v;
        }
      }
    }
  }
  for (let cell = 0; cell < out.cells; cell++) {
    const count = actual[cell] as number;
    if (count > 0) for (let j = 0; j < n; j++) out.reporting[cell * n + j] = (out.reporting[cell * n + j] as number) + count;
  }
  return out;
}

/** `readKwh(base, hvac, 0, 0, 1, z)` to the bit: x × 1 is x for every double, so the two products by `on` go. */
function readKwhOn(baseKw: number, hvacKw: number, z: number): number {
  return (baseKw + hvacKw) * 0.25 + 0 - 0 + baseKw * 0.25 * BASE_NOISE * z;
}

/**
 * The clock hours the window's intervals fall in: each interval's hour as a slot (0 for the first
 * hour), and each slot's dryer word (`win.wide.dryerWord`, the hour's half of a home's draw).
 */
function dryerHours(win: EnergyWindow): { hourSlot: Uint16Array; hourWords: Uint32Array } {
  const { n } = win;
  const { dryerWord } = win.wide;
  const hourSlot = new Uint16Array(n);
  const words: number[] = [];
  for (let j = 0; j < n; j++) {
    const w = dryerWord[j + MARGIN] as number;
    // Distinct hours have distinct words (window.ts): a changed word is the next hour.
    if (words.length === 0 || words[words.length - 1] !== w) words.push(w);
    hourSlot[j] = words.length - 1;
  }
  return { hourSlot, hourWords: Uint32Array.from(words) };
}

/**
 * 1 for each row of a drive table (heating by schedule, cooling by schedule, cohort and shift) that is
 * +0 in every interval of the window, else 0. Both drives are `Math.max(0, …)` (window.ts): +0 or
 * positive, never −0.
 */
function idleRows(drive: Float64Array, width: number, n: number): Uint8Array {
  const idle = new Uint8Array(drive.length / width);
  for (let r = 0; r < idle.length; r++) {
    let zero = true;
    for (let j = 0; j < n && zero; j++) zero = Object.is(drive[r * width + MARGIN + j], 0);
    idle[r] = zero ? 1 : 0;
  }
  return idle;
}

/** 1 for each feeder out for some part of the window's intervals, else 0. */
function feedersWithOutage(win: EnergyWindow): Uint8Array {
  const { n, width } = win;
  const { outage } = win.wide;
  const feeders = outage.length / width;
  const out = new Uint8Array(feeders);
  for (let f = 0; f < feeders; f++) {
    for (let j = 0; j < n; j++) {
      if ((outage[f * width + MARGIN + j] as number) !== 0) {
        out[f] = 1;
        break;
      }
    }
  }
  return out;
}

/**
 * Adds one meter's reads (per-meter engine) to its cell's row: missing reads left out. The reference
 * the kernel's faster paths are held to (load.test.ts).
 */
export function addMeter(sim: EnergyWindow['sim'], win: EnergyWindow, m: number, buf: MeterIntervals, out: CellLoad, row: number): void {
  meterIntervalsInto(sim, win, m, buf);
  for (let j = 0; j < win.n; j++) {
    if (buf.quality[j] === QUALITY_MISSING) continue;
    out.kwh[row + j] = (out.kwh[row + j] as number) + (buf.kwh[j] as number);
    out.importKwh[row + j] = (out.importKwh[row + j] as number) + (buf.importKwh[j] as number);
    out.exportKwh[row + j] = (out.exportKwh[row + j] as number) + (buf.exportKwh[j] as number);
    out.reporting[row + j] = (out.reporting[row + j] as number) + 1;
  }
}
