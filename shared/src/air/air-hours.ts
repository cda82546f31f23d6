/**
 * The one hourly air pipeline: hourly means of 1-minute PM2.5 and ozone, cached per station and UTC
 * day, then the NowCast and AQI of each hour (aqi-series.ts). The hourly chart, the AQI now, live
 * frames, the hourly export and the daily AQI all read it, so they cannot disagree, and long windows
 * (a month, a year of one station) never recompute minutes nor crowd the minute blocks that live
 * charts share (air-blocks.ts) out of their cache. A station's hours are computed once, as they
 * are first asked for, and kept by UTC day: under a kilobyte a station-day.
 */

import { type BudgetCache, columnBytes, MemoryBudget } from '../common/memory-budget';
import { hourlyMeans } from '../common/resample';
import { DAY_MS, HOUR_MS } from '../common/time';
import type { Simulation } from '../simulation/simulation';
import type { AirHourlyMetricKey } from './api-schemas';
import { type HourlyMeans, hourlyAqi, hourlyRecords, NOWCAST_LOOKBACK_HOURS } from './aqi-series';
import { airSeries } from './engine';
import type { AirHourly } from './schemas';

/** A station's UTC day of hourly means, filled hour by hour as they are asked for. */
interface DayMeans {
  pm: Float64Array;
  o3: Float64Array;
  /** 1 for each hour computed so far. */
  known: Uint8Array;
}

export class AirHours {
  /** ≈ 0.6 KB a station-day, under the service's memory budget. */
  private readonly days: BudgetCache<DayMeans>;

  constructor(budget = new MemoryBudget(8 * 1024 * 1024)) {
    this.days = budget.cache<DayMeans>('air-hours', columnBytes);
  }

  /**
   * The day's block with hours `[first, end)` known: only the hours not computed yet are, a run of
   * them at a time (the AQI now needs its 13 hours, not two whole days of minutes, cold).
   */
  private day(sim: Simulation, key: string, stationId: string, dayStart: number, first: number, end: number): DayMeans {
    const day = this.days.getOrCompute(`${key}|${stationId}|${dayStart}`, () => ({
      pm: new Float64Array(24),
      o3: new Float64Array(24),
      known: new Uint8Array(24),
    }));
    for (let h = first; h < end; ) {
      if (day.known[h] === 1) {
        h++;
        continue;
      }
      let stop = h;
      while (stop < end && day.known[stop] === 0) stop++;
      const fromMs = dayStart + h * HOUR_MS;
      const series = airSeries(sim, stationId, fromMs, dayStart + stop * HOUR_MS);
      day.pm.set(hourlyMeans(series.timeMs, series.pm25UgM3, fromMs, stop - h).mean, h);
      day.o3.set(hourlyMeans(series.timeMs, series.ozonePpb, fromMs, stop - h).mean, h);
      day.known.fill(1, h, stop);
      h = stop;
    }
    return day;
  }

  /** Hourly means of the hours in `[fromMs, toMs)`, both hour-aligned; `NaN` where fewer than 45 minutes are valid. */
  means(sim: Simulation, key: string, stationId: string, fromMs: number, toMs: number): HourlyMeans {
    const hours = Math.max(0, Math.round((toMs - fromMs) / HOUR_MS));
    const pm = new Float64Array(hours);
    const o3 = new Float64Array(hours);
    let i = 0;
    while (i < hours) {
      const t = fromMs + i * HOUR_MS;
      const dayStart = Math.floor(t / DAY_MS) * DAY_MS;
      const offset = Math.round((t - dayStart) / HOUR_MS);
      const take = Math.min(24 - offset, hours - i);
      const day = this.day(sim, key, stationId, dayStart, offset, offset + take);
      pm.set(day.pm.subarray(offset, offset + take), i);
      o3.set(day.o3.subarray(offset, offset + take), i);
      i += take;
    }
    return { startMs: fromMs, pm, o3 };
  }

  /** Means of the hours overlapping `[fromMs, toMs)`, starting `NOWCAST_LOOKBACK_HOURS` early. */
  private withLookback(sim: Simulation, key: string, stationId: string, fromMs: number, toMs: number): HourlyMeans {
    const start = Math.floor(fromMs / HOUR_MS) * HOUR_MS;
    const hours = Math.max(0, Math.ceil((toMs - start) / HOUR_MS));
    return this.means(sim, key, stationId, start - NOWCAST_LOOKBACK_HOURS * HOUR_MS, start + hours * HOUR_MS);
  }

  /** One record (means, NowCast, AQI) per hour overlapping `[fromMs, toMs)`. */
  records(sim: Simulation, key: string, stationId: string, fromMs: number, toMs: number): AirHourly[] {
    return hourlyRecords(stationId, this.withLookback(sim, key, stationId, fromMs, toMs));
  }

  /** The same hours as columns, one per hourly metric (`NaN` where there is no value), for charts. */
  columns(sim: Simulation, key: string, stationId: string, fromMs: number, toMs: number): Record<AirHourlyMetricKey, Float64Array> {
    const means = this.withLookback(sim, key, stationId, fromMs, toMs);
    const all = { pm25UgM3: means.pm, ozonePpb: means.o3, ...hourlyAqi(means) };
    return Object.fromEntries(Object.entries(all).map(([metric, values]) => [metric, values.subarray(NOWCAST_LOOKBACK_HOURS)])) as Record<
      AirHourlyMetricKey,
      Float64Array
    >;
  }
}
