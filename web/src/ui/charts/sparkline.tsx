/**
 * A tiny trend line for KPI tiles; decorative (the tile states the number in words), so hidden from
 * assistive technology and out of the tab order (no Recharts keyboard layer inside an aria-hidden box).
 */
import { Line, LineChart, YAxis } from 'recharts';
import { ChartBox } from './chart-box';
import { MARGINS } from './chart-theme';

export function Sparkline({ values, color, height = 36 }: { values: readonly (number | null)[]; color: string; height?: number }) {
  const data = values.map((value, index) => ({ index, value }));
  return (
    <ChartBox className="sparkline" height={height} aria-hidden="true" points={values.length}>
      <LineChart data={data} margin={MARGINS.sparkline} accessibilityLayer={false}>
        <YAxis hide domain={['dataMin', 'dataMax']} />
        <Line type="monotone" dataKey="value" stroke={color} strokeWidth={2} dot={false} isAnimationActive={false} connectNulls={false} />
      </LineChart>
    </ChartBox>
  );
}
