/**
 * Corridor speed, travel time and volume over the chart window that follows the clock: one line per
 * direction, the speed limit or free-flow time as a dashed reference, a table and CSV behind each.
 * The API merges buckets so no chart gets more points than it has pixels.
 */
import type { CorridorFlow, CorridorMetricKey } from '@sandbox/shared/mobility/api-schemas';
import type { Direction } from '@sandbox/shared/mobility/schemas';
import { useTranslation } from 'react-i18next';
import { fullResolutionCsv } from '../../../api/full-resolution-csv';
import { formatNumber } from '../../../i18n/format';
import { formatDateTime } from '../../../i18n/format-time';
import { useUiLanguage } from '../../../i18n/use-ui-language';
import type { ChartWindow } from '../../../state/clock/use-chart-window';
import { useScenario } from '../../../state/scenario/use-scenario';
import { seriesPlotWidth } from '../../../ui/charts/chart-theme';
import { seriesTable } from '../../../ui/charts/series-table';
import { TimeSeriesChart } from '../../../ui/charts/time-series-chart';
import { Panel, type PanelQuery } from '../../../ui/panel';
import { useElementWidth } from '../../../ui/use-element-width';
import { useCorridorFlow } from '../hooks/use-mobility-queries';
import { corridorLines } from '../utils/corridor-lines';
import type { Span } from '../utils/view-params';

/** File names per chart, in the units the CSV's columns use. */
const FILE_NAMES: Record<CorridorMetricKey, string> = { speedMps: 'speed-kmh', travelTimeS: 'travel-time-min', volumeVph: 'volume-vph' };

interface MetricSpec {
  metric: CorridorMetricKey;
  unit: 'kmh' | 'min' | 'vph';
  decimals: number;
}

const METRICS: readonly MetricSpec[] = [
  { metric: 'speedMps', unit: 'kmh', decimals: 1 },
  { metric: 'travelTimeS', unit: 'min', decimals: 1 },
  { metric: 'volumeVph', unit: 'vph', decimals: 0 },
];

interface Props {
  corridorId: string;
  corridorName: string;
  span: Span;
  timeZone: string;
}

/** One metric's panel: what every corridor chart is told, the flow they share and the window it covers. */
interface ChartPanelProps extends Props {
  spec: MetricSpec;
  query: PanelQuery<CorridorFlow>;
  window: ChartWindow;
}

function CorridorChartPanel({
  spec: { metric, unit, decimals },
  query,
  corridorName,
  corridorId,
  span,
  timeZone,
  window,
}: ChartPanelProps) {
  const { t } = useTranslation();
  const { scenario } = useScenario();
  const language = useUiLanguage();
  const unitLabel = t(`mobility.units.${unit}`);
  const labels = {
    direction: (d: Direction) => t(`mobility.direction.long.${d}`),
    reference: t(metric === 'travelTimeS' ? 'mobility.charts.freeFlow' : 'mobility.charts.limit'),
  };
  const title = t(`mobility.charts.${metric}.title`);
  return (
    <Panel
      // The tour shows the first of the corridor's charts (speed): the others follow under it.
      tourId={metric === 'speedMps' ? 'corridor' : undefined}
      title={title}
      subtitle={t('mobility.charts.subtitle', { corridor: corridorName, span: t(`mobility.picker.spans.${span}`) })}
      about={[t(`mobility.charts.${metric}.about`), t('mobility.charts.buckets')]}
      query={query}
      isEmpty={(flow) => flow.series.every((s) => s.metric !== metric || s.value.every((v) => v === null))}
      sampleOf={(flow) => flow.series.filter((s) => s.metric === metric)}
      // The corridor's segments minute by minute: what every bucket here is computed from.
      fullResolutionHref={fullResolutionCsv.corridor(scenario, window, corridorId)}
      table={(flow) =>
        seriesTable(corridorLines(flow, metric, labels), {
          timeLabel: t('mobility.charts.time'),
          formatTime: (ms) => formatDateTime(ms, language, timeZone),
          columnLabel: (line) => `${line.label} (${unitLabel})`,
          decimals,
          // Named by what the columns hold (speed in km/h, travel time in minutes), not the API's metric key.
          fileName: `${corridorId}-${FILE_NAMES[metric]}-${span}.csv`,
          caption: `${title}, ${corridorName}`,
        })
      }
    >
      {(flow) => (
        <TimeSeriesChart
          lines={corridorLines(flow, metric, labels)}
          timeZone={timeZone}
          language={language}
          unit={unitLabel}
          height={190}
          domain={[window.fromMs, window.toMs]}
          nowMs={window.nowMs}
          yDomain={[0, 'auto']}
          formatValue={(v) => formatNumber(v, language, { maximumFractionDigits: decimals })}
          testId={`chart-${metric}`}
        />
      )}
    </Panel>
  );
}

/** The three charts (the page), or only the `metrics` asked for (an embed). */
export function CorridorCharts({ metrics, ...props }: Props & { metrics?: readonly CorridorMetricKey[] }) {
  const [ref, width] = useElementWidth<HTMLDivElement>(400);
  const { flow, window } = useCorridorFlow(props.corridorId, props.span, Math.max(2, seriesPlotWidth(width)));
  return (
    <div ref={ref} className="mobility__charts">
      {METRICS.filter((spec) => !metrics || metrics.includes(spec.metric)).map((spec) => (
        <CorridorChartPanel key={spec.metric} {...props} spec={spec} query={flow} window={window} />
      ))}
    </div>
  );
}
