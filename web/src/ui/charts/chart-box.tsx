/**
 * The box a Recharts chart fills: its size comes from its class (or `height`), and it says how many
 * points it drew (`data-points`: the page asks for no more than the plot has pixels, and tests read it).
 */
import type { HTMLAttributes, ReactElement } from 'react';
import { ResponsiveContainer } from 'recharts';

interface Props extends Omit<HTMLAttributes<HTMLDivElement>, 'children' | 'style'> {
  points: number;
  height?: number;
  testId?: string;
  children: ReactElement;
}

export function ChartBox({ points, height, testId, children, ...box }: Props) {
  return (
    <div {...box} style={height === undefined ? undefined : { height }} data-testid={testId} data-points={points}>
      <ResponsiveContainer width="100%" height="100%">
        {children}
      </ResponsiveContainer>
    </div>
  );
}
