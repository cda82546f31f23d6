import { describe, expect, it } from 'vitest';
import { createSimulation } from '../simulation/create-simulation';
import { testCity } from '../test-support/test-city';
import { temperatureC } from './engine';
import { hourlyWeather, localDate } from './hourly-weather';
import { HourlyWeatherSchema } from './schemas';

const seeded = (seed: number) => createSimulation(testCity, { seed });

describe('hourlyWeather', () => {
  it('gives 24 hours on an ordinary day, in order, parsing with the API schema', () => {
    const day = HourlyWeatherSchema.parse(hourlyWeather(seeded(1), '2026-07-15'));
    expect(day.hours.map((h) => h.localHour)).toEqual(Array.from({ length: 24 }, (_, i) => i));
    expect(day.hours[0]?.time).toBe('2026-07-15T04:00:00.000Z');
  });

  it('follows the wall clock on the DST change days', () => {
    const spring = hourlyWeather(seeded(1), '2026-03-08').hours.map((h) => h.localHour);
    expect(spring).toEqual([0, 1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]);
    const autumn = hourlyWeather(seeded(1), '2026-11-01').hours.map((h) => h.localHour);
    expect(autumn.slice(0, 4)).toEqual([0, 1, 1, 2]);
  });

  it('is warmer in the afternoon than before dawn on most days', () => {
    let warmer = 0;
    const sim = seeded(3);
    for (let d = 1; d <= 28; d++) {
      const { hours } = hourlyWeather(sim, `2026-06-${String(d).padStart(2, '0')}`);
      if ((hours[15]?.temperatureC ?? 0) > (hours[5]?.temperatureC ?? 0)) warmer++;
    }
    expect(warmer).toBeGreaterThanOrEqual(25);
  });

  it('is the weather driver itself when the scenario has no heat wave', () => {
    const site = { timeZone: testCity.timezone, climate: testCity.climate };
    const sim = seeded(5);
    for (const date of ['2026-01-20', '2026-03-08', '2026-07-15', '2026-11-01']) {
      for (const hour of hourlyWeather(sim, date).hours) {
        expect(hour.temperatureC).toBe(Math.round(temperatureC(site, 5, Date.parse(hour.time)) * 10) / 10);
      }
    }
  });

  it("raises the day's high by the heat wave's ΔT on a plateau day", () => {
    const heatWave = { from: '2026-07-12T04:00:00Z', to: '2026-07-18T04:00:00Z', deltaC: 8 };
    const high = (sim: ReturnType<typeof seeded>) => Math.max(...hourlyWeather(sim, '2026-07-15').hours.map((h) => h.temperatureC));
    const hot = createSimulation(testCity, { seed: 1, levers: { heatWave } });
    expect(high(hot) - high(seeded(1))).toBeCloseTo(8, 0);
  });

  it('names the local date of an instant', () => {
    expect(localDate('America/New_York', Date.parse('2026-07-15T03:59:00Z'))).toBe('2026-07-14');
    expect(localDate('America/New_York', Date.parse('2026-07-15T04:00:00Z'))).toBe('2026-07-15');
  });
});
