/**
 * "Today" on the one clock: from local midnight in the city to the clock's time (in steps that grow
 * with the speed, like every chart window).
 */
import { localTime, utcFromLocal } from '@sandbox/shared/common/time';
import { useClock, useSimTime } from '../../../state/clock/clock-provider';
import { windowStepMs } from '../../../state/clock/use-chart-window';

export interface TodayWindow {
  fromMs: number;
  toMs: number;
  nowMs: number;
  from: string;
  to: string;
}

export function todayWindow(nowMs: number, stepMs: number, timeZone: string): TodayWindow {
  const { year, month, day } = localTime(timeZone, nowMs);
  const fromMs = utcFromLocal(timeZone, year, month, day);
  const toMs = Math.max(fromMs + stepMs, nowMs + stepMs);
  return { fromMs, toMs, nowMs, from: new Date(fromMs).toISOString(), to: new Date(toMs).toISOString() };
}

export function useToday(timeZone: string): TodayWindow {
  const { state } = useClock();
  const step = windowStepMs(state.speed);
  const nowMs = useSimTime(step, 1000);
  return todayWindow(nowMs, step, timeZone);
}
