/**
 * A simulated calendar year of the meters, reduced to what the energy figures need. A year of every
 * meter at program scale (110,000 meters, 3.9 billion intervals) is too slow for `npm test`, so the
 * year is computed in full for a stratified sample: every k-th meter of each class, k chosen so no
 * class has more than `SAMPLE_PER_CLASS` meters, and class sums weighted by k. Per-meter figures
 * are means over the sample; the city load is the weighted sum (a sampling error of about 1% at
 * 2,000 meters a class). With the small population every meter is in the sample.
 *
 * What PV generates and what home chargers draw are not served on their own (a meter reports its
 * net), so each is the difference from the same meters in a counterfactual simulation: the city's
 * PV shares at 0, or the EV-share lever at 0. The population builder draws each attribute from its
 * own random stream, so those only remove panels or chargers and leave every other draw alone.
 */
import {
  allocMeterIntervals,
  type City,
  CLASSES,
  createSimulation,
  DAY_MS,
  energyWindow,
  HOUR_MS,
  localTime,
  meterIntervalsInto,
  type ScenarioInput,
  type Simulation,
  utcFromLocal,
} from '@sandbox/shared';

export const SAMPLE_PER_CLASS = 2000;
/** Residential meters with PV, and with a charger, whose year is computed twice (with and without). */
export const SAMPLE_PV_EV = 500;
const RESIDENTIAL = 0;

export interface EnergyYear {
  /** Meters in the population, per class, and in the sample. */
  population: number[];
  sampled: number[];
  feeders: number;
  /** Annual net kWh of each sampled residential meter (missing intervals skipped). */
  residentialKwh: number[];
  /** Annual load factor (mean hourly import ÷ highest hourly import) of each sampled residential meter without PV. */
  loadFactors: number[];
  /** Coincidence factor of the same meters: their summed highest hour ÷ the sum of each one's highest hour. */
  residentialCoincidence: number;
  /** Residential net kWh by local hour, June–August. */
  summerByHour: number[];
  /** City load, kWh per local hour of the year (weighted sample of all classes, net). */
  cityHourly: Float64Array;
  /** Residential PV (a sample of the meters with PV): energy generated and energy exported, kWh. */
  pvGeneratedKwh: number;
  pvExportedKwh: number;
  /** Home-charging kWh a year of each sampled residential meter with a charger. */
  evHomeKwh: number[];
}

/** The local days of a year as `[fromMs, toMs)` windows (23 or 25 hours on the clock-change days). */
function localDays(sim: Simulation, year: number): Array<[number, number]> {
  const days: Array<[number, number]> = [];
  for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += DAY_MS) {
    const d = new Date(t);
    const next = new Date(t + DAY_MS);
    days.push([
      utcFromLocal(sim.timeZone, year, d.getUTCMonth() + 1, d.getUTCDate()),
      utcFromLocal(sim.timeZone, next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()),
    ]);
  }
  return days;
}

function sampleOf(sim: Simulation): { meters: number[]; weight: number[]; population: number[]; sampled: number[] } {
  const population = CLASSES.map((_, c) => sim.meters.classCode.reduce((n, code) => n + (code === c ? 1 : 0), 0));
  const stride = population.map((n) => Math.max(1, Math.ceil(n / SAMPLE_PER_CLASS)));
  const seen = CLASSES.map(() => 0);
  const meters: number[] = [];
  const weight: number[] = [];
  for (let m = 0; m < sim.meters.count; m++) {
    const c = sim.meters.classCode[m] as number;
    if ((seen[c] as number) % (stride[c] as number) === 0) {
      meters.push(m);
      weight.push(stride[c] as number);
    }
    seen[c] = (seen[c] as number) + 1;
  }
  const sampled = CLASSES.map((_, c) => meters.filter((m) => sim.meters.classCode[m] === c).length);
  return { meters, weight, population, sampled };
}

/** Every k-th of `indices`, at most `cap` of them. */
function strideSample(indices: number[], cap: number): number[] {
  const stride = Math.max(1, Math.ceil(indices.length / cap));
  return indices.filter((_, i) => i % stride === 0);
}

/** Annual net and exported kWh of the given meters (missing intervals skipped). */
function annualKwh(sim: Simulation, days: Array<[number, number]>, meters: number[]): { net: number[]; exported: number[] } {
  const net = meters.map(() => 0);
  const exported = meters.map(() => 0);
  for (const [from, to] of days) {
    const win = energyWindow(sim, from, to);
    const buf = allocMeterIntervals('', win.startMs, win.n);
    meters.forEach((m, i) => {
      meterIntervalsInto(sim, win, m, buf);
      for (let j = 0; j < win.n; j++) {
        if (!Number.isFinite(buf.kwh[j] as number)) continue;
        net[i] = (net[i] as number) + (buf.kwh[j] as number);
        exported[i] = (exported[i] as number) + (buf.exportKwh[j] as number);
      }
    });
  }
  return { net, exported };
}

const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

export function collectEnergyYear(city: City, base: ScenarioInput, sim: Simulation, year: number): EnergyYear {
  const days = localDays(sim, year);
  const yearStart = days[0]?.[0] ?? 0;
  const hours = Math.round(((days[days.length - 1]?.[1] ?? 0) - yearStart) / HOUR_MS);
  const { meters, weight, population, sampled } = sampleOf(sim);
  const pop = sim.meters;
  const cityHourly = new Float64Array(hours);
  const summerByHour = new Array<number>(24).fill(0);
  const netTotals = meters.map(() => 0);
  // Per sampled residential meter without PV: import kWh sum and highest hour, for its load factor.
  const lfSum = meters.map(() => 0);
  const lfMax = meters.map(() => 0);
  const lfHours = meters.map(() => 0);
  // The same meters' import summed hour by hour (complete hours only), for their coincident peak.
  const groupHourly = new Float64Array(hours);
  for (const [from, to] of days) {
    const win = energyWindow(sim, from, to);
    const buf = allocMeterIntervals('', win.startMs, win.n);
    const firstHour = Math.round((win.startMs - yearStart) / HOUR_MS);
    const month = localTime(sim.timeZone, from + 12 * HOUR_MS).month;
    const summer = month >= 6 && month <= 8;
    meters.forEach((m, i) => {
      meterIntervalsInto(sim, win, m, buf);
      const c = pop.classCode[m] as number;
      const residential = c === RESIDENTIAL;
      const loadFactorMeter = residential && pop.hasPv[m] === 0;
      let hourImport = 0;
      let hourComplete = true;
      for (let j = 0; j < win.n; j++) {
        const net = buf.kwh[j] as number;
        const valid = Number.isFinite(net);
        if (valid) {
          netTotals[i] = (netTotals[i] as number) + net;
          const h = firstHour + Math.floor(j / 4);
          cityHourly[h] = (cityHourly[h] as number) + net * (weight[i] as number);
          if (residential && summer) {
            const lh = Math.floor(win.localHour[j] as number);
            summerByHour[lh] = (summerByHour[lh] as number) + net;
          }
        }
        if (loadFactorMeter) {
          hourImport += valid ? (buf.importKwh[j] as number) : 0;
          hourComplete &&= valid;
          if (j % 4 === 3) {
            if (hourComplete) {
              const h = firstHour + Math.floor(j / 4);
              groupHourly[h] = (groupHourly[h] as number) + hourImport;
              lfSum[i] = (lfSum[i] as number) + hourImport;
              lfHours[i] = (lfHours[i] as number) + 1;
              if (hourImport > (lfMax[i] as number)) lfMax[i] = hourImport;
            }
            hourImport = 0;
            hourComplete = true;
          }
        }
      }
    });
  }
  const residentialIdx = meters.map((m, i) => (pop.classCode[m] === RESIDENTIAL ? i : -1)).filter((i) => i >= 0);
  const loadFactorIdx = residentialIdx.filter((i) => pop.hasPv[meters[i] as number] === 0 && (lfMax[i] as number) > 0);
  const loadFactors = loadFactorIdx.map((i) => (lfSum[i] as number) / (lfHours[i] as number) / (lfMax[i] as number));
  const residentialCoincidence = Math.max(...groupHourly) / sum(loadFactorIdx.map((i) => lfMax[i] as number));
  const residentialAll: number[] = [];
  for (let m = 0; m < pop.count; m++) if (pop.classCode[m] === RESIDENTIAL) residentialAll.push(m);
  // Home charging: the meters with a charger, against the same meters with the EV share at 0.
  const evMeters = strideSample(
    residentialAll.filter((m) => pop.hasEv[m] === 1),
    SAMPLE_PV_EV,
  );
  const withEv = annualKwh(sim, days, evMeters);
  const noEv = annualKwh(createSimulation(city, { ...base, levers: { ...base.levers, evShare: 0 } }), days, evMeters);
  const evHomeKwh = evMeters.map((_, k) => (withEv.net[k] as number) - (noEv.net[k] as number));
  // PV: what the panels generate is what the same meters draw more without them.
  const pvMeters = strideSample(
    residentialAll.filter((m) => pop.hasPv[m] === 1),
    SAMPLE_PV_EV,
  );
  const withPv = annualKwh(sim, days, pvMeters);
  const noPvCity = { ...city, meters: city.meters.map((g) => ({ ...g, pvShare: 0 })) };
  const noPv = annualKwh(createSimulation(noPvCity, base), days, pvMeters);
  const pvGeneratedKwh = sum(noPv.net) - sum(withPv.net);
  const pvExportedKwh = sum(withPv.exported);
  return {
    population,
    sampled,
    feeders: pop.feederIds.length,
    residentialKwh: residentialIdx.map((i) => netTotals[i] as number),
    loadFactors,
    residentialCoincidence,
    summerByHour,
    cityHourly,
    pvGeneratedKwh,
    pvExportedKwh,
    evHomeKwh,
  };
}

export const meanOf = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

/** Highest hour ÷ mean hour of a load series. */
export function peakToAverage(hourly: Float64Array): number {
  let sum = 0;
  let max = Number.NEGATIVE_INFINITY;
  for (const v of hourly) {
    sum += v;
    if (v > max) max = v;
  }
  return max / (sum / hourly.length);
}
