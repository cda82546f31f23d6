import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AQI_CATEGORIES,
  aqiCategory,
  aqiReport,
  combinedAqi,
  indexFromBreakpoints,
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

  // The published EPA rows (FACTS.md section B, TAD EPA-454/B-24-002), written out rather than read
  // from the implementation's tables, so a wrong row in the code cannot agree with itself.
  const PM25_ROWS = [
    // [lo, hi] µg/m³ → [iLo, iHi]
    [0.0, 9.0, 0, 50],
    [9.1, 35.4, 51, 100],
    [35.5, 55.4, 101, 150],
    [55.5, 125.4, 151, 200],
    [125.5, 225.4, 201, 300],
    [225.5, 325.4, 301, 500],
  ] as const;
  const OZONE_8H_ROWS = [
    // [lo, hi] ppm → [iLo, iHi]
    [0.0, 0.054, 0, 50],
    [0.055, 0.07, 51, 100],
    [0.071, 0.085, 101, 150],
    [0.086, 0.105, 151, 200],
    [0.106, 0.2, 201, 300],
  ] as const;
  const OZONE_1H_ROWS = [
    [0.125, 0.164, 101, 150],
    [0.165, 0.204, 151, 200],
    [0.205, 0.404, 201, 300],
    [0.405, 0.604, 301, 500],
  ] as const;
  const asRows = (table: typeof PM25_BREAKPOINTS) => table.map((bp) => [bp.lo, bp.hi, bp.iLo, bp.iHi]);

  it('holds the published 2024 breakpoint rows', () => {
    expect(asRows(PM25_BREAKPOINTS)).toEqual(PM25_ROWS);
    expect(asRows(OZONE_8H_BREAKPOINTS)).toEqual(OZONE_8H_ROWS);
    expect(asRows(OZONE_1H_BREAKPOINTS)).toEqual(OZONE_1H_ROWS);
  });

  it.each(PM25_ROWS)('maps the PM2.5 row %s–%s µg/m³ to %s–%s at both edges', (lo, hi, iLo, iHi) => {
    expect(pm25Aqi(lo)).toBe(iLo);
    expect(pm25Aqi(hi)).toBe(iHi);
  });

  it.each([
    // PM2.5 µg/m³ → AQI, worked by hand with Eq. 1 (truncate to 0.1, interpolate, round)
    [9.1, 51],
    [20.0, 71], // 49/26.3 × 10.9 + 51 = 71.31
    [35.4, 100],
    [35.5, 101],
    [45.0, 124], // 49/19.9 × 9.5 + 101 = 124.39
    [55.4, 150],
    [55.5, 151],
    [90.0, 175], // 49/69.9 × 34.5 + 151 = 175.18
    [125.4, 200],
    [125.5, 201],
    [150.0, 225], // 99/99.9 × 24.5 + 201 = 225.28
    [225.4, 300],
    [225.5, 301],
    [275.0, 400], // 199/99.9 × 49.5 + 301 = 399.60
    [325.4, 500],
    [325.5, 500], // beyond the AQI: report 500
  ])('gives the PM2.5 AQI of %s µg/m³ as %s', (ugM3, aqi) => {
    expect(pm25Aqi(ugM3)).toBe(aqi);
  });

  it.each(OZONE_8H_ROWS)('maps the 8-hour ozone row %s–%s ppm to %s–%s at both edges', (lo, hi, iLo, iHi) => {
    expect(ozoneAqi(lo * 1000)).toBe(iLo);
    expect(ozoneAqi(hi * 1000)).toBe(iHi);
  });

  it.each(OZONE_1H_ROWS)(
    'maps the 1-hour ozone row %s–%s ppm to %s–%s at both edges when it exceeds the 8-hour index',
    (lo, hi, iLo, iHi) => {
      expect(ozoneAqi(0, lo * 1000)).toBe(iLo);
      expect(ozoneAqi(0, hi * 1000)).toBe(iHi);
    },
  );

  it.each([
    // 8-hour ozone ppb → AQI (truncated to 1 ppb = 0.001 ppm)
    [54, 50],
    [55, 51],
    [62, 74], // 49/0.015 × 0.007 + 51 = 73.87
    [70, 100],
    [71, 101],
    [85, 150],
    [86, 151],
    [95, 174], // 49/0.019 × 0.009 + 151 = 174.21
    [105, 200],
    [106, 201],
    [150, 247], // 99/0.094 × 0.044 + 201 = 247.34
    [200, 300],
    [201, 300], // above the 8-hour table without a 1-hour value
  ])('gives the 8-hour ozone AQI of %s ppb as %s', (ppb, aqi) => {
    expect(ozoneAqi(ppb)).toBe(aqi);
  });

  it('ignores 1-hour ozone below 0.125 ppm and lets it set the index above the 8-hour table', () => {
    expect(ozoneAqi(60, 120)).toBe(ozoneAqi(60));
    expect(ozoneAqi(210)).toBe(300);
    expect(ozoneAqi(210, 450)).toBe(ozoneAqi(0, 450));
  });

  it('never lowers the AQI when a 1-hour value is added (the more precautionary index is reported)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 650, noNaN: true }), fc.double({ min: 0, max: 650, noNaN: true }), (ppb8h, ppb1h) => {
        expect(ozoneAqi(ppb8h, ppb1h)).toBeGreaterThanOrEqual(ozoneAqi(ppb8h));
        expect(ozoneAqi(ppb8h, ppb1h)).toBeGreaterThanOrEqual(ozoneAqi(0, ppb1h));
      }),
    );
  });

  it.each([
    // [8-hour ppb, 1-hour ppb, AQI]: the larger index counts, also above 0.200 ppm (8-h), where the 8-h reads 300
    [100, 130, 187], // 8-h 187 (49/0.019 × 0.014 + 151 = 187.1) beats 1-h 107
    [60, 180, 170], // 1-h 170 (49/0.039 × 0.015 + 151 = 169.8) beats 8-h 68
    [200, 130, 300], // 8-h exactly 0.200 ppm still has its index, 300
    [210, 130, 300], // 8-h beyond its table (300) beats 1-h 107: adding the 1-hour value must not lower the AQI
    [210, 350, 300], // 8-h beyond its table, 1-h 273 (99/0.199 × 0.145 + 201 = 273.1) is below 300, so 300 stays
    [210, 450, 346], // 8-h beyond its table, 1-h 346 (199/0.199 × 0.045 + 301 = 346) beats 300
    [210, 100, 300], // 8-h beyond its table, 1-h below its own: 300
    [50, 124, 46], // 1-h below its table adds nothing
    [50, Number.NaN, 46], // a missing 1-hour value adds nothing
  ])('gives ozone %s ppb (8-h) with %s ppb (1-h) an AQI of %s', (ppb8h, ppb1h, aqi) => {
    expect(ozoneAqi(ppb8h, ppb1h)).toBe(aqi);
  });

  it('gives a concentration that falls between two rows (untruncated input) the upper row’s lowest index', () => {
    // 0.0545 ppm lies between 0.054 (AQI 50) and 0.055 (AQI 51); interpolating would give 49.
    expect(indexFromBreakpoints(OZONE_8H_BREAKPOINTS, 0.0545)).toBe(51);
    expect(indexFromBreakpoints(OZONE_8H_BREAKPOINTS, -0.001)).toBeNull();
    expect(indexFromBreakpoints(OZONE_1H_BREAKPOINTS, 0.605)).toBe(500);
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

  it.each([
    // [key, label, lowest, highest, colour]: TAD 2024 Tables 1 and 2
    ['good', 'Good', 0, 50, '#00E400'],
    ['moderate', 'Moderate', 51, 100, '#FFFF00'],
    ['usg', 'Unhealthy for Sensitive Groups', 101, 150, '#FF7E00'],
    ['unhealthy', 'Unhealthy', 151, 200, '#FF0000'],
    ['very-unhealthy', 'Very Unhealthy', 201, 300, '#8F3F97'],
    ['hazardous', 'Hazardous', 301, 500, '#7E0023'],
  ])('puts %s (%s) at %s–%s with colour %s', (key, label, min, max, color) => {
    for (const aqi of [min, max]) expect(aqiReport(aqi)).toMatchObject({ aqi, category: key, label, color });
    if (min > 0) expect(aqiCategory(min - 1).key).not.toBe(key);
  });

  it('reads values beyond 500 as Hazardous and reports them as 500; rounds and clamps the reported index', () => {
    expect(aqiReport(612)).toMatchObject({ aqi: 500, category: 'hazardous' });
    expect(aqiReport(-3)).toMatchObject({ aqi: 0, category: 'good' });
    expect(aqiReport(99.6)).toMatchObject({ aqi: 100, category: 'moderate' });
  });

  it('gives each category its own health message', () => {
    const messages = AQI_CATEGORIES.map((c) => c.message);
    expect(new Set(messages).size).toBe(6);
    for (const message of messages) expect(message.length).toBeGreaterThan(40);
    expect(aqiReport(350).message).toMatch(/emergency/);
    expect(aqiReport(120).message).toMatch(/^Sensitive groups/);
  });

  it('uses the official EPA colours', () => {
    expect(AQI_CATEGORIES.map((c) => c.color)).toEqual(['#00E400', '#FFFF00', '#FF7E00', '#FF0000', '#8F3F97', '#7E0023']);
  });

  it('reports the larger sub-index and names its pollutant', () => {
    expect(combinedAqi({ pm25: 40, ozone: 120 })).toEqual({ aqi: 120, mainPollutant: 'ozone' });
    expect(combinedAqi({ pm25: 55, ozone: null })).toEqual({ aqi: 55, mainPollutant: 'pm25' });
    expect(combinedAqi({})).toBeNull();
    expect(combinedAqi({ pm25: null, ozone: undefined })).toBeNull();
    // A tie keeps the pollutant named first.
    expect(combinedAqi({ pm25: 80, ozone: 80 })).toEqual({ aqi: 80, mainPollutant: 'pm25' });
  });
});
