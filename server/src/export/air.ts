/** Air exports: 1-minute station readings and hourly means with NowCast and AQI. */
import {
  type AirExportQuery,
  type AirHourly,
  type AirReading,
  airReadingAt,
  airSeries,
  CSV_COLUMNS,
  checkRowCap,
  HOUR_MS,
  MINUTE_MS,
  pickEntities,
  type Simulation,
} from '@sandbox/shared';
import { type ExportJob, stepsIn } from './job';
import type { ExportRequest } from './request';
import { interleave, table, tableJob, timeMajor } from './table';

const readingTable = table<AirReading, typeof CSV_COLUMNS.air>(CSV_COLUMNS.air, {
  station_id: (r) => r.stationId,
  time_utc: (r) => r.time,
  pm25_ug_m3: (r) => r.pm25UgM3,
  ozone_ppb: (r) => r.ozonePpb,
  no2_ppb: (r) => r.no2Ppb,
  temperature_c: (r) => r.temperatureC,
  relative_humidity_pct: (r) => r.relativeHumidityPct,
  wind_speed_m_s: (r) => r.windSpeedMps,
  wind_direction_deg: (r) => r.windDirectionDeg,
});

const hourlyTable = table<AirHourly, typeof CSV_COLUMNS.airHourly>(CSV_COLUMNS.airHourly, {
  station_id: (r) => r.stationId,
  hour_start_utc: (r) => r.time,
  pm25_ug_m3: (r) => r.pm25UgM3,
  ozone_ppb: (r) => r.ozonePpb,
  pm25_nowcast_ug_m3: (r) => r.pm25NowCastUgM3,
  ozone_nowcast_ppb: (r) => r.ozoneNowCastPpb,
  aqi: (r) => r.aqi?.aqi,
  aqi_category: (r) => r.aqi?.category,
  main_pollutant: (r) => r.mainPollutant,
});

function stationsOf(sim: Simulation, query: AirExportQuery) {
  const stations = pickEntities(sim.city.stations, query.station, 'station', 'station');
  return { ids: stations.map((s) => s.id), selection: stations.length === 1 ? stations[0]?.id : undefined };
}

/** 1-minute readings of the chosen stations, ordered by minute, then station. */
export function airExport(request: ExportRequest<AirExportQuery>): ExportJob {
  const { sim, window, query } = request;
  const { ids, selection } = stationsOf(sim, query);
  checkRowCap(request.cap, request.name, ids.length, 'station', stepsIn(window, MINUTE_MS), 'minute');
  return tableJob({
    request,
    selection,
    table: readingTable,
    rows: (chunk) => {
      const series = ids.map((id) => airSeries(sim, id, chunk.fromMs, chunk.toMs));
      const first = series[0];
      return first ? timeMajor(series, first.count, (i) => first.timeMs[i] as number, airReadingAt) : [];
    },
  });
}

/** Hourly means, NowCast and AQI of the chosen stations (the hourly pipeline's records), ordered by hour, then station. */
export function airHourlyExport(request: ExportRequest<AirExportQuery>): ExportJob {
  const { sim, key, window, query } = request;
  const { ids, selection } = stationsOf(sim, query);
  const hours = Math.ceil((window.toMs - Math.floor(window.fromMs / HOUR_MS) * HOUR_MS) / HOUR_MS);
  checkRowCap(request.cap, request.name, ids.length, 'station', hours, 'hour');
  const pipeline = request.telemetry.air.hours;
  return tableJob({
    request,
    selection,
    table: hourlyTable,
    rows: (chunk) => interleave(ids.map((id) => pipeline.records(sim, key, id, chunk.fromMs, chunk.toMs))),
  });
}
