/**
 * Hourly temperature as a line with a dot per hour. A chart receives its data and never fetches
 * (Grafana panel style); the card that owns it provides the text summary.
 */

import { HOUR_MS } from '@sandbox/shared/common/time';
import type { HourlyTemperature } from '@sandbox/shared/weather/schemas';
import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { formatCelsius, formatFahrenheit } from '../../i18n/format';
import type { Language } from '../../i18n/i18n';
import { okabeIto } from '../../map/palette';
import { ChartBox } from './chart-box';
import { categoryAxisStyle, GRID, MARGINS, NOW_LINE, valueAxisStyle } from './chart-theme';
import { EpisodeCaption, episodeAreas, hourlyX, useEpisodeBands, useEpisodeName } from './episodes';
import { formatHour } from './format';
import { useValueAxisWidth } from './use-value-axis-width';

interface Props {
  hours: HourlyTemperature[];
  timeZone: string;
  seriesName: string;
  language: Language;
  /** The clock's local hour (fractional) when it is within this day. */
  nowHour?: number | undefined;
}

interface TooltipProps {
  active?: boolean;
  payload?: { payload: HourlyTemperature }[];
  language: Language;
}

function TemperatureTooltip({ active, payload, language }: TooltipProps) {
  const point = active ? payload?.[0]?.payload : undefined;
  if (!point) return null;
  return (
    <div className="chart-tooltip">
      <div className="chart-tooltip__label">{formatHour(point.localHour)}</div>
      <div>
        <strong>{formatCelsius(point.temperatureC, language)}</strong> · {formatFahrenheit(point.temperatureC, language)}
      </div>
    </div>
  );
}

export function TemperatureChart({ hours, timeZone, seriesName, language, nowHour }: Props) {
  const axisWidth = useValueAxisWidth(44);
  const starts = hours.map((hour) => Date.parse(hour.time));
  const window = { fromMs: starts[0] ?? 0, toMs: (starts.at(-1) ?? 0) + HOUR_MS };
  const episodes = useEpisodeBands(window.fromMs, window.toMs);
  const episodeName = useEpisodeName();
  return (
    <>
      <ChartBox className="chart chart--temperature" testId="temperature-chart" points={hours.length}>
        <LineChart data={hours} margin={MARGINS.hourly}>
          <CartesianGrid {...GRID} />
          {episodeAreas(
            episodes,
            window,
            episodeName,
            hourlyX(
              starts,
              hours.map((hour) => hour.localHour),
            ),
          )}
          <XAxis dataKey="localHour" tickFormatter={(hour: number) => formatHour(hour)} interval={2} {...categoryAxisStyle('small')} />
          <YAxis
            domain={['dataMin - 2', 'dataMax + 2']}
            tickFormatter={(value: number) => `${Math.round(value)}°`}
            {...valueAxisStyle('small', axisWidth)}
            allowDecimals={false}
          />
          <Tooltip content={<TemperatureTooltip language={language} />} cursor={{ stroke: '#9aa3b0', strokeDasharray: '3 3' }} />
          {nowHour !== undefined ? <ReferenceLine x={Math.floor(nowHour)} {...NOW_LINE} /> : null}
          <Line
            type="monotone"
            dataKey="temperatureC"
            name={seriesName}
            stroke={okabeIto.vermillion}
            strokeWidth={2.5}
            dot={{ r: 3, strokeWidth: 0, fill: okabeIto.vermillion }}
            activeDot={{ r: 5 }}
            isAnimationActive={false}
          />
        </LineChart>
      </ChartBox>
      <EpisodeCaption bands={episodes} language={language} timeZone={timeZone} />
    </>
  );
}
