import { describe, expect, it } from 'vitest';
import { hourlyMeans } from '../common/resample';
import { HOUR_MS, MINUTE_MS } from '../common/time';
import { createSimulation } from '../simulation/create-simulation';
import { engineCity } from '../test-support/engine-city';
import { testCity } from '../test-support/test-city';
import { AirHours } from './air-hours';
import { aqiReport, ozoneAqi, pm25Aqi } from './aqi';
import { airSeries } from './engine';
import { nowCast } from './nowcast';
import { AirHourlySchema } from './schemas';

describe('AirHours', () => {
  const sim = createSimulation(testCity, {});

  it('gives the hourly means of the engine minutes across a UTC day boundary', () => {
    const from = Date.parse('2026-07-15T19:00:00Z');
    const to = Date.parse('2026-07-16T03:00:00Z');
    const cached = new AirHours().means(sim, 'k', 'north-park', from, to);
    const minutes = airSeries(sim, 'north-park', from, to);
    expect(cached.startMs).toBe(from);
    expect(Array.from(cached.pm)).toEqual(Array.from(hourlyMeans(minutes.timeMs, minutes.pm25UgM3, from, 8).mean));
    expect(Array.from(cached.o3)).toEqual(Array.from(hourlyMeans(minutes.timeMs, minutes.ozonePpb, from, 8).mean));
    expect(cached.pm.length).toBe((to - from) / HOUR_MS);
  });

  it('gives the same means whether a day is asked hour by hour or at once', () => {
    const day = Date.parse('2026-07-15T00:00:00Z');
    const pieces = new AirHours();
    pieces.records(sim, 'k', 'north-park', day + 20 * HOUR_MS, day + 21 * HOUR_MS);
    pieces.means(sim, 'k', 'north-park', day + 2 * HOUR_MS, day + 5 * HOUR_MS);
    const whole = new AirHours().means(sim, 'k', 'north-park', day, day + 24 * HOUR_MS);
    const pieced = pieces.means(sim, 'k', 'north-park', day, day + 24 * HOUR_MS);
    expect(Array.from(pieced.pm)).toEqual(Array.from(whole.pm));
    expect(Array.from(pieced.o3)).toEqual(Array.from(whole.o3));
  });

  it('computes hourly means, NowCast and AQI with an official colour', () => {
    const july = Date.parse('2026-07-14T04:00:00Z');
    const engineSim = createSimulation(engineCity, { seed: 5 });
    const hours = new AirHours().records(engineSim, 'k', 'park-bench', july, july + 6 * HOUR_MS);
    expect(hours).toHaveLength(6);
    for (const h of hours) {
      AirHourlySchema.parse(h);
      expect(h.aqi?.aqi).toBeGreaterThanOrEqual(0);
      expect(['#00E400', '#FFFF00', '#FF7E00']).toContain(h.aqi?.color);
    }
  });

  it('gives each hour the NowCast of the twelve (ozone: eight) hourly means before it, from the minutes', () => {
    const hour = Date.parse('2026-07-15T20:00:00Z');
    const [record] = new AirHours().records(sim, 'k', 'main-roadside', hour + 25 * MINUTE_MS, hour + HOUR_MS);
    const from = hour - 11 * HOUR_MS;
    const minutes = airSeries(sim, 'main-roadside', from, hour + HOUR_MS);
    const newestFirst = (values: Float64Array) => Array.from(hourlyMeans(minutes.timeMs, values, from, 12).mean).reverse();
    const pm = nowCast(newestFirst(minutes.pm25UgM3), 'pm');
    const o3 = nowCast(newestFirst(minutes.ozonePpb).slice(0, 8), 'ozone');
    expect(record?.time).toBe('2026-07-15T20:00:00.000Z');
    expect(record?.pm25NowCastUgM3).toBe(pm);
    expect(record?.ozoneNowCastPpb).toBe(o3);
    expect(record?.aqi).toEqual(aqiReport(Math.max(pm25Aqi(pm as number), ozoneAqi(o3 as number))));
  });
});
