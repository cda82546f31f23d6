import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nowCast, nowCastSeries } from './nowcast';

describe('NowCast', () => {
  it('reproduces the EPA worked example (≈ 17.4 µg/m³ with w = 0.5)', () => {
    expect(nowCast([13, 16, 10, 21, 74, 53, 82, 90, 75, 80, 50], 'pm')).toBe(17.4);
    expect(nowCast([13, 16, 10, 21, 74, 53, 82, 90, 75, 80, 50, 60], 'pm')).toBe(17.4);
  });

  it('equals the plain value for a steady concentration', () => {
    expect(nowCast(new Array(12).fill(8.3), 'pm')).toBe(8.3);
    expect(nowCast(new Array(8).fill(41), 'ozone')).toBe(41);
  });

  it('needs at least 2 of the 3 most recent hours', () => {
    expect(nowCast([Number.NaN, Number.NaN, 10, 10, 10], 'pm')).toBeNull();
    expect(nowCast([Number.NaN, 10, 10], 'pm')).toBe(10);
    expect(nowCast([10, Number.NaN, Number.NaN, 10], 'ozone')).toBeNull();
  });

  it('uses only 12 hours for PM and 8 for ozone', () => {
    const pm = [...new Array(12).fill(10), 1000];
    expect(nowCast(pm, 'pm')).toBe(10);
    const ozone = [...new Array(8).fill(40), 500];
    expect(nowCast(ozone, 'ozone')).toBe(40);
  });

  it('has no weight floor for ozone, so it follows a jump harder than PM would', () => {
    const hours = [80, 20, 20, 20, 20, 20, 20, 20];
    const ozone = nowCast(hours, 'ozone') ?? 0;
    expect(ozone).toBe(65); // w = 0.25: (80 + 20·Σ0.25^i) / Σ0.25^i
    expect(nowCast(hours, 'pm') ?? 0).toBeLessThan(ozone);
  });

  it('treats negative hours as zero', () => {
    expect(nowCast([-5, -5, -5], 'pm')).toBe(0);
  });

  it('stays between the smallest and largest hour', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 500, noNaN: true }), { minLength: 3, maxLength: 12 }), (hours) => {
        const value = nowCast(hours, 'pm') ?? Number.NaN;
        expect(value).toBeGreaterThanOrEqual(Math.floor(Math.min(...hours) * 10) / 10 - 1e-9);
        expect(value).toBeLessThanOrEqual(Math.max(...hours) + 1e-9);
      }),
    );
  });

  it('computes a series in time order', () => {
    const series = nowCastSeries([5, 5, 5, 50], 'pm');
    expect(series[0]).toBeNaN(); // one hour is not 2 of 3
    expect(series[1]).toBe(5);
    expect(series[3]).toBeGreaterThan(5);
  });
});
