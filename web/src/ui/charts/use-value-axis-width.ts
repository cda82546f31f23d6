/**
 * The value axis' width in pixels. Presenter mode sets chart text about 1.7 times larger
 * (styles/presenter.css: --presenter-small is 20 px at 1920 × 1080 where charts draw 12 px), and
 * Recharts gives the axis a fixed width: the ticks then ran over the unit written along it. The
 * axis widens with the text instead, by a little more than the text (1.9): a seven-character value
 * such as the Lab's "450,000" kW and the unit beside it then still fit.
 */
import { isPresenting } from '../../state/presenter-url';
import { useUrlParams } from '../../state/url/use-url-params';

export const PRESENTER_AXIS_SCALE = 1.9;

export function useValueAxisWidth(width: number): number {
  const [params] = useUrlParams();
  return isPresenting(params) ? Math.round(width * PRESENTER_AXIS_SCALE) : width;
}
