import { describe, expect, it } from 'vitest';
import type { Climate } from '../schemas/city';
import { diurnalShape, seasonalNormalC, temperatureC } from './weather';

const climate: Climate = { meanTempC: 11.7, annualAmplitudeC: 12.5, coldestDayOfYear: 20, diurnalRangeC: 10, source: 'test' };
const site = { timeZone: 'America/New_York', climate };

describe('weather driver: temperature', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const t = Date.parse('2026-07-15T18:00:00Z');
    expect(temperatureC(site, 1, t)).toBe(temperatureC(site, 1, t));
    expect(temperatureC(site, 1, t)).not.toBe(temperatureC(site, 2, t));
  });

  it('has its diurnal minimum at 06:00 and maximum at 15:00 local', () => {
    expect(diurnalShape(6)).toBeCloseTo(-1);
    expect(diurnalShape(15)).toBeCloseTo(1);
    for (let h = 0; h < 24; h += 0.25) {
      expect(Math.abs(diurnalShape(h))).toBeLessThanOrEqual(1 + 1e-12);
    }
    expect(diurnalShape(23.999)).toBeCloseTo(diurnalShape(0), 2);
  });

  it('puts the coldest normal in January and the warmest in July', () => {
    expect(seasonalNormalC(climate, 20)).toBeCloseTo(climate.meanTempC - climate.annualAmplitudeC);
    expect(seasonalNormalC(climate, 20 + 365.2425 / 2)).toBeCloseTo(climate.meanTempC + climate.annualAmplitudeC);
  });

  it('keeps a year of hourly values within plausible Columbus extremes', () => {
    const start = Date.parse('2026-01-01T05:00:00Z');
    let min = Number.POSITIVE_INFINITY;
    let max = Number.NEGATIVE_INFINITY;
    let sum = 0;
    const hours = 365 * 24;
    for (let i = 0; i < hours; i++) {
      const value = temperatureC(site, 7, start + i * 3_600_000);
      min = Math.min(min, value);
      max = Math.max(max, value);
      sum += value;
    }
    expect(min).toBeGreaterThan(-25);
    expect(max).toBeLessThan(40);
    expect(sum / hours).toBeCloseTo(climate.meanTempC, 0);
  });
});
