/**
 * Hourly temperature as a line with a dot per hour. A chart receives its data and never fetches
 * (Grafana panel style); the table view and text summary live with the card that owns it.
 */
import type { HourlyTemperature } from '@sandbox/shared/schemas/weather';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { okabeIto } from '../map/palette';
import { formatHour, toFahrenheit } from './format';

interface Props {
  hours: HourlyTemperature[];
  height?: number;
}

interface TooltipProps {
  active?: boolean;
  payload?: { payload: HourlyTemperature }[];
}

function TemperatureTooltip({ active, payload }: TooltipProps) {
  const point = active ? payload?.[0]?.payload : undefined;
  if (!point) return null;
  return (
    <div className="chart-tooltip">
      <div className="chart-tooltip__label">{formatHour(point.localHour)}</div>
      <div>
        <strong>{point.temperatureC.toFixed(1)} °C</strong> · {toFahrenheit(point.temperatureC).toFixed(0)} °F
      </div>
    </div>
  );
}

export function TemperatureChart({ hours, height = 220 }: Props) {
  return (
    <div className="chart" style={{ height }} data-testid="temperature-chart" data-points={hours.length}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={hours} margin={{ top: 8, right: 12, bottom: 4, left: -8 }}>
          <CartesianGrid stroke="#e3e6eb" vertical={false} />
          <XAxis
            dataKey="localHour"
            tickFormatter={(hour: number) => formatHour(hour)}
            interval={2}
            tick={{ fontSize: 12, fill: '#5b6472' }}
            tickLine={false}
            axisLine={{ stroke: '#c9cdd3' }}
          />
          <YAxis
            domain={['dataMin - 2', 'dataMax + 2']}
            tickFormatter={(value: number) => `${Math.round(value)}°`}
            tick={{ fontSize: 12, fill: '#5b6472' }}
            tickLine={false}
            axisLine={false}
            width={44}
            allowDecimals={false}
          />
          <Tooltip content={<TemperatureTooltip />} cursor={{ stroke: '#9aa3b0', strokeDasharray: '3 3' }} />
          <Line
            type="monotone"
            dataKey="temperatureC"
            name="Temperature (°C)"
            stroke={okabeIto.vermillion}
            strokeWidth={2.5}
            dot={{ r: 3, strokeWidth: 0, fill: okabeIto.vermillion }}
            activeDot={{ r: 5 }}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
