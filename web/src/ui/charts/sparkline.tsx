/** A tiny trend line for KPI tiles; decorative (the tile states the number in words). */
import { Line, LineChart, ResponsiveContainer, YAxis } from 'recharts';
import { MARGINS } from './chart-theme';

export function Sparkline({ values, color, height = 36 }: { values: readonly (number | null)[]; color: string; height?: number }) {
  const data = values.map((value, index) => ({ index, value }));
  return (
    <div className="sparkline" style={{ height }} aria-hidden="true" data-points={values.length}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={MARGINS.sparkline}>
          <YAxis hide domain={['dataMin', 'dataMax']} />
          <Line type="monotone" dataKey="value" stroke={color} strokeWidth={2} dot={false} isAnimationActive={false} connectNulls={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
