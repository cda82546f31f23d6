import { describe, expect, it } from 'vitest';
import { hourlyMeans } from '../common/resample';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../common/time';
import { createSimulation } from '../simulation/create-simulation';
import { digest } from '../test-support/digest';
import { engineCityWith, expectPeakWithin } from '../test-support/engine-checks';
import { engineCity } from '../test-support/engine-city';
import { airReadings, airSeries, airSnapshot } from './engine';
import { AirReadingSchema } from './schemas';

const july = Date.parse('2026-07-14T04:00:00Z'); // Tuesday 00:00 in Columbus
const sim = createSimulation(engineCity, { seed: 5 });

function columns(s: ReturnType<typeof airSeries>) {
  return [s.timeMs, s.pm25UgM3, s.ozonePpb, s.no2Ppb, s.temperatureC, s.relativeHumidityPct, s.windSpeedMps, s.windDirectionDeg];
}

function mean(xs: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < xs.length; i++) sum += xs[i] as number;
  return sum / xs.length;
}

describe('air stream', () => {
  it('gives identical bytes for the same inputs, in a fresh simulation too', () => {
    const a = airSeries(sim, 'high-st-roadside', july, july + 6 * HOUR_MS);
    const b = airSeries(createSimulation(engineCity, { seed: 5 }), 'high-st-roadside', july, july + 6 * HOUR_MS);
    expect(digest(...columns(a))).toBe(digest(...columns(b)));
    expect(digest(...columns(airSeries(createSimulation(engineCity, { seed: 6 }), 'high-st-roadside', july, july + 6 * HOUR_MS)))).not.toBe(
      digest(...columns(a)),
    );
  });

  it('splits a window [a, c) into [a, b) and [b, c) exactly', () => {
    const a = july;
    const b = july + 7 * HOUR_MS + 13 * MINUTE_MS;
    const c = july + 20 * HOUR_MS;
    const whole = airSeries(sim, 'linden-school', a, c);
    const left = airSeries(sim, 'linden-school', a, b);
    const right = airSeries(sim, 'linden-school', b, c);
    expect(left.count + right.count).toBe(whole.count);
    const joined = columns(left).map((col, i) => [...col, ...(columns(right)[i] as Float64Array)]);
    expect(digest(...joined)).toBe(digest(...columns(whole)));
  });

  it('reports one reading per minute, aligned to whole minutes', () => {
    const s = airSeries(sim, 'park-bench', july + 30_500, july + HOUR_MS);
    expect(s.count).toBe(59);
    expect(s.timeMs[0]).toBe(july + MINUTE_MS);
  });

  it('is higher beside a busy road than in the park (the near-road increment)', () => {
    const road = airSeries(sim, 'morse-rd-roadside', july, july + 3 * DAY_MS);
    const park = airSeries(sim, 'park-bench', july, july + 3 * DAY_MS);
    expect(mean(road.pm25UgM3) - mean(park.pm25UgM3)).toBeGreaterThan(0.3);
    expect(mean(road.no2Ppb) - mean(park.no2Ppb)).toBeGreaterThan(3);
  });

  it('peaks ozone in the early afternoon on a summer day', () => {
    const s = airSeries(sim, 'park-bench', july, july + DAY_MS);
    const hourly = hourlyMeans(s.timeMs, s.ozonePpb, july, 24).mean;
    expectPeakWithin(hourly, 12, 17);
  });

  it('raises PM2.5 everywhere under wildfire smoke', () => {
    const smoky = engineCityWith(5, { wildfireSmoke: { from: '2026-07-14T00:00:00Z', to: '2026-07-16T00:00:00Z', intensity: 0.6 } });
    const base = mean(airSeries(sim, 'park-bench', july + 12 * HOUR_MS, july + 18 * HOUR_MS).pm25UgM3);
    const smoke = mean(airSeries(smoky, 'park-bench', july + 12 * HOUR_MS, july + 18 * HOUR_MS).pm25UgM3);
    expect(smoke - base).toBeGreaterThan(50);
  });

  it('serves records that parse with the API schema', () => {
    const records = airReadings(airSeries(sim, 'high-st-roadside', july, july + 10 * MINUTE_MS));
    expect(records).toHaveLength(10);
    for (const r of records) AirReadingSchema.parse(r);
    const snapshot = airSnapshot(sim, july + 5 * HOUR_MS + 30_000);
    expect(snapshot.map((r) => r.stationId)).toEqual(engineCity.stations.map((s) => s.id));
  });

  it('rejects an unknown station', () => {
    expect(() => airSeries(sim, 'nowhere', july, july + HOUR_MS)).toThrow(/unknown station/);
  });
});

describe('air sensor faults', () => {
  const window = { from: '2026-07-14T06:00:00Z', to: '2026-07-14T08:00:00Z' };
  const faulty = (fault: object) =>
    createSimulation(engineCity, { seed: 5, faults: [{ ...window, stationId: 'park-bench', ...fault } as never] });
  const from = july;
  const to = july + 6 * HOUR_MS;
  const clean = airSeries(sim, 'park-bench', from, to);
  const rowsIn = (s: ReturnType<typeof airSeries>) =>
    Array.from(s.timeMs.keys()).filter(
      (i) => (s.timeMs[i] as number) >= Date.parse(window.from) && (s.timeMs[i] as number) < Date.parse(window.to),
    );

  it('freezes a stuck sensor at its value at the fault start and leaves other minutes alone', () => {
    const s = airSeries(faulty({ kind: 'stuck', metric: 'ozone' }), 'park-bench', from, to);
    const rows = rowsIn(s);
    expect(rows).toHaveLength(120);
    expect(new Set(rows.map((i) => s.ozonePpb[i])).size).toBe(1);
    expect(s.ozonePpb[rows[0] as number]).toBe(clean.ozonePpb[rows[0] as number]);
    expect(s.ozonePpb[0]).toBe(clean.ozonePpb[0]);
    expect(s.pm25UgM3).toEqual(clean.pm25UgM3);
  });

  it('blanks a dropped-out station (NaN columns, null in records)', () => {
    const s = airSeries(faulty({ kind: 'dropout' }), 'park-bench', from, to);
    const rows = rowsIn(s);
    for (const i of rows) expect(s.pm25UgM3[i]).toBeNaN();
    const record = airReadings(s)[rows[0] as number];
    expect(record?.pm25UgM3).toBeNull();
    expect(record?.windDirectionDeg).toBeNull();
  });

  it('adds a growing offset under drift and occasional jumps under spikes', () => {
    const drift = airSeries(faulty({ kind: 'drift', metric: 'temperature', ratePerDay: 24 }), 'park-bench', from, to);
    const last = rowsIn(drift).at(-1) as number;
    expect((drift.temperatureC[last] as number) - (clean.temperatureC[last] as number)).toBeCloseTo((24 * 119) / 1440, 6);
    const spikes = airSeries(faulty({ kind: 'spike', metric: 'pm25', perHour: 6, magnitude: 100 }), 'park-bench', from, to);
    const jumps = rowsIn(spikes).filter((i) => (spikes.pm25UgM3[i] as number) - (clean.pm25UgM3[i] as number) > 99);
    expect(jumps.length).toBeGreaterThan(2);
    expect(jumps.length).toBeLessThan(40);
  });

  it('shifts reported times under clock skew', () => {
    const s = airSeries(faulty({ kind: 'clock-skew', skewS: 600 }), 'park-bench', from, to);
    const row = rowsIn(s)[30] as number;
    expect(s.pm25UgM3[row]).toBe(clean.pm25UgM3[row - 10]);
  });
});
