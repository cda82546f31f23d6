import { describe, expect, it } from 'vitest';
import { CitySchema } from '../city/schemas';
import { toLngLat } from '../common/geo';
import { hourlyMeans } from '../common/resample';
import { DAY_MS, HOUR_MS, localTime, MINUTE_MS } from '../common/time';
import { createSimulation } from '../simulation/create-simulation';
import { digest } from '../test-support/digest';
import { engineCity } from '../test-support/engine-city';
import { airSeries } from './engine';
import { FREEWAY_PROFILES, NOX_DECAY_PER_M, stationSources } from './line-sources';

/** The fixture city with an interstate running east–west 1.5 km south of its centre, and receptors north of it. */
const roadLat = 39.95;
const receptor = (id: string, metresNorth: number) => ({
  id,
  name: id,
  siteType: 'park' as const,
  districtId: 'north',
  location: [-83.04, roadLat + metresNorth / 110_540] as [number, number],
});
const city = CitySchema.parse({
  ...engineCity,
  // The interstate runs 16 km each side of the receptors (a line source, not a stub); the box holds it, as a city file must.
  bounds: [
    [-83.2, 39.9],
    [-82.8, 40.08],
  ],
  roads: [
    {
      id: 'test-interstate',
      name: 'Test interstate',
      kind: 'interstate',
      aadt: 175_000,
      truckShare: 0.1,
      path: [
        [-83.2, roadLat],
        [-82.8, roadLat],
      ],
      source: 'test fixture, like the I-70/I-71 split',
    },
  ],
  stations: [...engineCity.stations, receptor('road-30m', 30), receptor('road-150m', 150), receptor('road-600m', 600)],
});
const sim = createSimulation(city, { seed: 5 });
const weekStart = Date.parse('2026-07-13T04:00:00Z'); // Monday 00:00 in Columbus

function hourly(stationId: string, from: number, hours: number) {
  const s = airSeries(sim, stationId, from, from + hours * HOUR_MS);
  return { pm: hourlyMeans(s.timeMs, s.pm25UgM3, from, hours).mean, no2: hourlyMeans(s.timeMs, s.no2Ppb, from, hours).mean };
}
const mean = (xs: ArrayLike<number>) => Array.from(xs).reduce((a, b) => a + b, 0) / xs.length;

describe('line sources', () => {
  it('takes each road at its nearest point and leaves out roads too far to matter', () => {
    const sources = (id: string) => sim.air.stations[sim.air.byId.get(id) as number]?.sources ?? [];
    const near = sources('road-30m').find((s) => s.road === 0);
    expect(near?.distanceM).toBeCloseTo(30, 0);
    expect(sources('road-600m').find((s) => s.road === 0)?.distanceM).toBeCloseTo(600, 0);
    // The fixture's park bench is about 9 km from the interstate.
    expect(sources('park-bench').some((s) => s.road === 0)).toBe(false);
  });

  it('decays with distance: at least half gone by 150 m (Karner 2010), and at the meta-analysis rate beyond', () => {
    // A straight road `d` metres south of the city centre, as seen from the centre.
    const w = (d: number) => {
      const path = [toLngLat(sim.network.projection, -5_000, -d), toLngLat(sim.network.projection, 5_000, -d)];
      const road = { ...(city.roads[0] as (typeof city.roads)[number]), path };
      return stationSources(sim.network, [road], 0, 0).find((s) => s.road === 0)?.noxWeight ?? 0;
    };
    expect(w(150) / w(10)).toBeLessThan(0.5);
    expect(w(900) / w(600)).toBeCloseTo(Math.exp(-NOX_DECAY_PER_M * 300), 2);
  });

  it('follows an urban interstate day: a peak hour inside the K-factor band, night about a quarter of daytime', () => {
    for (const profile of FREEWAY_PROFILES) expect(profile.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    const weekday = FREEWAY_PROFILES[0];
    expect(Math.max(...weekday)).toBeGreaterThan(0.06);
    expect(Math.max(...weekday)).toBeLessThan(0.12);
    const night = mean(weekday.slice(1, 5));
    const day = mean(weekday.slice(7, 19));
    expect(night / day).toBeGreaterThan(0.18);
    expect(night / day).toBeLessThan(0.35);
  });

  it('raises NO2 and PM2.5 beside the interstate, the more the nearer, and lowers ozone there', () => {
    const at = (id: string) => {
      const s = airSeries(sim, id, weekStart, weekStart + 7 * DAY_MS);
      return { pm: mean(s.pm25UgM3), no2: mean(s.no2Ppb), o3: mean(s.ozonePpb) };
    };
    const [near, mid, far, park] = ['road-30m', 'road-150m', 'road-600m', 'park-bench'].map(at) as [
      ReturnType<typeof at>,
      ReturnType<typeof at>,
      ReturnType<typeof at>,
      ReturnType<typeof at>,
    ];
    expect(near.no2).toBeGreaterThan(mid.no2);
    expect(mid.no2).toBeGreaterThan(far.no2);
    expect(near.pm).toBeGreaterThan(mid.pm);
    expect(mid.pm).toBeGreaterThan(far.pm);
    // The published near-road increments (FACTS.md C: +6.9 ppb NO2, +1.0 µg/m³ PM2.5), within a week's weather.
    expect(near.no2 - park.no2).toBeGreaterThan(3);
    expect(near.no2 - park.no2).toBeLessThan(14);
    expect(near.pm - park.pm).toBeGreaterThan(0.4);
    expect(near.pm - park.pm).toBeLessThan(2.5);
    expect(near.o3).toBeLessThan(park.o3);
  });

  it('peaks the near-road NO2 increment in the afternoon and the PM2.5 increment in the morning rush (FACTS.md C)', () => {
    const hours = 14 * 24;
    const near = hourly('road-30m', weekStart, hours);
    const park = hourly('park-bench', weekStart, hours);
    const byHour = (key: 'pm' | 'no2') => {
      const sum = new Float64Array(24);
      const n = new Float64Array(24);
      for (let i = 0; i < hours; i++) {
        const local = localTime(sim.timeZone, weekStart + i * HOUR_MS);
        if (local.dayOfWeek === 0 || local.dayOfWeek === 6) continue;
        const h = Math.floor(local.hourOfDay);
        sum[h] = (sum[h] as number) + (near[key][i] as number) - (park[key][i] as number);
        n[h] = (n[h] as number) + 1;
      }
      const means = Array.from(sum, (v, h) => v / (n[h] as number));
      return means.indexOf(Math.max(...means));
    };
    expect(byHour('no2')).toBeGreaterThanOrEqual(13);
    expect(byHour('no2')).toBeLessThanOrEqual(17);
    expect(byHour('pm')).toBeGreaterThanOrEqual(5);
    expect(byHour('pm')).toBeLessThanOrEqual(9);
  });

  it('gives the same near-road readings in a fresh simulation and for a window split anywhere', () => {
    const a = weekStart + 5 * HOUR_MS;
    const b = a + 7 * HOUR_MS + 41 * MINUTE_MS;
    const c = a + 19 * HOUR_MS;
    const whole = airSeries(sim, 'road-30m', a, c);
    const left = airSeries(sim, 'road-30m', a, b);
    const right = airSeries(createSimulation(city, { seed: 5 }), 'road-30m', b, c);
    const joined = (k: 'no2Ppb' | 'pm25UgM3' | 'ozonePpb') => Float64Array.from([...left[k], ...right[k]]);
    expect(digest(joined('no2Ppb'), joined('pm25UgM3'), joined('ozonePpb'))).toBe(digest(whole.no2Ppb, whole.pm25UgM3, whole.ozonePpb));
  });
});
