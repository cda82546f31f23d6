/**
 * A multi-line time-series chart (Recharts) on the city's wall clock. Bands (e.g. the AQI
 * categories in their official colours) sit behind the lines, and so do the scenario's episodes
 * (captioned under the chart); a marker line shows "now" on the one clock; a grey band marks where lines
 * have no data. Receives data, never fetches.
 */
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Legend, Line, LineChart, ReferenceArea, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber } from '../../i18n/format';
import { formatDateTime, formatTime } from '../../i18n/format-time';
import type { Language } from '../../i18n/i18n';
import { ChartBox } from './chart-box';
import { ChartLegend } from './chart-legend';
import {
  GRID,
  LEGEND_STYLE,
  MARGINS,
  NO_DATA_BAND,
  NO_DATA_LABEL,
  NOW_LINE,
  SERIES_VALUE_AXIS_PX,
  TOOLTIP_STYLE,
  timeAxisStyle,
  valueAxisStyle,
} from './chart-theme';
import { EpisodeCaption, episodeAreas, useEpisodeBands, useEpisodeName } from './episodes';
import { type ChartLine, chartRows, maxLinePoints, noDataSpans, type SeriesRow } from './series-rows';
import type { TimeTicks } from './time-axis';
import { useValueAxisWidth } from './use-value-axis-width';

/** The default value format (cached by formatNumber: ticks and tooltips ask on every render). */
const ONE_DECIMAL = { maximumFractionDigits: 1 } as const;
/** A no-data band at least this share of the window wide is named on the chart. */
const LABELLED_GAP_SHARE = 0.15;

export interface Band {
  from: number;
  to: number;
  color: string;
  label: string;
}

interface Props {
  lines: readonly ChartLine[];
  timeZone: string;
  language: Language;
  unit: string;
  height?: number;
  bands?: readonly Band[];
  nowMs?: number;
  domain?: [number, number];
  yDomain?: [number | 'auto' | 'dataMin' | 'dataMax', number | 'auto' | 'dataMin' | 'dataMax'];
  formatValue?: (value: number) => string;
  /** Ticks on round hours of the wall clock and their labels (time-axis.ts); default: Recharts' own. */
  timeTicks?: TimeTicks;
  testId?: string;
  /** The episodes' caption under the chart; charts stacked in one panel show it under the last only. */
  episodeCaption?: boolean;
}

export function TimeSeriesChart({
  lines,
  timeZone,
  language,
  unit,
  height = 240,
  bands = [],
  nowMs,
  domain,
  yDomain,
  formatValue,
  timeTicks,
  testId,
  episodeCaption = true,
}: Props) {
  const axisWidth = useValueAxisWidth(SERIES_VALUE_AXIS_PX);
  const { t } = useTranslation();
  const { rows, bridged } = chartRows(lines);
  // A gap is drawn as a gap: the line breaks and a grey band says which lines have no data there.
  const gaps = noDataSpans(lines);
  const fmt = formatValue ?? ((v: number) => formatNumber(v, language, ONE_DECIMAL));
  const window = domain ? { fromMs: domain[0], toMs: domain[1] } : { fromMs: rows[0]?.time ?? 0, toMs: rows.at(-1)?.time ?? 0 };
  const episodes = useEpisodeBands(window.fromMs, window.toMs);
  const episodeName = useEpisodeName();
  return (
    <>
      <ChartBox className="chart" height={height} testId={testId} points={maxLinePoints(lines)}>
        <LineChart data={rows} margin={MARGINS.series}>
          <CartesianGrid {...GRID} />
          {bands.map((band) => (
            <ReferenceArea key={band.label} y1={band.from} y2={band.to} fill={band.color} fillOpacity={0.13} ifOverflow="hidden" />
          ))}
          {episodeAreas(episodes, window, episodeName)}
          {gaps.map((gap) => (
            <ReferenceArea
              key={`gap-${gap.fromMs}`}
              className="no-data-band"
              x1={gap.fromMs}
              x2={gap.toMs}
              {...NO_DATA_BAND}
              ifOverflow="hidden"
              label={
                // A narrow band keeps its shade but not its words, which would run over the next band's.
                gap.toMs - gap.fromMs >= LABELLED_GAP_SHARE * (window.toMs - window.fromMs)
                  ? {
                      ...NO_DATA_LABEL,
                      value:
                        gap.lines.length === lines.length ? t('charts.noData') : t('charts.noDataFor', { lines: gap.lines.join(', ') }),
                    }
                  : undefined
              }
            />
          ))}
          <XAxis
            {...timeAxisStyle({
              domain: domain ?? ['dataMin', 'dataMax'],
              ticks: timeTicks,
              format: (t) => formatTime(t, language, timeZone),
              text: 'small',
              minTickGap: 40,
            })}
          />
          <YAxis domain={yDomain ?? ['auto', 'auto']} tickFormatter={(v: number) => fmt(v)} {...valueAxisStyle('small', axisWidth, unit)} />
          <Tooltip
            labelFormatter={(t) => formatDateTime(Number(t), language, timeZone)}
            formatter={(value, name, item) => {
              if (typeof value !== 'number') return ['—', name];
              // A value between two of the line's samples, read off the line: marked as such.
              const between = bridged(item.payload as SeriesRow, String(item.dataKey));
              return [`${between ? '≈ ' : ''}${fmt(value)} ${unit}`, name];
            }}
            contentStyle={TOOLTIP_STYLE}
          />
          {lines.length > 1 ? <Legend wrapperStyle={LEGEND_STYLE} content={<ChartLegend iconType="plainline" />} /> : null}
          {nowMs !== undefined ? <ReferenceLine x={nowMs} {...NOW_LINE} ifOverflow="hidden" /> : null}
          {lines.map((line) => (
            <Line
              key={line.key}
              type="linear"
              dataKey={line.key}
              name={line.label}
              stroke={line.color}
              strokeWidth={2}
              strokeDasharray={line.dashed ? '5 4' : undefined}
              dot={false}
              connectNulls={false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ChartBox>
      {episodeCaption ? <EpisodeCaption bands={episodes} language={language} timeZone={timeZone} /> : null}
    </>
  );
}
