/** Safety events per local hour of today, stacked by kind (one bar an hour: at most 25 points). */

import { HOUR_MS } from '@sandbox/shared/common/time';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { formatTime } from '../../../i18n/format-time';
import type { Language } from '../../../i18n/i18n';
import { EVENT_COLOURS } from '../../../map/data-layers';
import { ChartBox } from '../../../ui/charts/chart-box';
import { ChartLegend } from '../../../ui/charts/chart-legend';
import { categoryAxisStyle, GRID, LEGEND_STYLE, MARGINS, TOOLTIP_STYLE, valueAxisStyle } from '../../../ui/charts/chart-theme';
import { EpisodeCaption, episodeAreas, hourlyX, useEpisodeBands, useEpisodeName } from '../../../ui/charts/episodes';
import { useValueAxisWidth } from '../../../ui/charts/use-value-axis-width';
import { EVENT_KINDS, type HourBar } from '../utils/events-summary';

interface Props {
  bars: readonly HourBar[];
  labels: Record<(typeof EVENT_KINDS)[number], string>;
  timeZone: string;
  language: Language;
}

export function EventsByHourChart({ bars, labels, timeZone, language }: Props) {
  const axisWidth = useValueAxisWidth(40);
  const starts = bars.map((bar) => bar.time);
  const window = { fromMs: starts[0] ?? 0, toMs: (starts.at(-1) ?? 0) + HOUR_MS };
  const episodes = useEpisodeBands(window.fromMs, window.toMs);
  const episodeName = useEpisodeName();
  return (
    <>
      <ChartBox className="chart" height={170} testId="chart-events" points={bars.length}>
        <BarChart data={[...bars]} margin={MARGINS.series}>
          <CartesianGrid {...GRID} />
          {episodeAreas(episodes, window, episodeName, hourlyX(starts, starts))}
          <XAxis
            dataKey="time"
            tickFormatter={(t: number) => formatTime(t, language, timeZone)}
            {...categoryAxisStyle('small')}
            minTickGap={24}
          />
          <YAxis allowDecimals={false} {...valueAxisStyle('small', axisWidth)} />
          <Tooltip labelFormatter={(t) => formatTime(Number(t), language, timeZone)} contentStyle={TOOLTIP_STYLE} />
          <Legend wrapperStyle={LEGEND_STYLE} content={<ChartLegend iconType="square" />} />
          {EVENT_KINDS.map((kind) => (
            <Bar key={kind} dataKey={kind} name={labels[kind]} stackId="events" fill={EVENT_COLOURS[kind]} isAnimationActive={false} />
          ))}
        </BarChart>
      </ChartBox>
      <EpisodeCaption bands={episodes} language={language} timeZone={timeZone} />
    </>
  );
}
