import { describe, expect, it } from 'vitest';
import { hourlyMeans } from '../common/resample';
import { createSimulation } from '../simulation/create-simulation';
import { testCity } from '../test-support/test-city';
import { AirHours } from './air-hours';
import { airSeries } from './engine';

const HOUR = 3_600_000;

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
    expect(cached.pm.length).toBe((to - from) / HOUR);
  });
});
