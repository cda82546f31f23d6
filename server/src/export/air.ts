/** Air exports: 1-minute station readings and hourly means with NowCast and AQI. */
import {
  type AirExportQuery,
  type AirHourly,
  AirHours,
  type AirReading,
  airReadingAt,
  airSeries,
  CSV_COLUMNS,
  type ExportFormat,
  HOUR_MS,
  MINUTE_MS,
  pickEntities,
  type ResolvedWindow,
  type Simulation,
} from '@sandbox/shared';
import { checkRowCap, type ExportJob, stepsIn } from './job';
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
export function airExport(sim: Simulation, format: ExportFormat, query: AirExportQuery, window: ResolvedWindow): ExportJob {
  const { ids, selection } = stationsOf(sim, query);
  checkRowCap('air', ids.length, 'station', stepsIn(window, MINUTE_MS), 'minute');
  return tableJob({
    sim,
    stream: 'air',
    format,
    window,
    selection,
    table: readingTable,
    rows: (chunk) => {
      const series = ids.map((id) => airSeries(sim, id, chunk.fromMs, chunk.toMs));
      const first = series[0];
      return first ? timeMajor(series, first.count, (i) => first.timeMs[i] as number, airReadingAt) : [];
    },
  });
}

/** Hourly means, NowCast and AQI of the chosen stations, ordered by hour, then station. */
export function airHourlyExport(sim: Simulation, format: ExportFormat, query: AirExportQuery, window: ResolvedWindow): ExportJob {
  const { ids, selection } = stationsOf(sim, query);
  const hourCount = Math.ceil((window.toMs - Math.floor(window.fromMs / HOUR_MS) * HOUR_MS) / HOUR_MS);
  checkRowCap('airHourly', ids.length, 'station', hourCount, 'hour');
  // The export's own simulation gets its own hour cache (a year of ten stations is ~2 MB of it).
  const hours = new AirHours();
  return tableJob({
    sim,
    stream: 'airHourly',
    format,
    window,
    selection,
    table: hourlyTable,
    rows: (chunk) => interleave(ids.map((id) => hours.records(sim, 'export', id, chunk.fromMs, chunk.toMs))),
  });
}
