/**
 * PM2.5 at every station over the chart window, the selected one in colour and the rest in grey:
 * roadside benches spike at rush hour, smoke lifts them all (upwind first, unevenly), a stuck sensor
 * draws a flat line. Means over buckets chosen so every station shares the same times and the chart gets at most
 * one point per pixel, whatever the span (a week of 1-minute data included).
 */
import type { AirReadings } from '@sandbox/shared/air/api-schemas';
import type { City } from '@sandbox/shared/city/schemas';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { fullResolutionCsv } from '../../../api/full-resolution-csv';
import { zoneName } from '../../../i18n/format-time';
import type { Language } from '../../../i18n/i18n';
import { localName } from '../../../i18n/use-ui-language';
import { okabeIto } from '../../../map/palette';
import { useChartWindow } from '../../../state/clock/use-chart-window';
import { useScenario } from '../../../state/scenario/use-scenario';
import { type ChartLine, type SeriesRow, seriesRows } from '../../../ui/charts/series-rows';
import { Panel } from '../../../ui/panel';
import { useDeferredChart, useStationsPm25 } from '../hooks/use-air-data';
import { csvStamp, localStamp } from '../utils/time-columns';
import { AqiLegend } from './aqi-legend';
import { ConcentrationChart } from './concentration-chart';

const OTHER_STATION = '#a7afba';

interface Props {
  city: City;
  selected: string;
  spanMs: number;
  maxPoints: number;
  timeZone: string;
}

export function StationsPanel({ city, selected, spanMs, maxPoints, timeZone }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const window = useChartWindow(spanMs);
  const query = useStationsPm25(window, maxPoints);
  const { scenario } = useScenario();
  const { data: drawn, frame } = useDeferredChart(query.data, { timeZone, language, width: maxPoints });
  const lines = (data: AirReadings): ChartLine[] =>
    city.stations
      .flatMap((station) => {
        const series = data.series.find((s) => s.id === station.id);
        if (!series) return [];
        const mine = station.id === selected;
        return [{ key: station.id, label: localName(station, language), color: mine ? okabeIto.vermillion : OTHER_STATION, series }];
      })
      // The selected station last, so it is drawn on top.
      .sort((a, b) => Number(a.key === selected) - Number(b.key === selected));
  // biome-ignore lint/correctness/useExhaustiveDependencies: `t` and `lines` follow the frame's language and `selected`
  const chart = useMemo(
    () =>
      drawn && frame ? (
        <ConcentrationChart pollutant="pm25" testId="air-chart-stations" lines={lines(drawn)} frame={frame} height={300} />
      ) : null,
    [drawn, frame, selected],
  );
  const selectedName = localName(city.stations.find((s) => s.id === selected) ?? { name: selected }, language);
  return (
    <Panel<AirReadings, SeriesRow>
      className="air-stations-chart"
      title={t('air.compare.title')}
      subtitle={
        // Before the data says how it is bucketed, the subtitle names only the station in orange.
        query.data
          ? t('air.compare.subtitle', { bucket: t(`air.compare.bucket.${query.data.resolution}`), station: selectedName })
          : t('air.compare.selected', { station: selectedName })
      }
      about={[t('air.compare.about')]}
      query={query}
      isEmpty={(data) => data.series.every((s) => s.value.every((v) => v === null))}
      sampleOf={(data) => data.series}
      fullResolutionHref={fullResolutionCsv.air(scenario, window, '')}
      table={(data) => ({
        caption: t('air.compare.title'),
        fileName: `stations-pm25-${csvStamp(data.from)}.csv`,
        rows: seriesRows(lines(data)),
        columns: [
          {
            key: 'time',
            label: t('air.chart.time', { zone: zoneName(window.nowMs, language, timeZone) }),
            value: (r) => localStamp(r.time, timeZone),
          },
          ...city.stations.map((s) => ({ key: s.id, label: `${localName(s, language)} (µg/m³)`, value: (r: SeriesRow) => r[s.id] })),
        ],
      })}
    >
      {() => (
        <>
          {chart}
          <AqiLegend />
        </>
      )}
    </Panel>
  );
}
