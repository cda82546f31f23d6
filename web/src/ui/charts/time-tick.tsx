/**
 * A time axis' tick label that stays inside the plot at its ends: a label at the window's first
 * instant starts there (not centred on the value axis, where it ran over the lowest value label), and
 * one at its last instant ends there (not cut off at the chart's right edge). Every other label is
 * centred, as Recharts draws it. It matters most on a projector, where presenter mode sets the text
 * about 1.7 times larger.
 */
import { Text, type TextProps } from 'recharts';

interface TimeTickProps extends Omit<TextProps, 'children'> {
  /** The axis' numeric domain; without one (`dataMin`), every label is centred. */
  edges?: readonly [number, number] | undefined;
  tickFill?: string;
  tickFontSize?: number;
  payload?: { value: number };
  index?: number;
  tickFormatter?: (value: number, index: number) => string;
}

export function TimeTick({ edges, tickFill, tickFontSize, payload, index = 0, tickFormatter, ...text }: TimeTickProps) {
  const value = payload?.value ?? 0;
  const anchor = edges && value <= edges[0] ? 'start' : edges && value >= edges[1] ? 'end' : 'middle';
  // Recharts passes its own props through (x, y, anchors, axis stroke): keep the position, set the look.
  const { stroke: _stroke, fill: _fill, verticalAnchor = 'start', ...position } = text as TextProps & { stroke?: string };
  return (
    <Text {...position} verticalAnchor={verticalAnchor} textAnchor={anchor} fill={tickFill} fontSize={tickFontSize}>
      {tickFormatter ? tickFormatter(value, index) : String(value)}
    </Text>
  );
}
