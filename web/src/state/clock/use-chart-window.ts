/**
 * The window a chart shows: the `spanMs` up to the clock's "now". The end moves in steps that grow
 * with the speed (a minute at 1×, an hour at 3600×), so a playing chart refetches a few times a
 * second at most, and consecutive windows share the server's cached hour blocks.
 */
import { useClock, useSimTime } from './clock-provider';
import type { Speed } from './clock-state';

export function windowStepMs(speed: Speed): number {
  if (speed >= 3600) return 3_600_000;
  if (speed >= 300) return 900_000;
  if (speed >= 10) return 300_000;
  return 60_000;
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
