/**
 * A multi-line time-series chart (Recharts) on the city's wall clock. Bands (e.g. the AQI
 * categories in their official colours) sit behind the lines; a marker line shows "now" on the
 * one clock. Receives data, never fetches.
 */
import { CartesianGrid, Legend, Line, LineChart, ReferenceArea, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber } from '../../i18n/format';
import { formatDateTime, formatTime } from '../../i18n/format-time';
import type { Language } from '../../i18n/i18n';
import { type ChartLine, maxLinePoints, seriesRows } from './series-rows';
import type { TimeTicks } from './time-axis';

const Y_AXIS_PX = 52;
/** The default value format (cached by formatNumber: ticks and tooltips ask on every render). */
const ONE_DECIMAL = { maximumFractionDigits: 1 } as const;
const MARGIN = { top: 8, right: 16, bottom: 0, left: 0 };
/** What the y axis and the margins take from the chart's width: the rest is the plot, in pixels. */
export const PLOT_INSET_PX = Y_AXIS_PX + MARGIN.left + MARGIN.right;

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
  /** Ticks on round hours of the wall clock and their labels (time-ticks.ts); default: Recharts' own. */
  timeTicks?: TimeTicks;
  testId?: string;
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
}: Props) {
  const rows = seriesRows(lines);
  const fmt = formatValue ?? ((v: number) => formatNumber(v, language, ONE_DECIMAL));
  return (
    <div className="chart" style={{ height }} data-testid={testId} data-points={maxLinePoints(lines)}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={rows} margin={MARGIN}>
          <CartesianGrid stroke="#e3e6eb" vertical={false} />
          {bands.map((band) => (
            <ReferenceArea key={band.label} y1={band.from} y2={band.to} fill={band.color} fillOpacity={0.13} ifOverflow="hidden" />
          ))}
          <XAxis
            dataKey="time"
            type="number"
            scale="time"
            domain={domain ?? ['dataMin', 'dataMax']}
            ticks={timeTicks?.ticks}
            tickFormatter={timeTicks?.format ?? ((t: number) => formatTime(t, language, timeZone))}
            tick={{ fontSize: 12, fill: '#5b6472' }}
            tickLine={false}
            axisLine={{ stroke: '#c9cdd3' }}
            minTickGap={40}
          />
          <YAxis
            domain={yDomain ?? ['auto', 'auto']}
            tickFormatter={(v: number) => fmt(v)}
            tick={{ fontSize: 12, fill: '#5b6472' }}
            tickLine={false}
            axisLine={false}
            width={Y_AXIS_PX}
            label={{ value: unit, angle: -90, position: 'insideLeft', fill: '#6b7482', fontSize: 12, dy: 30 }}
          />
          <Tooltip
            labelFormatter={(t) => formatDateTime(Number(t), language, timeZone)}
            formatter={(value, name) => [typeof value === 'number' ? `${fmt(value)} ${unit}` : '—', name]}
            contentStyle={{ borderRadius: 6, borderColor: '#dde1e7', fontSize: 13 }}
          />
          {lines.length > 1 ? <Legend wrapperStyle={{ fontSize: 13 }} iconType="plainline" /> : null}
          {nowMs !== undefined ? <ReferenceLine x={nowMs} stroke="#1b2430" strokeDasharray="4 3" ifOverflow="hidden" /> : null}
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
              connectNulls={line.connectNulls ?? false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
