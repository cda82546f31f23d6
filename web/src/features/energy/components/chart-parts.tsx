/**
 * Pieces the Energy charts share, in the kit's chart theme: the time axis over the page's window,
 * the value axis (unit label, locale numbers), the zero line that separates import from export, the
 * dashed "now" of the one clock, and the black net line. Functions returning props or Recharts
 * elements (not components), so Recharts sees them as its own children.
 */
import { Line, ReferenceLine } from 'recharts';
import type { Language } from '../../../i18n/i18n';
import type { ChartWindow } from '../../../state/clock/use-chart-window';
import { NOW_LINE, timeAxisStyle, valueAxisStyle, ZERO_LINE } from '../../../ui/charts/chart-theme';
import { episodeAreas, useEpisodeBands, useEpisodeName } from '../../../ui/charts/episodes';
import { timeTicks } from '../../../ui/charts/time-axis';
import { NET_COLOUR } from './chart-style';

/** What an Energy time chart is drawn over: the page's window (and the clock's now in it) on the city's clock. */
export interface EnergyChartFrame {
  window: Pick<ChartWindow, 'fromMs' | 'toMs' | 'nowMs'>;
  timeZone: string;
  language: Language;
}

/** The X axis every Energy time chart shares: the window, ticks on local hours, labels in the city's time. */
export function energyTimeAxis({ window: { fromMs, toMs }, timeZone, language }: EnergyChartFrame) {
  const ticks = timeTicks(fromMs, toMs, timeZone, language, { labels: 'date-on-long-windows' });
  return { ...timeAxisStyle({ domain: [fromMs, toMs], ticks, text: 'large', minTickGap: 24 }), allowDataOverflow: true };
}

/** The value axis of an Energy chart; `width` from useValueAxisWidth (wider in presenter mode). */
export function valueAxisProps(unit: string, format: (value: number) => string, width: number) {
  return { tickFormatter: format, ...valueAxisStyle('large', width, unit) };
}

/** The scenario's episodes over the chart's window: shaded areas (Recharts children) and the caption under the chart. */
export function useEnergyEpisodes({ window: { fromMs, toMs } }: EnergyChartFrame) {
  const bands = useEpisodeBands(fromMs, toMs);
  const name = useEpisodeName();
  return { bands, areas: episodeAreas(bands, { fromMs, toMs }, name) };
}

/** The zero line and, when given, the clock's now. */
export function zeroAndNow(nowMs?: number) {
  return [
    <ReferenceLine key="zero" y={0} {...ZERO_LINE} />,
    nowMs === undefined ? null : <ReferenceLine key="now" x={nowMs} {...NOW_LINE} ifOverflow="hidden" />,
  ];
}

export function netLine(dataKey: string, name: string, type: 'linear' | 'stepAfter', strokeWidth: number) {
  return (
    <Line
      type={type}
      dataKey={dataKey}
      name={name}
      stroke={NET_COLOUR}
      strokeWidth={strokeWidth}
      dot={false}
      isAnimationActive={false}
      connectNulls={false}
    />
  );
}
