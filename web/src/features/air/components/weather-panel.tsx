/**
 * The bench's weather over the chart window: temperature, humidity and wind speed as three short
 * charts on one time axis (bucketed, so every metric shares the same times and the table lines up).
 */
import type { AirReadings } from '@sandbox/shared/air/api-schemas';
import type { Series } from '@sandbox/shared/common/query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { fullResolutionCsv } from '../../../api/full-resolution-csv';
import { zoneName } from '../../../i18n/format-time';
import type { Language } from '../../../i18n/i18n';
import { okabeIto } from '../../../map/palette';
import { useChartWindow } from '../../../state/clock/use-chart-window';
import { useScenario } from '../../../state/scenario/use-scenario';
import { type ChartLine, seriesRows } from '../../../ui/charts/series-rows';
import { TimeSeriesChart } from '../../../ui/charts/time-series-chart';
import { Panel } from '../../../ui/panel';
import { useDeferredChart, useStationWeather } from '../hooks/use-air-data';
import { csvStamp, localStamp } from '../utils/time-columns';
import { compassPoint } from '../utils/wind';

const METRICS = [
  { metric: 'temperatureC', label: 'air.weather.temperature', unit: '°C', color: okabeIto.vermillion },
  { metric: 'relativeHumidityPct', label: 'air.weather.humidity', unit: '%', color: okabeIto.blue, yDomain: [0, 100] },
  { metric: 'windSpeedMps', label: 'air.weather.wind', unit: 'm/s', color: okabeIto.green },
] as const;
const WIND_DIRECTION = { metric: 'windDirectionDeg', label: 'air.weather.windDirection', unit: '°', color: okabeIto.black } as const;

type Row = ReturnType<typeof seriesRows>[number];

interface Props {
  stationName: string;
  stationId: string;
  spanMs: number;
  maxPoints: number;
  timeZone: string;
}

const seriesOf = (data: AirReadings, metric: string): Series | undefined => data.series.find((s) => s.metric === metric);

export function WeatherPanel({ stationName, stationId, spanMs, maxPoints, timeZone }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const window = useChartWindow(spanMs);
  const query = useStationWeather(stationId, window, maxPoints);
  const { scenario } = useScenario();
  const { data: drawn, frame } = useDeferredChart(query.data, { timeZone, language, width: maxPoints });
  const lines = (data: AirReadings): ChartLine[] =>
    [...METRICS, WIND_DIRECTION].flatMap((m) => {
      const series = seriesOf(data, m.metric);
      return series ? [{ key: m.metric, label: t(m.label), color: m.color, series }] : [];
    });
  // biome-ignore lint/correctness/useExhaustiveDependencies: `t` follows the frame's language; the frame is a function of the data and the speed
  const charts = useMemo(
    () =>
      drawn && frame ? (
        <div className="weather-charts">
          {METRICS.map((m) => {
            const series = seriesOf(drawn, m.metric);
            return series ? (
              <div key={m.metric} className="weather-chart">
                <h3 className="weather-chart__title">{`${t(m.label)} (${m.unit})`}</h3>
                <TimeSeriesChart
                  testId={`air-weather-${m.metric}`}
                  lines={[{ key: m.metric, label: t(m.label), color: m.color, series }]}
                  {...frame}
                  unit={m.unit}
                  height={110}
                  episodeCaption={m === METRICS.at(-1)}
                  {...('yDomain' in m ? { yDomain: [...m.yDomain] as [number, number] } : {})}
                />
              </div>
            ) : null;
          })}
        </div>
      ) : null,
    [drawn, frame],
  );
  return (
    <Panel<AirReadings, Row>
      className="air-weather"
      title={t('air.weather.title')}
      subtitle={t('air.weather.subtitle')}
      about={[t('air.weather.about')]}
      query={query}
      isEmpty={(data) => data.series.every((s) => s.value.every((v) => v === null))}
      sampleOf={(data) => data.series}
      fullResolutionHref={fullResolutionCsv.air(scenario, window, stationId)}
      table={(data) => ({
        caption: t('air.weather.caption', { station: stationName }),
        fileName: `${stationId}-weather-${csvStamp(data.from)}.csv`,
        rows: seriesRows(lines(data)),
        columns: [
          {
            key: 'time',
            label: t('air.chart.time', { zone: zoneName(window.nowMs, language, timeZone) }),
            value: (r: Row) => localStamp(r.time, timeZone),
          },
          ...METRICS.map((m) => ({ key: m.metric, label: `${t(m.label)} (${m.unit})`, value: (r: Row) => r[m.metric] })),
          {
            key: 'windDirectionDeg',
            label: t('air.weather.windDirection'),
            value: (r: Row) => {
              const deg = r.windDirectionDeg;
              return deg === null || deg === undefined ? null : `${Math.round(deg)}° ${t(`air.compass.${compassPoint(deg)}`)}`;
            },
          },
        ],
      })}
    >
      {() => charts}
    </Panel>
  );
}
