/**
 * The one hourly air pipeline: hourly means of 1-minute PM2.5 and ozone, cached per station and UTC
 * day, then the NowCast and AQI of each hour (aqi-series.ts). The hourly chart, the AQI now, live
 * frames, the hourly export and the daily AQI all read it, so they cannot disagree, and long windows
 * (a month, a year of one station) never recompute minutes nor crowd the minute blocks that live
 * charts share (air-blocks.ts) out of their cache. A day of a station is 1,440 minutes to compute
 * once, then under a kilobyte to keep.
 */

import { type BudgetCache, columnBytes, MemoryBudget } from '../common/memory-budget';
import { hourlyMeans } from '../common/resample';
import { DAY_MS, HOUR_MS } from '../common/time';
import type { Simulation } from '../simulation/simulation';
import type { AirHourlyMetricKey } from './api-schemas';
import { type HourlyMeans, hourlyAqi, hourlyRecords, NOWCAST_LOOKBACK_HOURS } from './aqi-series';
import { airSeries } from './engine';
import type { AirHourly } from './schemas';

interface DayMeans {
  pm: Float64Array;
  o3: Float64Array;
}

export class AirHours {
  /** ≈ 0.6 KB a station-day, under the service's memory budget. */
  private readonly days: BudgetCache<DayMeans>;

  constructor(budget = new MemoryBudget(8 * 1024 * 1024)) {
    this.days = budget.cache<DayMeans>('air-hours', columnBytes);
  }

  private day(sim: Simulation, key: string, stationId: string, dayStart: number): DayMeans {
    return this.days.getOrCompute(`${key}|${stationId}|${dayStart}`, () => {
      const series = airSeries(sim, stationId, dayStart, dayStart + DAY_MS);
      return {
        pm: hourlyMeans(series.timeMs, series.pm25UgM3, dayStart, 24).mean,
        o3: hourlyMeans(series.timeMs, series.ozonePpb, dayStart, 24).mean,
      };
    });
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
      const day = this.day(sim, key, stationId, dayStart);
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
