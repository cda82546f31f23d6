import { describe, expect, it } from 'vitest';
import type { Climate } from '../city/schemas';
import { HOUR_MS } from '../common/time';
import {
  clearSkyGhiWm2,
  diurnalShape,
  episodeWeight,
  lerpAngleDeg,
  seasonalNormalC,
  solarElevationDeg,
  temperatureC,
  W_CLOUD,
  W_RH,
  W_WIND,
  WeatherCache,
} from './engine';

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

  it('keeps ten years of hourly values within plausible Columbus extremes, around the normal mean', () => {
    // One year's mean strays from the normal as real years do (winter weather systems are wide):
    // the climate is the mean of ten. Each year's extremes stay within 3 standard deviations of
    // ASHRAE's mean annual extremes for Columbus (min −20.9 ± 3.9 °C, max 34.5 ± 1.4 °C, FACTS.md C).
    const start = Date.parse('2026-01-01T05:00:00Z');
    let sum = 0;
    const years = 10;
    const hours = 365 * 24;
    for (let y = 0; y < years; y++) {
      let min = Number.POSITIVE_INFINITY;
      let max = Number.NEGATIVE_INFINITY;
      for (let i = 0; i < hours; i++) {
        const value = temperatureC(site, 7, start + (y * hours + i) * HOUR_MS);
        min = Math.min(min, value);
        max = Math.max(max, value);
        sum += value;
      }
      expect(min).toBeGreaterThan(-20.9 - 3 * 3.9);
      expect(min).toBeLessThan(-20.9 + 3 * 3.9);
      expect(max).toBeLessThan(34.5 + 3 * 1.4);
      expect(max).toBeGreaterThan(34.5 - 3 * 1.4);
    }
    expect(sum / (years * hours)).toBeCloseTo(climate.meanTempC, 0);
  });
});

describe('weather driver: the full state', () => {
  const columbus = { timeZone: 'America/New_York', climate, location: [-82.9988, 39.9612] as [number, number] };
  const cache = new WeatherCache({ site: columbus, seed: 11, episodes: {} });

  it('puts the June noon sun about 73° high over Columbus and below the horizon at midnight', () => {
    expect(solarElevationDeg(columbus.location, Date.parse('2026-06-21T17:32:00Z'))).toBeCloseTo(73.5, 0);
    expect(solarElevationDeg(columbus.location, Date.parse('2026-06-21T05:30:00Z'))).toBeLessThan(-20);
  });

  it('has no sunshine at night and at most the clear-sky value by day', () => {
    const night = cache.at(Date.parse('2026-07-15T06:00:00Z'));
    const noon = cache.at(Date.parse('2026-07-15T17:30:00Z'));
    expect(night.ghiWm2).toBe(0);
    expect(noon.ghiWm2).toBeGreaterThan(100);
    expect(noon.ghiWm2).toBeLessThanOrEqual(clearSkyGhiWm2(noon.solarElevationDeg) + 1e-9);
  });

  it('keeps humidity in 0–100 %, cloud in 0–1 and wind positive for a year of hours', () => {
    const start = Math.floor(Date.parse('2026-01-01T00:00:00Z') / HOUR_MS);
    for (let h = 0; h < 365 * 24; h += 7) {
      expect(cache.hourField(start + h, W_RH)).toBeGreaterThanOrEqual(0);
      expect(cache.hourField(start + h, W_RH)).toBeLessThanOrEqual(100);
      expect(cache.hourField(start + h, W_CLOUD)).toBeGreaterThanOrEqual(0);
      expect(cache.hourField(start + h, W_CLOUD)).toBeLessThanOrEqual(1);
      expect(cache.hourField(start + h, W_WIND)).toBeGreaterThan(0);
    }
  });

  it('mixes deeper on a summer afternoon than at night', () => {
    const afternoon = cache.at(Date.parse('2026-07-15T19:00:00Z')).mixingHeightM;
    const night = cache.at(Date.parse('2026-07-15T08:00:00Z')).mixingHeightM;
    expect(afternoon).toBeGreaterThan(2 * night);
  });

  it('matches the point temperature function at whole hours', () => {
    const t = Date.parse('2026-03-10T15:00:00Z');
    expect(cache.at(t).temperatureC).toBeCloseTo(temperatureC(columbus, 11, t), 9);
  });

  it('warms by the heat-wave delta on the plateau and not outside the window', () => {
    const heatWave = { fromMs: Date.parse('2026-07-10T00:00:00Z'), toMs: Date.parse('2026-07-14T00:00:00Z'), magnitude: 6 };
    const hot = new WeatherCache({ site: columbus, seed: 11, episodes: { heatWave } });
    const during = Date.parse('2026-07-12T19:00:00Z');
    const after = Date.parse('2026-07-15T19:00:00Z');
    expect(hot.at(during).temperatureC - cache.at(during).temperatureC).toBeGreaterThan(5);
    expect(hot.at(after).temperatureC).toBe(cache.at(after).temperatureC);
    expect(episodeWeight(heatWave, heatWave.fromMs)).toBe(0);
  });

  it('interpolates wind direction along the short arc', () => {
    expect(lerpAngleDeg(350, 10, 0.5)).toBeCloseTo(0);
    expect(lerpAngleDeg(10, 350, 0.25)).toBeCloseTo(5);
  });
});
