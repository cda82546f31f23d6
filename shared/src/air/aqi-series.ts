/**
 * The AQI over time, from hourly means: the hourly NowCast AQI AirNow reports through the day (as
 * columns for charts, or as records for the AQI now, live frames and the hourly export), and
 * the daily AQI of each local day (TAD EPA-454/B-24-002): PM2.5 from the 24-hour mean (18 of 24
 * hours), ozone from the highest 8-hour mean of the periods starting 07:00–23:00 local (each needs
 * 6 of its 8 hours, 40 CFR 50 App. U), the day's AQI the larger of the two. `NaN` marks a missing
 * hour everywhere. See shared/domain/FACTS.md section B.
 */

import { dailyStats, rollingMean } from '../common/resample';
import { DAY_MS, HOUR_MS, localDayHours, localTime } from '../common/time';
import type { AirDay } from './api-schemas';
import { aqiReport, combinedAqi, ozoneAqi, pm25Aqi } from './aqi';
import { nowCastSeries } from './nowcast';
import type { AirHourly, AqiPollutant } from './schemas';

/** Hours before the first hour asked that the NowCast reads (PM2.5 looks back 12, ozone 8). */
export const NOWCAST_LOOKBACK_HOURS = 12;

/** Hourly PM2.5 (µg/m³) and ozone (ppb) means of consecutive hours from `startMs`, oldest first. */
export interface HourlyMeans {
  startMs: number;
  pm: Float64Array;
  o3: Float64Array;
}

export interface HourlyAqi {
  pm25NowCastUgM3: Float64Array;
  ozoneNowCastPpb: Float64Array;
  pm25Aqi: Float64Array;
  ozoneAqi: Float64Array;
  /** The larger sub-index; `NaN` when neither NowCast is valid. */
  aqi: Float64Array;
}

/** NowCast and AQI of every hour of `means`; hours before the first count as missing (pass a 12-hour lookback). */
export function hourlyAqi(means: HourlyMeans): HourlyAqi {
  const pmNow = nowCastSeries(means.pm, 'pm');
  const o3Now = nowCastSeries(means.o3, 'ozone');
  const n = means.pm.length;
  const pmAqi = new Float64Array(n);
  const o3Aqi = new Float64Array(n);
  const aqi = new Float64Array(n);
  // Stryker disable next-line EqualityOperator: one pass more only writes past the end of a typed array, which is ignored
  for (let i = 0; i < n; i++) {
    const p = pmNow[i] as number;
    const o = o3Now[i] as number;
    pmAqi[i] = Number.isFinite(p) ? pm25Aqi(p) : Number.NaN;
    o3Aqi[i] = Number.isFinite(o) ? ozoneAqi(o) : Number.NaN;
    const a = pmAqi[i] as number;
    const b = o3Aqi[i] as number;
    aqi[i] = Number.isNaN(a) ? b : Number.isNaN(b) ? a : Math.max(a, b);
  }
  return { pm25NowCastUgM3: pmNow, ozoneNowCastPpb: o3Now, pm25Aqi: pmAqi, ozoneAqi: o3Aqi, aqi };
}

const round1 = (x: number) => (Number.isFinite(x) ? Math.round(x * 10) / 10 : null);
const valueOrNull = (x: number) => (Number.isFinite(x) ? x : null);

/**
 * One record per hour of `means` after its first `lookback` hours (pass means that start that many
 * hours early): the hourly means, both NowCasts and the AQI, the larger of their sub-indices.
 */
export function hourlyRecords(stationId: string, means: HourlyMeans, lookback = NOWCAST_LOOKBACK_HOURS): AirHourly[] {
  const aqi = hourlyAqi(means);
  const out: AirHourly[] = [];
  for (let at = lookback; at < means.pm.length; at++) {
    const combined = combinedAqi({ pm25: valueOrNull(aqi.pm25Aqi[at] as number), ozone: valueOrNull(aqi.ozoneAqi[at] as number) });
    out.push({
      stationId,
      time: new Date(means.startMs + at * HOUR_MS).toISOString(),
      pm25UgM3: round1(means.pm[at] as number),
      ozonePpb: round1(means.o3[at] as number),
      pm25NowCastUgM3: valueOrNull(aqi.pm25NowCastUgM3[at] as number),
      ozoneNowCastPpb: valueOrNull(aqi.ozoneNowCastPpb[at] as number),
      aqi: combined ? aqiReport(combined.aqi) : null,
      mainPollutant: combined?.mainPollutant ?? null,
    });
  }
  return out;
}

/** Local dates from `from` (inclusive) to `to` (exclusive), both `YYYY-MM-DD`. */
export function localDates(from: string, to: string): string[] {
  const dates: string[] = [];
  const end = Date.parse(`${to}T00:00:00Z`);
  for (let t = Date.parse(`${from}T00:00:00Z`); t < end; t += DAY_MS) dates.push(new Date(t).toISOString().slice(0, 10));
  return dates;
}

/** The hours a daily AQI of local days `[from, to)` reads: from the first midnight to 8 hours past the last. */
export function dailyAqiHours(timeZone: string, from: string, to: string): { fromMs: number; toMs: number } {
  // Stryker disable next-line StringLiteral: unreachable: a valid date always has local hours
  const first = localDayHours(timeZone, from)[0] ?? Date.parse(`${from}T00:00:00Z`);
  // Stryker disable next-line StringLiteral: unreachable: a valid date always has local hours
  const next = localDayHours(timeZone, to)[0] ?? Date.parse(`${to}T00:00:00Z`);
  return { fromMs: first, toMs: next + 8 * HOUR_MS };
}

/**
 * The daily AQI of each local day in `dates`, from hourly means covering `dailyAqiHours` of them.
 * Hours that have not ended by `asOfMs` count as missing, so a day in progress reports what is known.
 */
export function dailyAqi(means: HourlyMeans, timeZone: string, dates: readonly string[], asOfMs: number): AirDay[] {
  const n = means.pm.length;
  const pm = new Float64Array(n);
  const o3 = new Float64Array(n);
  // Stryker disable next-line EqualityOperator: one pass more only writes past the end of a typed array, which is ignored
  for (let i = 0; i < n; i++) {
    const known = means.startMs + (i + 1) * HOUR_MS <= asOfMs;
    pm[i] = known ? (means.pm[i] as number) : Number.NaN;
    o3[i] = known ? (means.o3[i] as number) : Number.NaN;
  }
  // Trailing 8-hour means: the period starting at hour j is the trailing mean at j + 7.
  const o3Rolling = rollingMean(o3, 8, 6);
  const dayKey: number[] = [];
  const pmOfHour: number[] = [];
  const o3PeriodOfHour: number[] = [];
  const lastHour: number[] = [];
  dates.forEach((date, d) => {
    const hours = localDayHours(timeZone, date);
    for (const t of hours) {
      const i = Math.round((t - means.startMs) / HOUR_MS);
      dayKey.push(d);
      // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: outside the hours read pm[i] is undefined, which every later step treats as missing, like NaN
      pmOfHour.push(i >= 0 && i < n ? (pm[i] as number) : Number.NaN);
      const startsInWindow = localTime(timeZone, t).hourOfDay >= 7;
      o3PeriodOfHour.push(startsInWindow && i + 7 < n && i >= 0 ? (o3Rolling[i + 7] as number) : Number.NaN);
    }
    lastHour.push(hours[hours.length - 1] ?? 0);
  });
  const stats = dailyStats(dayKey, pmOfHour, o3PeriodOfHour);
  const validHours = dates.map(() => 0);
  dayKey.forEach((d, k) => {
    if (Number.isFinite(pmOfHour[k] as number)) validHours[d] = (validHours[d] as number) + 1;
  });
  return dates.map((date, d) => {
    const at = stats.day.indexOf(d);
    // Stryker disable next-line ConditionalExpression: stats.mean[-1] is undefined, read as missing like NaN
    const pmMean = at < 0 ? Number.NaN : (stats.mean[at] as number);
    // Stryker disable next-line ConditionalExpression: stats.max[-1] is undefined, read as missing like NaN
    const o3Max = at < 0 ? Number.NaN : (stats.max[at] as number);
    const pmIndex = Number.isFinite(pmMean) ? pm25Aqi(pmMean) : null;
    const o3Index = Number.isFinite(o3Max) ? ozoneAqi(o3Max) : null;
    const combined = combinedAqi({ pm25: pmIndex, ozone: o3Index });
    return {
      date,
      pm25MeanUgM3: round1(pmMean),
      pm25Aqi: pmIndex,
      ozoneMax8hPpb: round1(o3Max),
      ozoneAqi: o3Index,
      aqi: combined ? aqiReport(combined.aqi) : null,
      mainPollutant: (combined?.mainPollutant ?? null) as AqiPollutant | null,
      validHours: validHours[d] as number,
      complete: (lastHour[d] as number) + 8 * HOUR_MS <= asOfMs,
    };
  });
}
