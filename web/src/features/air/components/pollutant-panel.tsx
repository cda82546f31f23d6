/**
 * One pollutant of the selected station over the chart window: the 1-minute readings beside the
 * NowCast that was current at each moment, over the AQI category bands in the official colours, with
 * the same rows (plus the AQI and its category) as a table and a CSV.
 */
import { aqiCategory } from '@sandbox/shared/air/aqi';
import type { AqiPollutant } from '@sandbox/shared/air/schemas';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { fullResolutionCsv } from '../../../api/full-resolution-csv';
import { zoneName } from '../../../i18n/format-time';
import type { Language } from '../../../i18n/i18n';
import { okabeIto } from '../../../map/palette';
import { useChartWindow } from '../../../state/clock/use-chart-window';
import { useScenario } from '../../../state/scenario/use-scenario';
import { Panel } from '../../../ui/panel';
import { type PollutantData, useDeferredChart, usePollutants } from '../hooks/use-air-data';
import { csvStamp, localStamp } from '../utils/time-columns';
import { AqiLegend } from './aqi-legend';
import { ConcentrationChart, UNITS } from './concentration-chart';

interface Row {
  time: number;
  minute: number | null;
  nowCast: number | null;
  aqi: number | null;
}

interface Props {
  pollutant: AqiPollutant;
  stationId: string;
  stationName: string;
  spanMs: number;
  /** Points the chart may receive: its width in pixels. */
  maxPoints: number;
  timeZone: string;
}

export function PollutantPanel({ pollutant, stationId, stationName, spanMs, maxPoints, timeZone }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const window = useChartWindow(spanMs);
  const query = usePollutants(stationId, window, maxPoints);
  const { scenario } = useScenario();
  const { data: drawn, frame } = useDeferredChart(query.data, { timeZone, language, width: maxPoints });
  const unit = UNITS[pollutant];
  // biome-ignore lint/correctness/useExhaustiveDependencies: `t` follows the frame's language; the frame is a function of the data and the speed
  const chart = useMemo(
    () =>
      drawn && frame ? (
        <ConcentrationChart
          pollutant={pollutant}
          testId={`air-chart-${pollutant}`}
          lines={[
            { key: 'minute', label: t('air.chart.minute'), color: okabeIto.skyBlue, series: drawn[pollutant].minute },
            { key: 'nowCast', label: t('air.chart.nowCast'), color: okabeIto.vermillion, series: drawn[pollutant].nowCast },
          ]}
          frame={frame}
          height={220}
        />
      ) : null,
    [drawn, frame, pollutant],
  );
  const rows = (data: PollutantData): Row[] => {
    const { minute, nowCast, subIndex } = data[pollutant];
    return minute.time.map((time, i) => ({
      time,
      minute: minute.value[i] ?? null,
      nowCast: nowCast.value[i] ?? null,
      aqi: subIndex.value[i] ?? null,
    }));
  };
  const name = t(`metrics.${pollutant}`);
  return (
    <Panel<PollutantData, Row>
      className={`air-chart air-chart--${pollutant}`}
      tourId={pollutant}
      title={t(pollutant === 'pm25' ? 'air.chart.pm25Title' : 'air.chart.ozoneTitle')}
      subtitle={t('air.chart.subtitle')}
      about={[t(pollutant === 'pm25' ? 'air.chart.aboutPm25' : 'air.chart.aboutOzone')]}
      query={query}
      isEmpty={(data) => data[pollutant].minute.value.every((v) => v === null)}
      emptyText={t('air.chart.empty')}
      sampleOf={(data) => [data[pollutant].minute]}
      fullResolutionHref={fullResolutionCsv.air(scenario, window, stationId)}
      table={(data) => ({
        caption: t('air.chart.caption', { pollutant: name, station: stationName }),
        fileName: `${stationId}-${pollutant}-${csvStamp(data.from)}.csv`,
        rows: rows(data),
        columns: [
          {
            key: 'time',
            label: t('air.chart.time', { zone: zoneName(window.nowMs, language, timeZone) }),
            value: (r) => localStamp(r.time, timeZone),
          },
          { key: 'utc', label: t('air.chart.utc'), value: (r) => new Date(r.time).toISOString() },
          { key: 'minute', label: `${t('air.chart.minute')} (${unit})`, value: (r) => r.minute },
          { key: 'nowCast', label: `${t('air.chart.nowCast')} (${unit})`, value: (r) => r.nowCast },
          { key: 'aqi', label: t('air.now.subIndex'), value: (r) => r.aqi },
          { key: 'category', label: t('air.chart.category'), value: (r) => (r.aqi === null ? null : t(`aqi.${aqiCategory(r.aqi).key}`)) },
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
