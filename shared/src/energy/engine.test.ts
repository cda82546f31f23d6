import { describe, expect, it } from 'vitest';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../common/time';
import { createSimulation } from '../simulation/create-simulation';
import { digest } from '../test-support/digest';
import { engineCityWith, expectPeakWithin } from '../test-support/engine-checks';
import { engineCity } from '../test-support/engine-city';
import {
  allocMeterIntervals,
  energyWindow,
  meterIntervals,
  meterIntervalsInto,
  meterReadings,
  meterRecord,
  QUALITY_ESTIMATED,
  QUALITY_MISSING,
} from './engine';
import { groupLoad, loadIntervals, peakDemand } from './load';
import { meterId } from './population';
import { LoadIntervalSchema, MeterReadingSchema, MeterSchema } from './schemas';

const july = Date.parse('2026-07-14T04:00:00Z'); // Tuesday 00:00 in Columbus
const sim = createSimulation(engineCity, { seed: 8 });

function sumNet(
  sim: ReturnType<typeof createSimulation>,
  from: number,
  to: number,
  select: (m: number) => boolean,
  hours?: [number, number],
) {
  const win = energyWindow(sim, from, to);
  const buf = allocMeterIntervals('', win.startMs, win.n);
  let total = 0;
  for (let m = 0; m < sim.meters.count; m++) {
    if (!select(m)) continue;
    meterIntervalsInto(sim, win, m, buf);
    for (let j = 0; j < win.n; j++) {
      const h = win.localHour[j] as number;
      if (hours && (h < hours[0] || h >= hours[1])) continue;
      const v = buf.kwh[j] as number;
      if (!Number.isNaN(v)) total += v;
    }
  }
  return total;
}

const residential = (s: typeof sim) => (m: number) => s.meters.classCode[m] === 0;

describe('meter population', () => {
  it('expands every meter group into meters with stable ids, districts and feeders', () => {
    const meters = Array.from({ length: sim.meters.count }, (_, m) => meterRecord(sim, m));
    expect(meters).toHaveLength(engineCity.meters.reduce((n, g) => n + g.count, 0));
    expect(meters[0]?.id).toBe('university-res-00001');
    expect(new Set(meters.map((m) => m.id)).size).toBe(meters.length);
    for (const meter of meters) {
      MeterSchema.parse(meter);
      const district = engineCity.districts.find((d) => d.id === meter.districtId);
      expect(district?.feeders.map((f) => f.id)).toContain(meter.feederId);
    }
  });

  it('gives chargers to roughly the group share, and only adds chargers when the EV share rises', () => {
    const more = createSimulation(engineCity, { seed: 8, levers: { evShare: 0.2 } });
    const base = Array.from(sim.meters.hasEv);
    const raised = Array.from(more.meters.hasEv);
    expect(raised.filter(Boolean).length).toBeGreaterThan(base.filter(Boolean).length);
    base.forEach((has, m) => {
      if (has) expect(raised[m]).toBe(1);
    });
  });
});

describe('meter intervals', () => {
  it('gives identical bytes for the same inputs and splits windows exactly', () => {
    const id = meterId(sim.meters, 5);
    const whole = meterIntervals(sim, id, july, july + 2 * DAY_MS);
    const again = meterIntervals(createSimulation(engineCity, { seed: 8 }), id, july, july + 2 * DAY_MS);
    expect(digest(whole.kwh, whole.quality)).toBe(digest(again.kwh, again.quality));
    const left = meterIntervals(sim, id, july, july + 30 * HOUR_MS + 45 * MINUTE_MS);
    const right = meterIntervals(sim, id, july + 30 * HOUR_MS + 45 * MINUTE_MS, july + 2 * DAY_MS);
    expect(digest([...left.kwh, ...right.kwh], [...left.quality, ...right.quality])).toBe(digest(whole.kwh, whole.quality));
  });

  it('shows rooftop PV as net export at a sunny midday and never as negative import', () => {
    const pv = sim.meters.hasPv.findIndex((has, m) => has === 1 && sim.meters.classCode[m] === 0);
    const series = meterIntervals(sim, meterId(sim.meters, pv), july, july + 7 * DAY_MS);
    expect(Math.min(...series.kwh.filter((v) => !Number.isNaN(v)))).toBeLessThan(0);
    for (let j = 0; j < series.n; j++) {
      if (Number.isNaN(series.kwh[j] as number)) continue;
      expect(series.importKwh[j]).toBeGreaterThanOrEqual(0);
      expect(series.exportKwh[j]).toBeGreaterThanOrEqual(0);
      expect((series.importKwh[j] as number) - (series.exportKwh[j] as number)).toBeCloseTo(series.kwh[j] as number, 12);
    }
  });

  it('peaks residential load in the summer evening (18–21 h local)', () => {
    const win = energyWindow(sim, july, july + 7 * DAY_MS);
    const load = groupLoad(sim, july, july + 7 * DAY_MS, 'class');
    const byHour = new Array(24).fill(0);
    for (let j = 0; j < win.n; j++) byHour[Math.floor(win.localHour[j] as number)] += load.kwh[j] as number;
    expectPeakWithin(byHour, 17, 21);
  });

  it('draws less in commercial buildings on a weekend day than on a weekday', () => {
    // Tuesday 14 July against Sunday 19 July: the weekend shape is lower, so its energy is (FACTS.md D).
    const commercial = (m: number) => sim.meters.classCode[m] === 1;
    const sunday = july + 5 * DAY_MS;
    expect(sumNet(sim, sunday, sunday + DAY_MS, commercial)).toBeLessThan(0.8 * sumNet(sim, july, july + DAY_MS, commercial));
  });

  it('uses more air conditioning in a heat wave', () => {
    const hot = engineCityWith(8, { heatWave: { from: '2026-07-13T00:00:00Z', to: '2026-07-17T00:00:00Z' } });
    expect(sumNet(hot, july, july + DAY_MS, residential(hot))).toBeGreaterThan(1.2 * sumNet(sim, july, july + DAY_MS, residential(sim)));
  });

  it('moves EV charging to the night under the time-of-use lever', () => {
    const tou = createSimulation(engineCity, { seed: 8, levers: { evShare: 0.5, evTimeOfUse: true } });
    const evening = createSimulation(engineCity, { seed: 8, levers: { evShare: 0.5 } });
    const ev = (s: typeof sim) => (m: number) => s.meters.classCode[m] === 0 && s.meters.hasEv[m] === 1;
    expect(sumNet(tou, july, july + 3 * DAY_MS, ev(tou), [17, 22])).toBeLessThan(
      sumNet(evening, july, july + 3 * DAY_MS, ev(evening), [17, 22]),
    );
    expect(sumNet(tou, july, july + 3 * DAY_MS, ev(tou), [0, 4])).toBeGreaterThan(
      sumNet(evening, july, july + 3 * DAY_MS, ev(evening), [0, 4]),
    );
  });

  it('sheds residential load inside a demand-response window', () => {
    const dr = engineCityWith(8, { demandResponse: { from: '2026-07-14T20:00:00Z', to: '2026-07-14T23:00:00Z', depth: 1 } });
    const from = Date.parse('2026-07-14T21:00:00Z');
    const to = Date.parse('2026-07-14T23:00:00Z');
    expect(sumNet(dr, from, to, residential(dr))).toBeLessThan(0.9 * sumNet(sim, from, to, residential(sim)));
  });

  it('reads zero on a feeder during an injected outage and flags injected estimated and missing reads', () => {
    const id = meterId(sim.meters, 0);
    const feederId = sim.meters.feederIds[sim.meters.feeder[0] as number] as string;
    const faults = [
      { kind: 'feeder-outage', feederId, from: '2026-07-14T10:00:00Z', to: '2026-07-14T11:00:00Z' },
      { kind: 'meter-estimated', meterId: id, from: '2026-07-14T12:00:00Z', to: '2026-07-14T13:00:00Z' },
      { kind: 'meter-missing', meterId: id, from: '2026-07-14T14:00:00Z', to: '2026-07-14T15:00:00Z' },
    ] as const;
    const s = meterIntervals(createSimulation(engineCity, { seed: 8, faults: [...faults] }), id, july, july + DAY_MS);
    const at = (iso: string) => (Date.parse(iso) - july) / (15 * MINUTE_MS);
    expect(s.kwh[at('2026-07-14T10:15:00Z')]).toBe(0);
    expect(s.quality[at('2026-07-14T12:15:00Z')]).toBe(QUALITY_ESTIMATED);
    expect(s.quality[at('2026-07-14T14:15:00Z')]).toBe(QUALITY_MISSING);
    expect(s.kwh[at('2026-07-14T14:15:00Z')]).toBeNaN();
    const records = meterReadings(s);
    for (const r of records) MeterReadingSchema.parse(r);
    expect(records[at('2026-07-14T14:15:00Z')]?.kwh).toBeNull();
  });

  it('has about 1% of meter-days with a natural communication gap', () => {
    const win = energyWindow(sim, july, july + 30 * DAY_MS);
    const buf = allocMeterIntervals('', win.startMs, win.n);
    let gappy = 0;
    for (let m = 0; m < sim.meters.count; m++) {
      meterIntervalsInto(sim, win, m, buf);
      for (let d = 0; d < 30; d++) if (buf.quality.subarray(d * 96, d * 96 + 96).some((q) => q !== 0)) gappy++;
    }
    const share = gappy / (sim.meters.count * 30);
    expect(share).toBeGreaterThan(0.004);
    expect(share).toBeLessThan(0.02);
  });
});

describe('load aggregates', () => {
  it('sums meters by district, feeder and class to the same city total', () => {
    const totals = (['district', 'feeder', 'class'] as const).map((by) =>
      groupLoad(sim, july, july + DAY_MS, by).kwh.reduce((a, b) => a + b, 0),
    );
    expect(totals[1]).toBeCloseTo(totals[0] as number, 6);
    expect(totals[2]).toBeCloseTo(totals[0] as number, 6);
  });

  it('counts as reporting only the meters with a value in the interval (estimated reads count, missing ones do not)', () => {
    const faults = [
      { kind: 'meter-missing', meterId: 'linden-res-00001', from: '2026-07-14T16:00:00Z', to: '2026-07-14T17:00:00Z' },
      { kind: 'meter-missing', meterId: 'linden-res-00002', from: '2026-07-14T16:30:00Z', to: '2026-07-14T17:00:00Z' },
      { kind: 'meter-estimated', meterId: 'linden-res-00003', from: '2026-07-14T16:00:00Z', to: '2026-07-14T17:00:00Z' },
    ] as const;
    const faulty = createSimulation(engineCity, { seed: 8, faults: [...faults] });
    const from = Date.parse('2026-07-14T16:00:00Z');
    const records = loadIntervals(groupLoad(faulty, from, from + HOUR_MS, 'district'));
    const byDistrict = (id: string) =>
      records.filter((r) => r.groupId === id).map((r) => `${r.start.slice(11, 16)} ${r.reporting} of ${r.meters}`);
    // Linden: one meter missing all hour, a second one from 16:30; the estimated one still reports.
    expect(byDistrict('linden')).toEqual(['16:00 85 of 86', '16:15 85 of 86', '16:30 84 of 86', '16:45 84 of 86']);
    expect(byDistrict('university')).toEqual(['16:00 70 of 70', '16:15 70 of 70', '16:30 70 of 70', '16:45 70 of 70']);
    expect(byDistrict('north')).toEqual(['16:00 63 of 63', '16:15 63 of 63', '16:30 63 of 63', '16:45 63 of 63']);
  });

  it('reports peak demand as four times the largest 15-minute energy', () => {
    const load = groupLoad(sim, july, july + DAY_MS, 'district');
    const peaks = peakDemand(load);
    const g = 0;
    const largest = Math.max(...load.kwh.subarray(g * load.n, (g + 1) * load.n));
    expect(peaks[g]?.peakKw).toBeCloseTo(largest * 4, 2);
    for (const record of loadIntervals(load).slice(0, 10)) LoadIntervalSchema.parse(record);
  });
});
