/** The X axis every Energy time chart shares: the window, ticks on local hours, labels in the city's time. */
import { formatTime } from '../../../i18n/format-time';
import type { Language } from '../../../i18n/i18n';
import { localTicks, ticksShowDate } from '../utils/time-axis';
import { formatDay } from '../utils/time-format';
import { AXIS_TICK } from './chart-style';

export function timeAxisProps(fromMs: number, toMs: number, timeZone: string, language: Language) {
  const withDate = ticksShowDate(fromMs, toMs);
  return {
    dataKey: 'time',
    type: 'number' as const,
    scale: 'time' as const,
    domain: [fromMs, toMs],
    ticks: localTicks(fromMs, toMs, timeZone),
    tickFormatter: (t: number) => (withDate ? formatDay(t, language, timeZone) : formatTime(t, language, timeZone)),
    tick: AXIS_TICK,
    tickLine: false,
    axisLine: { stroke: '#c9cdd3' },
    minTickGap: 24,
    allowDataOverflow: true,
  };
}
