/**
 * The chosen metric hour by hour for the baseline and every variant, overlaid on one chart so they
 * share the time axis and the value axis (equal heights are equal values), with the scenarios'
 * episode windows shaded. Built from the kit's chart theme and time axis; the table view and CSV
 * come from the panel.
 */
import type { LabScorecard, LabSeriesId } from '@sandbox/shared/lab/schemas';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber } from '../../../i18n/format';
import { formatDateTime } from '../../../i18n/format-time';
import type { Language } from '../../../i18n/i18n';
import { ChartBox } from '../../../ui/charts/chart-box';
import { ChartLegend } from '../../../ui/charts/chart-legend';
import {
  GRID,
  LEGEND_STYLE,
  MARGINS,
  SERIES_VALUE_AXIS_PX,
  TOOLTIP_STYLE,
  timeAxisStyle,
  valueAxisStyle,
} from '../../../ui/charts/chart-theme';
import { EpisodeCaption, episodeAreas, useEpisodeName } from '../../../ui/charts/episodes';
import { timeTicks } from '../../../ui/charts/time-axis';
import { useValueAxisWidth } from '../../../ui/charts/use-value-axis-width';
import { Panel, type PanelQuery } from '../../../ui/panel';
import { chartRows, episodeBands, type LabChartRow, LINE_COLORS } from '../utils/chart-rows';

interface Props {
  query: PanelQuery<LabScorecard>;
  metric: LabSeriesId;
  onMetric: (metric: LabSeriesId) => void;
  language: Language;
}

const decimalsOf = (metric: LabSeriesId) =>
  metric === 'travelTimeIndex' ? 2 : metric === 'load' || metric === 'pvExport' || metric === 'aqi' ? 0 : 1;

export function LabChart({ query, metric, onMetric, language }: Props) {
  const { t } = useTranslation();
  const axisWidth = useValueAxisWidth(SERIES_VALUE_AXIS_PX);
  const selectId = useId();
  const episodeName = useEpisodeName();
  const info = query.data?.seriesInfo.find((s) => s.id === metric);
  const metricLabel = info?.label[language] ?? metric;
  const fmt = (value: number) => formatNumber(value, language, { maximumFractionDigits: decimalsOf(metric) });
  const name = (index: number) => (index === 0 ? t('lab.baseline') : t('lab.variant', { n: index }));
  return (
    <Panel
      title={t('lab.chart.title')}
      subtitle={info ? t('lab.chart.subtitle', { metric: metricLabel }) : undefined}
      about={[t('lab.chart.about')]}
      query={query}
      className="lab-chart"
      // The metric picker appears with the metrics it offers (an empty, disabled box said nothing while loading).
      actions={
        query.data ? (
          <div className="lab-field lab-field--inline">
            <label htmlFor={selectId} className="visually-hidden">
              {t('lab.chart.metric')}
            </label>
            <select id={selectId} className="input" value={metric} onChange={(e) => onMetric(e.target.value as LabSeriesId)}>
              {query.data.seriesInfo.map((s) => (
                <option key={s.id} value={s.id}>
                  {`${s.label[language]} (${s.unit})`}
                </option>
              ))}
            </select>
          </div>
        ) : undefined
      }
      table={(data) => ({
        columns: [
          { key: 'time', label: t('lab.chart.time'), value: (row: LabChartRow) => formatDateTime(row.time, language, data.timezone) },
          ...data.scenarios.map((_, s) => ({
            key: `s${s}`,
            label: name(s),
            // The travel-time index is read in the weekday peak periods only: an hour outside them is not a gap.
            value: (row: LabChartRow) => row[`s${s}`] ?? (metric === 'travelTimeIndex' ? t('lab.chart.offPeak') : null),
            // The CSV's numbers stay numbers: its note column says why a cell is empty.
            csvValue: (row: LabChartRow) => row[`s${s}`] ?? null,
          })),
          ...(metric === 'travelTimeIndex'
            ? [
                {
                  key: 'note',
                  label: t('lab.chart.note'),
                  csvOnly: true,
                  value: (row: LabChartRow) => (data.scenarios.some((_, s) => row[`s${s}`] === null) ? t('lab.chart.offPeak') : null),
                },
              ]
            : []),
        ],
        rows: chartRows(data, metric),
        fileName: t('lab.chart.fileName', { metric }),
        caption: t('lab.chart.caption', { metric: metricLabel }),
      })}
    >
      {(data) => {
        const rows = chartRows(data, metric);
        const fromMs = Date.parse(data.from);
        const toMs = Date.parse(data.to);
        const bands = episodeBands(data);
        const ticks = timeTicks(fromMs, toMs, data.timezone, language, { maxTicks: 8 });
        return (
          <>
            <ChartBox
              className="chart lab-chart__plot"
              height={280}
              testId="lab-chart"
              data-lines={data.scenarios.length}
              points={rows.length}
            >
              <LineChart data={rows} margin={MARGINS.series}>
                <CartesianGrid {...GRID} />
                {episodeAreas(bands, { fromMs, toMs }, episodeName)}
                <XAxis {...timeAxisStyle({ domain: [fromMs, toMs], ticks, text: 'small', minTickGap: 40 })} />
                <YAxis
                  domain={['auto', 'auto']}
                  tickFormatter={(v: number) => fmt(v)}
                  {...valueAxisStyle('small', axisWidth, info?.unit)}
                />
                <Tooltip
                  labelFormatter={(time) => formatDateTime(Number(time), language, data.timezone)}
                  formatter={(value, lineName) => [typeof value === 'number' ? `${fmt(value)} ${info?.unit ?? ''}` : '—', lineName]}
                  contentStyle={TOOLTIP_STYLE}
                />
                <Legend wrapperStyle={LEGEND_STYLE} content={<ChartLegend iconType="plainline" />} />
                {data.scenarios.map((scenario, s) => (
                  <Line
                    key={scenario.index}
                    type="linear"
                    dataKey={`s${s}`}
                    name={name(s)}
                    stroke={LINE_COLORS[s]}
                    // The baseline is drawn wide, under the variants: a variant equal to it leaves its edges showing.
                    strokeWidth={s === 0 ? 4.5 : 2}
                    strokeDasharray={s === 0 ? undefined : s === 2 ? '6 3' : s === 3 ? '2 3' : undefined}
                    dot={false}
                    connectNulls={false}
                    isAnimationActive={false}
                  />
                ))}
              </LineChart>
            </ChartBox>
            <EpisodeCaption bands={bands} language={language} timeZone={data.timezone} />
          </>
        );
      }}
    </Panel>
  );
}
