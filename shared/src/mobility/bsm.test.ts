import { describe, expect, it } from 'vitest';
import { HOUR_MS, MINUTE_MS } from '../common/time';
import { createSimulation } from '../simulation/create-simulation';
import { engineCity } from '../test-support/engine-city';
import { type BsmColumns, bsmColumns, bsmRecordsFromColumns, HARD_BRAKING_WITH_ABS } from './bsm';
import { derivedSpeedErrors, GPS_CORRELATION_S, gpsDrift } from './gps-error';
import { safetyEvents } from './safety-events';

const peak = Date.parse('2026-07-14T21:00:00Z'); // Tuesday 17:00 in Columbus
// A classroom scenario with many equipped vehicles (15%): thousands of messages a minute.
const sim = createSimulation(engineCity, { seed: 2, levers: { connectedShare: 0.15 } });
const M_PER_DEG_LAT = 111_320;

describe('GPS error in the BSMs', () => {
  const cols = bsmColumns(sim, peak, peak + MINUTE_MS);

  it('drifts slowly, so speed derived from consecutive positions agrees with the reported speed', () => {
    const errors = derivedSpeedErrors(cols);
    expect(errors.length).toBeGreaterThan(1000);
    const mean = errors.reduce((a, b) => a + b, 0) / errors.length;
    // Fixes are rounded to 1e-7 degrees (about 1 cm): over 100 ms that alone is up to ~0.15 m/s.
    expect(mean).toBeLessThan(0.15);
    expect(errors[Math.floor(errors.length * 0.95)]).toBeLessThan(0.35);
  });

  it('still puts each fix a metre or two from the vehicle', () => {
    let sum = 0;
    for (let i = 0; i < cols.count; i++) sum += (((cols.latE7[i] as number) / 1e7 - (cols.lat[i] as number)) * M_PER_DEG_LAT) ** 2;
    const rms = Math.sqrt(sum / cols.count);
    expect(rms).toBeGreaterThan(0.8);
    expect(rms).toBeLessThan(2.2);
  });

  it('is a smooth curve with unit variance that forgets itself over a few correlation times', () => {
    const keys = Array.from({ length: 4000 }, (_, k) => (k * 2654435761) >>> 0);
    const at = (t: number) => keys.map((key) => gpsDrift(key, t));
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const t0 = 1_784_000_013.7;
    const now = at(t0);
    expect(mean(now.map((x) => x * x))).toBeCloseTo(1, 1);
    const step = at(t0 + 0.1);
    expect(Math.max(...now.map((x, k) => Math.abs(x - (step[k] as number))))).toBeLessThan(0.05);
    const late = at(t0 + 4 * GPS_CORRELATION_S);
    expect(Math.abs(mean(now.map((x, k) => x * (late[k] as number))))).toBeLessThan(0.1);
  });

  it('gives the same fixes to a window asked whole or in two parts', () => {
    const split = peak + 23_400;
    const left = bsmColumns(sim, peak, split);
    const right = bsmColumns(sim, split, peak + MINUTE_MS);
    const rows = (c: BsmColumns) =>
      Array.from({ length: c.count }, (_, i) => `${c.trips[c.trip[i] as number]?.key}:${c.timeMs[i]}:${c.latE7[i]}:${c.lngE7[i]}`);
    expect([...rows(left), ...rows(right)].sort()).toEqual(rows(cols).sort());
  });
});

describe('brake status and event flags', () => {
  it('sets the ABSactivated and hardBraking event bits whenever ABS is engaged, and no flags otherwise', () => {
    const hard = safetyEvents(sim, peak - 2 * HOUR_MS, peak + 2 * HOUR_MS).find((e) => e.kind === 'hard-braking');
    if (!hard) throw new Error('no hard braking in four hours');
    const t = Date.parse(hard.time);
    const records = bsmRecordsFromColumns(sim, bsmColumns(sim, t - 1000, t + 2000));
    const engaged = records.filter((r) => r.coreData.brakes.abs === 'engaged');
    expect(engaged.length).toBeGreaterThan(0);
    for (const r of engaged) {
      expect(r.partII?.vse.events).toBe(HARD_BRAKING_WITH_ABS);
      expect(r.partII?.vse.events[2]).toBe('1');
      expect(r.partII?.vse.events[7]).toBe('1');
      expect(r.coreData.brakes.wheelBrakes).toBe('01111');
    }
    for (const r of records.filter((x) => x.coreData.brakes.abs !== 'engaged')) {
      expect(r.partII).toBeUndefined();
      expect(r.coreData.brakes.abs).toBe('on');
    }
  });
});
