/**
 * The window a chart shows: the `spanMs` up to the clock's "now". The end moves in steps that grow
 * with the speed (a minute at 1×, an hour at 3600×), so a playing chart refetches a few times a
 * second at most, and consecutive windows share the server's cached hour blocks.
 */
import { HOUR_MS, MINUTE_MS } from '@sandbox/shared/common/time';
import { useClock, useSimTime } from './clock-provider';
import type { Speed } from './clock-state';

export function windowStepMs(speed: Speed): number {
  if (speed >= 3600) return HOUR_MS;
  if (speed >= 300) return 15 * MINUTE_MS;
  if (speed >= 10) return 5 * MINUTE_MS;
  return MINUTE_MS;
}

export interface ChartWindow {
  fromMs: number;
  toMs: number;
  /** The clock's time, rounded to the step. */
  nowMs: number;
  from: string;
  to: string;
}

export function useChartWindow(spanMs: number): ChartWindow {
  const { state } = useClock();
  const step = windowStepMs(state.speed);
  const nowMs = useSimTime(step, 1000);
  const toMs = nowMs + step;
  const fromMs = toMs - spanMs;
  return { fromMs, toMs, nowMs, from: new Date(fromMs).toISOString(), to: new Date(toMs).toISOString() };
}
