/**
 * Pieces the Energy charts share: the value axis (unit label, locale numbers), the zero line that
 * separates import from export, the dashed "now" of the one clock, and the black net line.
 * Functions returning Recharts elements (not components), so Recharts sees them as its own children.
 */
import { Line, ReferenceLine } from 'recharts';
import { AXIS_TICK, NET_COLOUR } from './chart-style';

export function valueAxisProps(unit: string, format: (value: number) => string, width = 64) {
  return {
    tickFormatter: format,
    tick: AXIS_TICK,
    tickLine: false,
    axisLine: false,
    width,
    label: { value: unit, angle: -90, position: 'insideLeft' as const, fill: '#4a5363', fontSize: 13, dy: 20 },
  };
}

/** The zero line and, when given, the clock's now. */
export function zeroAndNow(nowMs?: number) {
  return [
    <ReferenceLine key="zero" y={0} stroke="#1b2430" strokeWidth={1.5} />,
    nowMs === undefined ? null : <ReferenceLine key="now" x={nowMs} stroke="#1b2430" strokeDasharray="4 3" ifOverflow="hidden" />,
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
