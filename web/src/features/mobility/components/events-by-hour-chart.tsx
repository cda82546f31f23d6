/** Safety events per local hour of today, stacked by kind (one bar an hour: at most 25 points). */
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatTime } from '../../../i18n/format-time';
import type { Language } from '../../../i18n/i18n';
import { EVENT_COLOURS } from '../../../map/data-layers';
import { EVENT_KINDS, type HourBar } from '../utils/events-summary';

interface Props {
  bars: readonly HourBar[];
  labels: Record<(typeof EVENT_KINDS)[number], string>;
  timeZone: string;
  language: Language;
}

export function EventsByHourChart({ bars, labels, timeZone, language }: Props) {
  return (
    <div className="chart" style={{ height: 170 }} data-testid="chart-events" data-points={bars.length}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={[...bars]} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
          <CartesianGrid stroke="#e3e6eb" vertical={false} />
          <XAxis
            dataKey="time"
            tickFormatter={(t: number) => formatTime(t, language, timeZone)}
            tick={{ fontSize: 12, fill: '#5b6472' }}
            tickLine={false}
            axisLine={{ stroke: '#c9cdd3' }}
            minTickGap={24}
          />
          <YAxis allowDecimals={false} tick={{ fontSize: 12, fill: '#5b6472' }} tickLine={false} axisLine={false} width={40} />
          <Tooltip
            labelFormatter={(t) => formatTime(Number(t), language, timeZone)}
            contentStyle={{ borderRadius: 6, borderColor: '#dde1e7', fontSize: 13 }}
          />
          <Legend wrapperStyle={{ fontSize: 13 }} iconType="square" />
          {EVENT_KINDS.map((kind) => (
            <Bar key={kind} dataKey={kind} name={labels[kind]} stackId="events" fill={EVENT_COLOURS[kind]} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
