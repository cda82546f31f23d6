/**
 * A table (and chart) of any series: choose a stream, what to look at, a measurement and a window
 * ending at the clock's time. The chart gets at most its plot's pixel width of points per line (and
 * says so when that is a sample); the table and its CSV hold exactly what is drawn, and a link
 * downloads the full-resolution export of the window.
 */
import type { City } from '@sandbox/shared/city/schemas';
import type { Series } from '@sandbox/shared/common/query';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../i18n/format-time';
import type { Language } from '../../../i18n/i18n';
import { okabeIto } from '../../../map/palette';
import { useChartWindow } from '../../../state/clock/use-chart-window';
import { useScenario } from '../../../state/scenario/use-scenario';
import { seriesPlotWidth } from '../../../ui/charts/chart-theme';
import { type ChartLine, type SeriesRow, seriesRows } from '../../../ui/charts/series-rows';
import { maxTicksFor, timeTicks } from '../../../ui/charts/time-axis';
import { TimeSeriesChart } from '../../../ui/charts/time-series-chart';
import type { TableColumn } from '../../../ui/csv';
import { Panel } from '../../../ui/panel';
import { useElementWidth } from '../../../ui/use-element-width';
import {
  airSeriesQuery,
  explorerCsvUrl,
  loadSeriesQuery,
  meterSearchQuery,
  meterSeriesQuery,
  networkQuery,
  segmentSeriesQuery,
} from '../api/data-queries';
import { loadGroupOf, metricOf, SPANS, type STREAMS, type StreamName, useExplorerState } from '../hooks/use-explorer-state';
import { seriesLabel } from '../utils/series-labels';
import { ExplorerControls } from './explorer-controls';

type MetricKey = (typeof STREAMS)[StreamName]['metrics'][number];

const COLOURS = Object.values(okabeIto).filter((c) => c !== okabeIto.yellow);

function useSeries(stream: StreamName, entity: string, metric: string, window: { from: string; to: string }, width: number, city: City) {
  const { scenario } = useScenario();
  const range = { from: window.from, to: window.to, maxPoints: width };
  // The default meter (none in the URL): the inventory's first. The picker searches on its own.
  const meters = useQuery({ ...meterSearchQuery(scenario, '', 1), enabled: stream === 'meter' });
  const network = useQuery({ ...networkQuery(city.id), enabled: stream === 'segments' });
  const meter = entity || meters.data?.meters[0]?.id;
  const segment = entity || network.data?.segments[0]?.id;
  const air = useQuery({ ...airSeriesQuery(scenario, range, metricOf('air', metric), entity), enabled: stream === 'air' });
  const meterReadings = useQuery({ ...meterSeriesQuery(scenario, range, meter), enabled: stream === 'meter' && meter !== undefined });
  const load = useQuery({ ...loadSeriesQuery(scenario, range, loadGroupOf(entity)), enabled: stream === 'load' });
  const flow = useQuery({
    ...segmentSeriesQuery(scenario, range, segment, metricOf('segments', metric)),
    enabled: stream === 'segments' && segment !== undefined,
  });
  const result = { air, meter: meterReadings, load, segments: flow }[stream];
  const series: Series[] | undefined = result.data?.series.filter((s) => s.metric === metric);
  return { result, series, segments: network.data?.segments ?? [], meter, segment };
}

export function SeriesExplorer({ city }: { city: City }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { state, update } = useExplorerState();
  const window = useChartWindow(SPANS[state.span]);
  const [chartRef, width] = useElementWidth<HTMLDivElement>(800);
  // The card is measured (the chart only exists once its data has arrived); the server is asked for
  // no more points per line than the plot inside it has pixels.
  const plotWidth = Math.max(100, seriesPlotWidth(width));
  const { scenario } = useScenario();
  const { result, series, segments, meter, segment } = useSeries(state.stream, state.entity, state.metric, window, plotWidth, city);
  const classNames = {
    residential: t('energy.class.residential'),
    commercial: t('energy.class.commercial'),
    industrial: t('energy.class.industrial'),
  };
  const lines: ChartLine[] = (series ?? []).map((s, i) => ({
    key: s.id,
    label: seriesLabel(state.stream, s.id, { city, language, classNames }),
    color: COLOURS[i % COLOURS.length] ?? okabeIto.blue,
    // Ten stations or two dozen feeders outnumber the colour-blind-safe colours: the second round
    // of colours is dashed, so no two of the first fourteen lines look alike.
    dashed: Math.floor(i / COLOURS.length) % 2 === 1,
    series: s,
  }));
  const ticks = timeTicks(window.fromMs, window.toMs, city.timezone, language, { maxTicks: maxTicksFor(plotWidth) });
  const unit = series?.[0]?.unit ?? '';
  // Names what is in the file (which station, meter, grouping or segment too), with no ':' in it:
  // Windows and some spreadsheet tools refuse or mangle colons in file names.
  const entityName = state.stream === 'meter' ? meter : state.stream === 'segments' ? segment : state.entity || undefined;
  const fileBase = [city.id, state.stream, entityName, state.metric, window.from.slice(0, 16).replace(':', '')].filter(Boolean).join('-');
  const exportHref = (() => {
    switch (state.stream) {
      case 'air':
        return explorerCsvUrl.air(scenario, window, state.entity);
      case 'meter':
        return explorerCsvUrl.meter(scenario, window, meter);
      case 'load':
        return explorerCsvUrl.load(scenario, window, loadGroupOf(state.entity));
      case 'segments':
        return explorerCsvUrl.segments(scenario, window, segment);
    }
  })();

  const columns: TableColumn<SeriesRow>[] = [
    { key: 'time', label: t('data.time'), value: (row) => formatDateTime(row.time, language, city.timezone) },
    { key: 'utc', label: 'UTC', value: (row) => new Date(row.time).toISOString(), csvOnly: true },
    ...lines.map((line) => ({ key: line.key, label: `${line.label} (${unit})`, value: (row: SeriesRow) => row[line.key] ?? null })),
  ];

  return (
    <div className="explorer">
      <ExplorerControls city={city} state={state} update={update} segments={segments} shown={entityName} />
      <div ref={chartRef}>
        <Panel
          title={t(`data.metrics.${state.metric as MetricKey}`)}
          subtitle={t('data.subtitle', { count: lines.length, points: plotWidth })}
          about={[t('data.about')]}
          query={{ ...result, data: series }}
          isEmpty={(data) => data.length === 0 || data.every((s) => s.time.length === 0)}
          table={() => ({
            columns,
            rows: seriesRows(lines),
            fileName: `${fileBase}.csv`,
            caption: t(`data.metrics.${state.metric as MetricKey}`),
          })}
          sampleOf={(data) => data}
          fullResolutionHref={exportHref}
        >
          {() => (
            <TimeSeriesChart
              lines={lines}
              timeZone={city.timezone}
              language={language}
              unit={unit}
              height={320}
              nowMs={window.nowMs}
              domain={[window.fromMs, window.toMs]}
              timeTicks={ticks}
              testId="explorer-chart"
            />
          )}
        </Panel>
      </div>
    </div>
  );
}
