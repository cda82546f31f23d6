/**
 * The box a Recharts chart fills: its size comes from its class (or `height`), and it says how many
 * points it drew (`data-points`: the page asks for no more than the plot has pixels, and tests read it).
 * The chart's keyboard layer (Recharts' accessibility layer: a tab stop whose arrow keys walk the
 * points) is named by the panel it is in and described by how to use it.
 */
import { cloneElement, type HTMLAttributes, type ReactElement, useContext, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ResponsiveContainer } from 'recharts';
import { ChartNameContext } from './chart-name';

interface Props extends Omit<HTMLAttributes<HTMLDivElement>, 'children' | 'style'> {
  points: number;
  height?: number;
  testId?: string;
  children: ReactElement<{ accessibilityLayer?: boolean }>;
}

export function ChartBox({ points, height, testId, children, ...box }: Props) {
  const { t } = useTranslation();
  const labelledBy = useContext(ChartNameContext);
  const hintId = useId();
  const keyboard = children.props.accessibilityLayer !== false;
  return (
    <div {...box} style={height === undefined ? undefined : { height }} data-testid={testId} data-points={points}>
      {keyboard ? (
        <span id={hintId} className="visually-hidden">
          {t('charts.keys')}
        </span>
      ) : null}
      <ResponsiveContainer width="100%" height="100%">
        {keyboard ? cloneElement(children, { 'aria-labelledby': labelledBy, 'aria-describedby': hintId } as object) : children}
      </ResponsiveContainer>
    </div>
  );
}
