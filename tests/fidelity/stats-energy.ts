/**
 * Energy statistics for the fidelity report, each computed from a simulated year and set beside a
 * published figure with a band (FACTS.md D and I.6). "Calibrated" figures are ones the constants were
 * set from (the report allows ±10%); "held out" figures were never tuned to and must fall in their
 * band. Every function streams the engine day by day and samples meters with a stride, so a year of
 * the full program stays within seconds to a minute.
 */
import {
  allocMeterIntervals,
  createSimulation,
  DAY_MS,
  energyWindow,
  groupLoad,
  MARGIN,
  meterIntervalsInto,
  QUALITY_ACTUAL,
  type Simulation,
  utcFromLocal,
} from '@sandbox/shared';

export interface EnergyStatistic {
  name: string;
  /** What the simulation gives. */
  value: number;
  unit: string;
  /** The published figure, as the source states it. */
  reference: string;
  /** The band the value must fall in (for calibrated figures: the reference ± 10%). */
  band: [number, number];
  kind: 'calibrated' | 'held out';
  source: string;
  how: string;
}

const inBand = (s: EnergyStatistic) => s.value >= s.band[0] && s.value <= s.band[1];
export const energyStatisticHolds = inBand;

/** Days of a local calendar year, as [from, to) UTC windows. */
function* daysOf(sim: Simulation, year: number): Generator<[number, number]> {
  const from = utcFromLocal(sim.timeZone, year, 1, 1);
  const to = utcFromLocal(sim.timeZone, year + 1, 1, 1);
  for (let day = from; day < to; day += DAY_MS) yield [day, Math.min(to, day + DAY_MS)];
}

/** Meter indices of one class (0 residential) with an extra condition, every `stride`-th. */
function sample(sim: Simulation, keep: (m: number) => boolean, stride: number): number[] {
  const out: number[] = [];
  let seen = 0;
  for (let m = 0; m < sim.meters.count; m++) if (keep(m) && seen++ % stride === 0) out.push(m);
  return out;
}

/** Meter count and mix against the gridSMART demonstration: 110,000 meters, 100,000 residential, on ~70 circuits. */
export function programScale(sim: Simulation): EnergyStatistic[] {
  const residential = sim.meters.classCode.filter((c) => c === 0).length;
  const source = 'DOE, Smart Grid Technologies Cut Emissions and Costs in Ohio (2015), FACTS.md D';
  return [
    {
      name: 'Smart meters in the program',
      value: sim.meters.count,
      unit: 'meters',
      reference: 'about 110,000',
      band: [99_000, 121_000],
      kind: 'calibrated',
      source,
      how: 'meters in the population (city.json meter groups, METER_SHARE 1)',
    },
    {
      name: 'Residential share of the meters',
      value: residential / sim.meters.count,
      unit: 'share',
      reference: '100,000 of 110,000 (0.909)',
      band: [0.818, 1],
      kind: 'calibrated',
      source,
      how: 'residential meters ÷ all meters',
    },
    {
      name: 'Distribution circuits',
      value: sim.meters.feederIds.length,
      unit: 'circuits',
      reference: '70 (58 at 13 kV, 12 at 34.5 kV)',
      band: [63, 77],
      kind: 'calibrated',
      source,
      how: 'feeders in city.json',
    },
  ];
}

/** Mean annual load factor of residential meters: a year's average demand ÷ its highest 15-minute demand. */
export function residentialLoadFactor(sim: Simulation, year: number, stride = 50): EnergyStatistic {
  const meters = sample(sim, (m) => sim.meters.classCode[m] === 0, stride);
  const sum = new Float64Array(meters.length);
  const count = new Float64Array(meters.length);
  const peak = new Float64Array(meters.length);
  for (const [from, to] of daysOf(sim, year)) {
    const win = energyWindow(sim, from, to);
    const buf = allocMeterIntervals('', win.startMs, win.n);
    meters.forEach((m, k) => {
      meterIntervalsInto(sim, win, m, buf);
      for (let j = 0; j < win.n; j++) {
        if (buf.quality[j] !== QUALITY_ACTUAL) continue;
        const kwh = buf.kwh[j] as number;
        sum[k] = (sum[k] as number) + kwh;
        count[k] = (count[k] as number) + 1;
        peak[k] = Math.max(peak[k] as number, kwh);
      }
    });
  }
  const factors = meters.map((_, k) => (sum[k] as number) / (count[k] as number) / (peak[k] as number));
  return {
    name: 'Residential load factor (annual, 15-minute peak)',
    value: factors.reduce((a, b) => a + b, 0) / factors.length,
    unit: 'ratio',
    reference: '0.33–0.34 for a DOE example customer; 0.16 for a low-load-factor home',
    band: [0.15, 0.4],
    kind: 'held out',
    source:
      'SEPA, Looking in the mirror at a low load factor customer (FACTS.md I.6), https://sepapower.org/knowledge/looking-in-the-mirror-at-a-low-load-factor-customer/',
    how: `mean over ${meters.length} residential meters (every ${stride}th) of average ÷ peak 15-minute kWh, actual reads only`,
  };
}

/** Peak-to-average ratio of the whole program's hourly load over a year. */
export function programPeakToAverage(sim: Simulation, year: number): EnergyStatistic {
  let total = 0;
  let hours = 0;
  let peak = 0;
  for (const [from, to] of daysOf(sim, year)) {
    const load = groupLoad(sim, from, to, 'class');
    for (let h = 0; h < load.n / 4; h++) {
      let kwh = 0;
      for (let g = 0; g < load.groupIds.length; g++) for (let q = 0; q < 4; q++) kwh += load.kwh[g * load.n + h * 4 + q] as number;
      total += kwh;
      hours++;
      peak = Math.max(peak, kwh);
    }
  }
  return {
    name: 'Peak-to-average ratio of the program load (hourly, a year)',
    value: peak / (total / hours),
    unit: 'ratio',
    reference: 'New England system: rose from about 1.5 to 1.9',
    band: [1.4, 2.4],
    kind: 'held out',
    source:
      'Upstart Power, How much electricity does an average home need (2018) (FACTS.md I.6), http://upstartpower.com/2018/05/how-much-electricity-does-an-average-home-need/',
    how: 'highest hour of all meters ÷ the mean hour, over the year (a city of METER_SHARE meters gives the same shape)',
  };
}

/** Share of rooftop PV generation that is exported, over the year, for residential PV meters. */
export function pvExportShare(sim: Simulation, year: number, stride = 5): EnergyStatistic {
  const meters = sample(sim, (m) => sim.meters.classCode[m] === 0 && sim.meters.hasPv[m] === 1, stride);
  let generated = 0;
  let exported = 0;
  for (const [from, to] of daysOf(sim, year)) {
    const win = energyWindow(sim, from, to);
    const buf = allocMeterIntervals('', win.startMs, win.n);
    for (const m of meters) {
      meterIntervalsInto(sim, win, m, buf);
      const row = (sim.meters.feeder[m] as number) * win.width + MARGIN;
      for (let j = 0; j < win.n; j++) {
        if (buf.quality[j] !== QUALITY_ACTUAL) continue;
        const on = 1 - (win.wide.outage[row + j] as number);
        generated += (sim.meters.pvKw[m] as number) * (win.wide.pvYield[j + MARGIN] as number) * on;
        exported += buf.exportKwh[j] as number;
      }
    }
  }
  return {
    name: 'Share of residential PV generation exported',
    value: exported / generated,
    unit: 'share',
    reference: 'about 0.7 (a 3 kW system self-consumes ~30%); "50% or more" for small systems',
    band: [0.5, 0.85],
    kind: 'held out',
    source:
      'Pale Blue Dot, Solar self-consumption levels (2025), https://palebluedot.llc/carbon-copy/2025/9/9/solar-self-consumption-levels ; NASA ADS 1982STIN...8328345S (FACTS.md I.6)',
    how: `Σ export ÷ Σ (nameplate × yield) over ${meters.length} residential PV meters (every ${stride}th), actual reads, outages excluded`,
  };
}

/** Home charging energy per EV household per year: the same meters with and without their charger. */
export function evKwhPerHousehold(sim: Simulation, year: number, stride = 10): EnergyStatistic {
  const without = createSimulation(sim.city, { ...sim.scenario, levers: { ...sim.scenario.levers, evShare: 0 } });
  const meters = sample(sim, (m) => sim.meters.classCode[m] === 0 && sim.meters.hasEv[m] === 1, stride);
  let kwh = 0;
  for (const [from, to] of daysOf(sim, year)) {
    const a = energyWindow(sim, from, to);
    const b = energyWindow(without, from, to);
    const withEv = allocMeterIntervals('', a.startMs, a.n);
    const noEv = allocMeterIntervals('', b.startMs, b.n);
    for (const m of meters) {
      meterIntervalsInto(sim, a, m, withEv);
      meterIntervalsInto(without, b, m, noEv);
      for (let j = 0; j < a.n; j++) {
        if (withEv.quality[j] === QUALITY_ACTUAL && noEv.quality[j] === QUALITY_ACTUAL)
          kwh += (withEv.kwh[j] as number) - (noEv.kwh[j] as number);
      }
    }
  }
  return {
    name: 'Home EV charging per EV household',
    value: kwh / meters.length,
    unit: 'kWh/yr',
    reference: '2,363 kWh/yr (RECS 2020)',
    band: [1_770, 2_950],
    kind: 'held out',
    source:
      'DOE VTO, FOTW #1307 (September 11, 2023) (FACTS.md I.6), https://www.energy.gov/eere/vehicles/articles/fotw-1307-september-11-2023-electric-vehicle-charging-consumed-less-energy',
    how: `Σ (read with charger − read without) over ${meters.length} residential EV meters (every ${stride}th), actual reads`,
  };
}

/** Every energy statistic of a year (the program peak-to-average from `small`, a METER_SHARE city, when given). */
export function energyStatistics(sim: Simulation, year: number, small: Simulation = sim): EnergyStatistic[] {
  return [
    ...programScale(sim),
    residentialLoadFactor(sim, year),
    programPeakToAverage(small, year),
    pvExportShare(sim, year),
    evKwhPerHousehold(sim, year),
  ];
}
