import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AQI_CATEGORIES,
  aqiCategory,
  aqiReport,
  combinedAqi,
  OZONE_1H_BREAKPOINTS,
  OZONE_8H_BREAKPOINTS,
  ozoneAqi,
  PM25_BREAKPOINTS,
  pm25Aqi,
  truncateTo,
} from './aqi';

describe('AQI (EPA, 2024 breakpoints)', () => {
  it.each([
    // EPA technical assistance document worked examples
    { pollutant: 'PM2.5 35.9 µg/m³', aqi: pm25Aqi(35.9), expected: 102 },
    { pollutant: 'ozone 8-h 0.07853 ppm (truncated to 0.078)', aqi: ozoneAqi(78.53), expected: 126 },
    // The 2024 PM2.5 table: the annual standard 9.0 sits at the top of Good
    { pollutant: 'PM2.5 9.0 µg/m³', aqi: pm25Aqi(9.0), expected: 50 },
    { pollutant: 'PM2.5 9.05 µg/m³ (truncated to 9.0)', aqi: pm25Aqi(9.05), expected: 50 },
    { pollutant: 'PM2.5 12.0 µg/m³ (Moderate since 2024)', aqi: pm25Aqi(12.0), expected: 56 },
    { pollutant: 'PM2.5 400 µg/m³ (beyond the AQI)', aqi: pm25Aqi(400), expected: 500 },
    { pollutant: 'PM2.5 −3 µg/m³ (negative counts as 0)', aqi: pm25Aqi(-3), expected: 0 },
  ])('gives $expected for $pollutant', ({ aqi, expected }) => {
    expect(aqi).toBe(expected);
  });

  it.each(PM25_BREAKPOINTS.map((bp) => [bp.lo, bp.hi, bp.iLo, bp.iHi] as const))(
    'maps the PM2.5 row %s–%s µg/m³ to %s–%s at both edges',
    (lo, hi, iLo, iHi) => {
      expect(pm25Aqi(lo)).toBe(iLo);
      expect(pm25Aqi(hi)).toBe(iHi);
    },
  );

  it.each(OZONE_8H_BREAKPOINTS.map((bp) => [bp.lo, bp.hi, bp.iLo, bp.iHi] as const))(
    'maps the 8-hour ozone row %s–%s ppm to %s–%s at both edges',
    (lo, hi, iLo, iHi) => {
      expect(ozoneAqi(lo * 1000)).toBe(iLo);
      expect(ozoneAqi(hi * 1000)).toBe(iHi);
    },
  );

  it.each(OZONE_1H_BREAKPOINTS.map((bp) => [bp.lo, bp.hi, bp.iLo, bp.iHi] as const))(
    'maps the 1-hour ozone row %s–%s ppm to %s–%s at both edges when it exceeds the 8-hour index',
    (lo, hi, iLo, iHi) => {
      expect(ozoneAqi(0, lo * 1000)).toBe(iLo);
      expect(ozoneAqi(0, hi * 1000)).toBe(iHi);
    },
  );

  it('ignores 1-hour ozone below 0.125 ppm and uses it alone above the 8-hour table', () => {
    expect(ozoneAqi(60, 120)).toBe(ozoneAqi(60));
    expect(ozoneAqi(210)).toBe(300);
    expect(ozoneAqi(210, 450)).toBe(ozoneAqi(0, 450));
  });

  it('truncates instead of rounding, also for binary fractions', () => {
    expect(truncateTo(35.49, 1)).toBe(35.4);
    expect(truncateTo(35.5, 1)).toBe(35.5);
    expect(truncateTo(0.0709999, 3)).toBe(0.07);
    expect(pm25Aqi(35.49)).toBe(100);
  });

  it('never decreases as the PM2.5 concentration rises', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 600, noNaN: true }), fc.double({ min: 0, max: 50, noNaN: true }), (c, dc) => {
        expect(pm25Aqi(c + dc)).toBeGreaterThanOrEqual(pm25Aqi(c));
      }),
    );
  });

  it('never decreases as the ozone concentration rises', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 250, noNaN: true }), fc.double({ min: 0, max: 30, noNaN: true }), (c, dc) => {
        expect(ozoneAqi(c + dc)).toBeGreaterThanOrEqual(ozoneAqi(c));
        expect(ozoneAqi(0, c * 2 + dc)).toBeGreaterThanOrEqual(ozoneAqi(0, c * 2));
      }),
    );
  });

  it.each(AQI_CATEGORIES.map((c) => [c.key, c.min, c.max, c.color] as const))('puts %s at %s–%s with colour %s', (key, min, max, color) => {
    expect(aqiCategory(min).key).toBe(key);
    expect(aqiCategory(max).key).toBe(key);
    expect(aqiReport(max).color).toBe(color);
  });

  it('uses the official EPA colours', () => {
    expect(AQI_CATEGORIES.map((c) => c.color)).toEqual(['#00E400', '#FFFF00', '#FF7E00', '#FF0000', '#8F3F97', '#7E0023']);
  });

  it('reports the larger sub-index and names its pollutant', () => {
    expect(combinedAqi({ pm25: 40, ozone: 120 })).toEqual({ aqi: 120, mainPollutant: 'ozone' });
    expect(combinedAqi({ pm25: 55, ozone: null })).toEqual({ aqi: 55, mainPollutant: 'pm25' });
    expect(combinedAqi({})).toBeNull();
  });
});
