import { describe, expect, it } from 'vitest';
import { combine } from '../common/rng';
import { createSimulation } from '../simulation/create-simulation';
import { engineCity } from '../test-support/engine-city';
import { DRYER_KW, DRYER_SHARE_OF_BASE, dryerDraw, dryerDrawOf, dryerHourWord, dryerKw, dryerKwOver, hourOfInterval } from './appliances';
import { meterIntervals } from './engine';
import { meterId } from './population';
import { INTERVAL_MS } from './window';

describe('clothes dryer cycles', () => {
  it('move 6% of the class’s 10,715 kWh out of the base load (643 of 7,714 kWh a year)', () => {
    expect(DRYER_SHARE_OF_BASE * 0.88 * 8766).toBeCloseTo(0.06 * 10_715, 6);
    expect(DRYER_SHARE_OF_BASE).toBeCloseTo(0.0833, 4);
  });

  it('leave a home’s expected load unchanged: over the draws the dryer’s part averages zero', () => {
    for (const baseKw of [0.3, 0.88, 1.5]) {
      let sum = 0;
      const draws = 100_000;
      for (let i = 0; i < draws; i++) sum += dryerKw(baseKw, (i + 0.5) / draws);
      expect(Math.abs(sum / draws)).toBeLessThan(1e-4);
      // Off, the home draws its base load less the replaced share; on, 3.4 kW more than that.
      expect(dryerKw(baseKw, 0.999)).toBeCloseTo(-DRYER_SHARE_OF_BASE * baseKw, 12);
      expect(dryerKw(baseKw, 0)).toBeCloseTo(DRYER_KW - DRYER_SHARE_OF_BASE * baseKw, 12);
    }
  });

  it('draw per meter and absolute hour: the same draw whichever window asks, different between hours and homes', () => {
    expect(hourOfInterval(4 * 493_000 + 3)).toBe(493_000);
    expect(dryerDraw(12345, 493_000)).toBe(dryerDraw(12345, 493_000));
    expect(dryerDraw(12345, 493_000)).not.toBe(dryerDraw(12345, 493_001));
    expect(dryerDraw(12345, 493_000)).not.toBe(dryerDraw(12346, 493_000));
  });

  it('split the hash in two without changing a draw: the hour’s word once for all homes, then one mix a home', () => {
    for (const [key, hour] of [
      [12345, 493_000],
      [0xffffffff, 0],
      [7, 2 ** 31 - 1],
    ] as const) {
      // The draw as first defined (combine of the salted key and the hour), to the bit.
      expect(dryerDraw(key, hour)).toBe(combine((key ^ 0x6d2b79f5) >>> 0, hour >>> 0) / 4294967296);
      expect(dryerDrawOf(key, dryerHourWord(hour))).toBe(dryerDraw(key, hour));
      expect(dryerKwOver(0.9, dryerDraw(key, hour) * DRYER_KW)).toBe(dryerKw(0.9, dryerDraw(key, hour)));
    }
  });

  it('show in a home’s reads as whole clock hours about 3.4 kW above its neighbouring hours, about half a cycle a day', () => {
    const sim = createSimulation(engineCity, { seed: 3 });
    const from = Date.parse('2026-04-06T04:00:00Z');
    const days = 28;
    const home = sim.meters.keys.findIndex(
      (_, m) => sim.meters.classCode[m] === 0 && sim.meters.hasPv[m] === 0 && sim.meters.hasEv[m] === 0,
    );
    const reads = meterIntervals(sim, meterId(sim.meters, home), from, from + days * 96 * INTERVAL_MS).kwh;
    const hourKwh = (k: number) => reads.slice(4 * k, 4 * k + 4).reduce((a, b) => a + b, 0);
    let cycles = 0;
    for (let h = 1; h < days * 24 - 1; h++) {
      // A cycle adds 3.4 kWh to its hour; the base load and its noise move far less than that between hours.
      if (hourKwh(h) - (hourKwh(h - 1) + hourKwh(h + 1)) / 2 > 2.5) cycles++;
    }
    expect(cycles).toBeGreaterThan(0.25 * days);
    expect(cycles).toBeLessThan(1 * days);
  });
});
