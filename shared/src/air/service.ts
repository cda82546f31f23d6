/**
 * The air routes' answers: station readings as chart series, the AQI now, hour by hour and day by
 * day. Each resolves its query to the cached simulation and its window to the route's cap, then
 * reads the minute blocks (readings) or the one hourly pipeline (everything AQI).
 */
import { pickEntities } from '../city/entities';
import type { BudgetCache, MemoryBudget } from '../common/memory-budget';
import { RESOLUTION_MS } from '../common/query';
import { buildSeries } from '../common/series';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../common/time';
import { envelope, instantOf, iso } from '../simulation/answers';
import { CAPS } from '../simulation/caps';
import type { Simulations } from '../simulation/simulations';
import { chartWindow, checkDayBudget } from '../simulation/windows';
import { localDate } from '../weather/hourly-weather';
import { AirBlocks } from './air-blocks';
import { AirHours } from './air-hours';
import type {
  AirAqi,
  AirAqiQuery,
  AirDaily,
  AirDailyQuery,
  AirHourlyQuery,
  AirHourlySeries,
  AirMetricKey,
  AirReadings,
  AirReadingsQuery,
  StationAqi,
} from './api-schemas';
import { AIR_HOURLY_METRIC_UNITS, AIR_METRIC_UNITS, AirHourlyMetricKeySchema } from './api-schemas';
import { dailyAqi, dailyAqiHours, localDates } from './aqi-series';
import { airReadings, airSeries } from './engine';

/** `YYYY-MM-DD` moved by whole days. */
const shiftDate = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

export class AirService {
  /** 1-minute columns in hour blocks, shared by charts and live frames. */
  readonly blocks: AirBlocks;
  /** Hourly means per station-day: the one hourly NowCast/AQI pipeline. */
  readonly hours: AirHours;
  private readonly stationAqi: BudgetCache<StationAqi>;

  constructor(
    private readonly simulations: Simulations,
    memory: MemoryBudget,
  ) {
    this.blocks = new AirBlocks(memory);
    this.hours = new AirHours(memory);
    this.stationAqi = memory.jsonCache('station-aqi');
  }

  readings(q: AirReadingsQuery, nowMs: number): AirReadings {
    const { sim, key } = this.simulations.forQuery(q);
    const stations = pickEntities(sim.city.stations, q.station, 'station', 'station');
    const window = chartWindow(CAPS.airReadings, q, nowMs, stations.length);
    const metrics: AirMetricKey[] = q.metric ?? ['pm25UgM3', 'ozonePpb'];
    const series = stations.flatMap((station) => {
      const columns = this.blocks.columns(sim, key, station.id, window.fromMs, window.toMs, metrics);
      return metrics.map((metric) =>
        buildSeries({
          id: station.id,
          metric,
          unit: AIR_METRIC_UNITS[metric],
          startMs: columns.startMs,
          stepMs: MINUTE_MS,
          values: columns.values[metric] ?? [],
          ...window,
          resolutionMs: RESOLUTION_MS[q.resolution],
          maxPoints: q.maxPoints,
          decimals: 1,
        }),
      );
    });
    return { ...envelope(sim, window, q.resolution), series };
  }

  /** NowCast AQI of the last complete hour per station, as AirNow reports it, plus the 1-minute reading. */
  aqi(q: AirAqiQuery, nowMs: number): AirAqi {
    const { sim, key } = this.simulations.forQuery(q);
    const atMs = instantOf(q.at, nowMs);
    const minute = Math.floor(atMs / MINUTE_MS) * MINUTE_MS;
    const hourStart = Math.floor(atMs / HOUR_MS) * HOUR_MS - HOUR_MS;
    const stations = pickEntities(sim.city.stations, q.station, 'station', 'station').map((station) =>
      this.stationAqi.getOrCompute(`${key}|${station.id}|${minute}`, () => {
        const [hour] = this.hours.records(sim, key, station.id, hourStart, hourStart + HOUR_MS);
        const [reading] = airReadings(airSeries(sim, station.id, minute, minute + MINUTE_MS));
        if (!hour || !reading) throw new Error(`no air data for ${station.id} at ${minute}`);
        return {
          stationId: station.id,
          name: station.name,
          siteType: station.siteType,
          hour: hour.time,
          pm25NowCastUgM3: hour.pm25NowCastUgM3,
          ozoneNowCastPpb: hour.ozoneNowCastPpb,
          aqi: hour.aqi,
          mainPollutant: hour.mainPollutant,
          reading,
        };
      }),
    );
    return { city: sim.city.id, seed: sim.seed, at: iso(atMs), stations };
  }

  /** Hourly means, NowCast and AQI per station: what AirNow reported hour by hour. */
  hourly(q: AirHourlyQuery, nowMs: number): AirHourlySeries {
    const { sim, key } = this.simulations.forQuery(q);
    const stations = pickEntities(sim.city.stations, q.station, 'station', 'station');
    const asked = chartWindow(CAPS.airHourly, q, nowMs, stations.length);
    const window = { fromMs: Math.floor(asked.fromMs / HOUR_MS) * HOUR_MS, toMs: Math.ceil(asked.toMs / HOUR_MS) * HOUR_MS };
    const metrics = q.metric ?? AirHourlyMetricKeySchema.options;
    const series = stations.flatMap((station) => {
      const columns = this.hours.columns(sim, key, station.id, window.fromMs, window.toMs);
      return metrics.map((metric) =>
        buildSeries({
          id: station.id,
          metric,
          unit: AIR_HOURLY_METRIC_UNITS[metric],
          startMs: window.fromMs,
          stepMs: HOUR_MS,
          values: columns[metric],
          ...window,
          resolutionMs: HOUR_MS,
          maxPoints: q.maxPoints,
          decimals: AIR_HOURLY_METRIC_UNITS[metric] === 'AQI' ? 0 : 1,
        }),
      );
    });
    return { ...envelope(sim, window, '1h'), series };
  }

  /** The daily AQI of each local day per station, as of an instant (days in progress say so). */
  daily(q: AirDailyQuery, nowMs: number): AirDaily {
    const { sim, key } = this.simulations.forQuery(q);
    const stations = pickEntities(sim.city.stations, q.station, 'station', 'station');
    const timeZone = sim.city.timezone;
    const asOfMs = q.asOf ? Date.parse(q.asOf) : Math.floor(nowMs / MINUTE_MS) * MINUTE_MS;
    const to = q.to ?? shiftDate(localDate(timeZone, asOfMs), 1);
    const from = q.from ?? shiftDate(to, -CAPS.airDaily.defaultSpanMs / DAY_MS);
    const dayCount = Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
    checkDayBudget(CAPS.airDaily, dayCount, stations.length);
    const dates = localDates(from, to);
    const hours = dailyAqiHours(timeZone, from, to);
    const fromMs = Math.floor(hours.fromMs / HOUR_MS) * HOUR_MS;
    return {
      city: sim.city.id,
      seed: sim.seed,
      timezone: timeZone,
      from,
      to,
      asOf: iso(asOfMs),
      stations: stations.map((station) => ({
        stationId: station.id,
        days: dailyAqi(this.hours.means(sim, key, station.id, fromMs, hours.toMs), timeZone, dates, asOfMs),
      })),
    };
  }
}
