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

  // EPA's NowCast weighs hour i (0 = latest) by w^i whether or not the hours before it are present:
  // a missing hour drops out of both sums but the weight keeps advancing past it. Worked by hand.
  it.each([
    // PM: w* = 10/40 = 0.25 → floor 0.5; (10 + 0.25·20 + 0.125·40) / (1 + 0.25 + 0.125) = 14.54
    { hours: [10, Number.NaN, 20, 40], kind: 'pm', expected: 14.5 },
    // PM, latest hour missing (still 2 of 3): w = 0.5; (0.5·30 + 0.25·24 + 0.03125·12) / 0.78125 = 27.36
    { hours: [Number.NaN, 30, 24, Number.NaN, Number.NaN, 12], kind: 'pm', expected: 27.3 },
    // PM, hours absent at the end: w = 30/40; (40 + 0.75·30) / 1.75 = 35.71
    { hours: [40, 30], kind: 'pm', expected: 35.7 },
    // Ozone, no floor: w = 20/50 = 0.4; (50 + 0.16·30 + 0.0256·20) / 1.1856 = 46.65
    { hours: [50, Number.NaN, 30, Number.NaN, 20], kind: 'ozone', expected: 46 },
    // Ozone: w = 5/60; six missing hours between 50 and 5 shrink the last weight to w^7
    { hours: [60, 50, Number.NaN, Number.NaN, Number.NaN, Number.NaN, Number.NaN, 5], kind: 'ozone', expected: 59 },
  ] as const)('keeps advancing the weight across missing hours: $hours ($kind) → $expected', ({ hours, kind, expected }) => {
    expect(nowCast(hours, kind)).toBe(expected);
  });

  it('computes a series with missing hours, each hour from the hours up to it', () => {
    // t=3: [30, –, 12] → w 0.5: (30 + 0.25·12) / 1.25 = 26.4; t=4: [8, 30, –, 12] → (8 + 15 + 1.5) / 1.625 = 15.07
    expect(Array.from(nowCastSeries([Number.NaN, 12, Number.NaN, 30, 8], 'pm'))).toEqual([Number.NaN, Number.NaN, Number.NaN, 26.4, 15]);
    // t=2: [40, –, 20] → w 0.5 → 36; t=3: 1 of 3 → none; t=4: [60, –, 40, –, 20] → w 1/3 → 57.58;
    // t=5: [30, 60, –, 40, –, 20] → w 1/3 → 37.51
    expect(Array.from(nowCastSeries([20, Number.NaN, 40, Number.NaN, 60, 30], 'ozone'))).toEqual([
      Number.NaN,
      Number.NaN,
      36,
      Number.NaN,
      57,
      37,
    ]);
  });

  it('takes the weight from the hours of its own window only', () => {
    // A 9th ozone hour far from the others must not lower the weight: [40, 20 ×7] has w = 0.5,
    // (40 + 20·Σ₁⁷0.5^i) / Σ₀⁷0.5^i = 30.04; with the 500 counted w would be 0.04 and the NowCast 39.
    const ozone = [40, 20, 20, 20, 20, 20, 20, 20];
    expect(nowCast(ozone, 'ozone')).toBe(30);
    expect(nowCast([...ozone, 500], 'ozone')).toBe(30);
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
