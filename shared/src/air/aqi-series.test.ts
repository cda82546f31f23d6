import { describe, expect, it } from 'vitest';
import { HOUR_MS, MINUTE_MS } from '../common/time';
import { dailyAqi, dailyAqiHours, hourlyAqi, localDates } from './aqi-series';

const TZ = 'America/New_York';

function flat(hours: number, pm: number, o3: number) {
  return { pm: new Float64Array(hours).fill(pm), o3: new Float64Array(hours).fill(o3) };
}

describe('hourlyAqi', () => {
  it('gives the NowCast of a steady hour and the larger sub-index as the AQI', () => {
    const result = hourlyAqi({ startMs: 0, ...flat(14, 12.0, 40) });
    expect(result.pm25NowCastUgM3[13]).toBe(12);
    expect(result.ozoneNowCastPpb[13]).toBe(40);
    expect(result.pm25Aqi[13]).toBe(56); // 9.1–35.4 → 51–100: 49 / 26.3 × 2.9 + 51
    expect(result.ozoneAqi[13]).toBe(37); // 0.040 ppm in 0–0.054 → 0–50
    expect(result.aqi[13]).toBe(56);
  });

  it('marks hours without a valid NowCast as NaN, and uses the other pollutant alone', () => {
    const means = { startMs: 0, ...flat(4, Number.NaN, 60) };
    const result = hourlyAqi(means);
    expect(result.pm25Aqi[3]).toBeNaN();
    expect(result.aqi[3]).toBe(result.ozoneAqi[3]);
    expect(hourlyAqi({ startMs: 0, ...flat(3, Number.NaN, Number.NaN) }).aqi[2]).toBeNaN();
  });
});

describe('local days', () => {
  it('lists the dates of a window, month ends and leap days included', () => {
    expect(localDates('2028-02-27', '2028-03-02')).toEqual(['2028-02-27', '2028-02-28', '2028-02-29', '2028-03-01']);
    expect(localDates('2026-07-01', '2026-07-01')).toEqual([]);
  });

  it('reads from the first local midnight to 8 hours past the last day (the last ozone period)', () => {
    const { fromMs, toMs } = dailyAqiHours(TZ, '2026-07-01', '2026-07-03');
    expect(new Date(fromMs).toISOString()).toBe('2026-07-01T04:00:00.000Z');
    expect(new Date(toMs).toISOString()).toBe('2026-07-03T12:00:00.000Z');
  });
});

describe('dailyAqi', () => {
  const from = Date.parse('2026-07-01T04:00:00Z');
  const hours = 2 * 24 + 8;

  it('takes the 24-hour PM2.5 mean and the highest 8-hour ozone of the day', () => {
    const pm = new Float64Array(hours).fill(10);
    const o3 = new Float64Array(hours).fill(30);
    // Afternoon of day 1: 8 hours of 80 ppb from 13:00 local, a 36 µg/m³ hour at noon.
    o3.fill(80, 13, 21);
    pm[12] = 10 + 24 * 26; // lifts the day mean by 26 µg/m³
    const [day1, day2] = dailyAqi({ startMs: from, pm, o3 }, TZ, ['2026-07-01', '2026-07-02'], from + 3 * 24 * HOUR_MS);
    expect(day1?.pm25MeanUgM3).toBe(36);
    expect(day1?.pm25Aqi).toBe(102);
    expect(day1?.ozoneMax8hPpb).toBe(80);
    expect(day1?.ozoneAqi).toBe(133); // 0.080 ppm: 49 / 0.014 × 0.009 + 101
    expect(day1?.aqi).toMatchObject({ aqi: 133, category: 'usg', color: '#FF7E00' });
    expect(day1?.mainPollutant).toBe('ozone');
    expect(day1?.complete).toBe(true);
    expect(day2?.pm25MeanUgM3).toBe(10);
    expect(day2?.aqi?.category).toBe('moderate');
    expect(day2?.mainPollutant).toBe('pm25');
  });

  it('counts ozone periods starting 07:00 to 23:00 only', () => {
    const pm = new Float64Array(hours).fill(5);
    const o3 = new Float64Array(hours).fill(20);
    o3.fill(90, 0, 6); // 00:00–06:00 local: before the first period starts
    const [day1] = dailyAqi({ startMs: from, pm, o3 }, TZ, ['2026-07-01'], from + 3 * 24 * HOUR_MS);
    expect(day1?.ozoneMax8hPpb).toBe(20);
  });

  it('reports a day in progress from the hours that have ended, and nothing before 18 hours', () => {
    const { pm, o3 } = flat(hours, 10, 30);
    const asOf = from + 20 * HOUR_MS + 30 * MINUTE_MS;
    const [today, tomorrow] = dailyAqi({ startMs: from, pm, o3 }, TZ, ['2026-07-01', '2026-07-02'], asOf);
    expect(today).toMatchObject({ validHours: 20, pm25MeanUgM3: 10, complete: false });
    expect(tomorrow).toMatchObject({ validHours: 0, pm25MeanUgM3: null, ozoneMax8hPpb: null, aqi: null, complete: false });
    const early = dailyAqi({ startMs: from, pm, o3 }, TZ, ['2026-07-01'], from + 17 * HOUR_MS)[0];
    expect(early?.pm25MeanUgM3).toBeNull();
    expect(early?.aqi?.aqi).toBe(early?.ozoneAqi);
  });

  it('counts an hour as known once it has ended, and a day complete once its last ozone period has', () => {
    const { pm, o3 } = flat(hours, 10, 30);
    expect(dailyAqi({ startMs: from, pm, o3 }, TZ, ['2026-07-01'], from + 20 * HOUR_MS)[0]?.validHours).toBe(20);
    // The day's last hour starts at 23:00 local; its 8-hour period ends 8 hours after that.
    const lastPeriodEnd = from + 23 * HOUR_MS + 8 * HOUR_MS;
    expect(dailyAqi({ startMs: from, pm, o3 }, TZ, ['2026-07-01'], lastPeriodEnd)[0]?.complete).toBe(true);
    expect(dailyAqi({ startMs: from, pm, o3 }, TZ, ['2026-07-01'], lastPeriodEnd - 1)[0]?.complete).toBe(false);
  });

  it('includes the ozone periods starting at 07:00 and at 23:00 (the first and the last of the day)', () => {
    const pm = new Float64Array(hours).fill(5);
    const morning = new Float64Array(hours).fill(20);
    morning.fill(60, 7, 15); // 07:00–14:59 local: only the 07:00 period holds all eight hours
    expect(dailyAqi({ startMs: from, pm, o3: morning }, TZ, ['2026-07-01'], from + 3 * 24 * HOUR_MS)[0]?.ozoneMax8hPpb).toBe(60);
    const night = new Float64Array(hours).fill(20);
    night.fill(70, 23, 31); // 23:00 to 07:00 the next morning: the day's last period
    const [day1, day2] = dailyAqi({ startMs: from, pm, o3: night }, TZ, ['2026-07-01', '2026-07-02'], from + 3 * 24 * HOUR_MS);
    expect(day1?.ozoneMax8hPpb).toBe(70);
    expect(day2?.ozoneMax8hPpb).toBe(20);
  });

  it('counts the 07:00 period when the hours start then', () => {
    const start = from + 7 * HOUR_MS; // 07:00 local
    const o3 = new Float64Array(24).fill(20).fill(60, 0, 8);
    const [day] = dailyAqi({ startMs: start, pm: new Float64Array(24).fill(5), o3 }, TZ, ['2026-07-01'], start + 2 * 24 * HOUR_MS);
    expect(day?.ozoneMax8hPpb).toBe(60);
  });

  it('has 23 hours on the spring-forward day', () => {
    const start = Date.parse('2026-03-08T05:00:00Z');
    const { pm, o3 } = flat(24 + 8, 7, 30);
    const [day] = dailyAqi({ startMs: start, pm, o3 }, TZ, ['2026-03-08'], start + 2 * 24 * HOUR_MS);
    expect(day?.validHours).toBe(23);
    expect(day?.pm25MeanUgM3).toBe(7);
  });
});
