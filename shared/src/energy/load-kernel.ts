/**
 * The load of every meter in a window, summed by cell (feeder × class) in one pass: the one table
 * every aggregate (district, feeder, class, the city, one district by class) is folded from.
 *
 * Most meters are plain: no rooftop PV, no EV charger, every read actual in the window. For those the
 * kernel computes each read in place from the window's per-class tables and the meter's parameters
 * (its size, schedule shift, thermostat cohort, heating type, key): no series per meter, no flags, import equal to net,
 * one hash per read (half of it, `noiseWord`, shared by all meters; a home adds one an hour for its dryer), added straight into its cell.
 * Meters with PV (import and export are each clipped per meter), an EV, a gap or a fault go through
 * the per-meter engine (`meterIntervalsInto`). Both compute a read with `readKwh` from the same
 * numbers, so every cell is the sum of its meters' own reads, in meter order, to the bit.
 */
import type { MeterClass } from '../city/schemas';
import { dryerDraw, dryerKw, hourOfInterval } from './appliances';
import { allocMeterIntervals, type MeterIntervals, mayHaveFlags, meterIntervalsInto, QUALITY_MISSING, readKwh, readNoise } from './engine';
import { CLASSES, PARAMS } from './meter-classes';
import { coolRowOf, type EnergyWindow, MARGIN } from './window';

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
  const plain = new Uint32Array(out.cells);
  const buf = allocMeterIntervals('', win.startMs, n);
  const { noiseWord, outage } = win.wide;
  const { kwh, importKwh } = out;
  const shape = win.shape;
  for (const range of pop.ranges) {
    if (district !== undefined && range.district !== district) continue;
    const c = range.classCode;
    const p = PARAMS[CLASSES[c] as MeterClass];
    for (let m = range.start; m < range.start + range.count; m++) {
      const feeder = pop.feeder[m] as number;
      const row = (feeder * CLASS_COUNT + c) * n;
      if ((pop.hasPv[m] as number) === 1 || (pop.hasEv[m] as number) === 1 || mayHaveFlags(win, m)) {
        addMeter(sim, win, m, buf, out, row);
        continue;
      }
      plain[feeder * CLASS_COUNT + c] = (plain[feeder * CLASS_COUNT + c] as number) + 1;
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
      const scheduleRow = schedule * width + MARGIN;
      const coolRow = coolRowOf(win, schedule, pop.coolCohort[m] as number, pop.shift[m] as number);
      const outageRow = feeder * width + MARGIN;
      const dryer = c === 0;
      const first = win.firstInterval;
      let hour = -1;
      let draw = 0;
      for (let j = 0; j < n; j++) {
        const base = baseKw * (shape[shapeRow + j] as number);
        let hvac = coolK * (cool[coolRow + j] as number) + heatK * (heat[scheduleRow + j] as number);
        if (dryer) {
          const h = hourOfInterval(first + j);
          if (h !== hour) {
            hour = h;
            draw = dryerDraw(key, h);
          }
          hvac += dryerKw(base, draw);
        }
        const v = readKwh(base, hvac, 0, 0, 1 - (outage[outageRow + j] as number), readNoise(key, noiseWord[j + MARGIN] as number));
        kwh[row + j] = (kwh[row + j] as number) + v;
        importKwh[row + j] = (importKwh[row + j] as number) + v;
      }
    }
  }
  for (let cell = 0; cell < out.cells; cell++) {
    const count = plain[cell] as number;
    if (count > 0) for (let j = 0; j < n; j++) out.reporting[cell * n + j] = (out.reporting[cell * n + j] as number) + count;
  }
  return out;
}

/** Adds one meter's reads (per-meter engine) to its cell's row: missing reads left out. */
function addMeter(sim: EnergyWindow['sim'], win: EnergyWindow, m: number, buf: MeterIntervals, out: CellLoad, row: number): void {
  meterIntervalsInto(sim, win, m, buf);
  for (let j = 0; j < win.n; j++) {
    if (buf.quality[j] === QUALITY_MISSING) continue;
    out.kwh[row + j] = (out.kwh[row + j] as number) + (buf.kwh[j] as number);
    out.importKwh[row + j] = (out.importKwh[row + j] as number) + (buf.importKwh[j] as number);
    out.exportKwh[row + j] = (out.exportKwh[row + j] as number) + (buf.exportKwh[j] as number);
    out.reporting[row + j] = (out.reporting[row + j] as number) + 1;
  }
}
