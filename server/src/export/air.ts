/** Air exports: 1-minute station readings and hourly means with NowCast and AQI. */
import { type AirExportQuery, airReadingAt, airSeries, HOUR_MS, MINUTE_MS, pickEntities, type Simulation } from '@sandbox/shared';
import { stepsIn, stepsTouched } from './job';
import { interleave, timeMajor } from './table';
import { tabularExport } from './tabular';

function stationsOf(sim: Simulation, query: AirExportQuery) {
  const stations = pickEntities(sim.city.stations, query.station, 'station', 'station');
  return { ids: stations.map((s) => s.id), selection: stations.length === 1 ? stations[0]?.id : undefined };
}

/** 1-minute readings of the chosen stations, ordered by minute, then station. */
export const airExport = tabularExport('exportAir', {
  plan({ sim, window, query }) {
    const { ids, selection } = stationsOf(sim, query);
    return {
      selection,
      size: { entities: ids.length, steps: stepsIn(window, MINUTE_MS) },
      rows: (chunk) => {
        const series = ids.map((id) => airSeries(sim, id, chunk.fromMs, chunk.toMs));
        const first = series[0];
        return first ? timeMajor(series, first.count, (i) => first.timeMs[i] as number, airReadingAt) : [];
      },
    };
  },
});

/** Hourly means, NowCast and AQI of the chosen stations (the hourly pipeline's records), ordered by hour, then station. */
export const airHourlyExport = tabularExport('exportAirHourly', {
  plan({ sim, key, window, query, telemetry }) {
    const { ids, selection } = stationsOf(sim, query);
    const pipeline = telemetry.air.hours;
    return {
      selection,
      size: { entities: ids.length, steps: stepsTouched(window, HOUR_MS) },
      rows: (chunk) => interleave(ids.map((id) => pipeline.records(sim, key, id, chunk.fromMs, chunk.toMs))),
    };
  },
});
