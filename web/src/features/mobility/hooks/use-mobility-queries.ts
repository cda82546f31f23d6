/**
 * The Mobility page's data, each through the contract's typed hook with the scenario's parameters
 * (so a lever changes what is shown): corridor flow over the chart window, signal states and a BSM
 * round at the clock's second, and today's safety events up to the clock's now.
 */
import { localDate } from '@sandbox/shared/sim/hourly-weather';
import { DAY_MS, localDayHours } from '@sandbox/shared/sim/time';
import { useMemo } from 'react';
import { useApi } from '../../../api/use-api';
import { useSimTime } from '../../../state/clock/clock-provider';
import { useChartWindow } from '../../../state/clock/use-chart-window';
import { useScenario } from '../../../state/scenario/use-scenario';
import { SPANS, type Span } from '../utils/view-params';

/** Messages shown in the BSM table (one broadcast round holds up to a few hundred). */
export const BSM_SAMPLE_SIZE = 40;

export function useNetwork(cityId: string) {
  return useApi('mobilityNetwork', { city: cityId });
}

export function useCorridorFlow(corridorId: string, span: Span, maxPoints: number) {
  const { query } = useScenario();
  const window = useChartWindow(SPANS[span].ms);
  const flow = useApi('mobilityCorridorFlow', {
    ...query,
    corridor: corridorId,
    from: window.from,
    to: window.to,
    resolution: SPANS[span].resolution,
    maxPoints,
  });
  return { flow, window };
}

/** The clock's instant to the second, re-read once a wall second: signal countdowns and BSM rounds. */
function useInstant(): string {
  return new Date(useSimTime(1000, 1000)).toISOString();
}

export function useCorridorSignals(corridorId: string) {
  const { query } = useScenario();
  return useApi('mobilitySignals', { ...query, corridor: corridorId, at: useInstant() });
}

export function useBsmSample(corridorId: string) {
  const { query } = useScenario();
  return useApi('mobilityBsm', { ...query, corridor: corridorId, at: useInstant(), limit: BSM_SAMPLE_SIZE });
}

/** Every corridor's safety events from local midnight to the clock's now (following the chart window's steps). */
export function useEventsToday(timeZone: string) {
  const { query } = useScenario();
  const window = useChartWindow(DAY_MS);
  const dayStartMs = useMemo(() => localDayHours(timeZone, localDate(timeZone, window.nowMs))[0] ?? window.nowMs, [timeZone, window.nowMs]);
  // [midnight, now): the window moves in the clock's steps; a minute at least, just after midnight.
  const toMs = Math.max(dayStartMs + 60_000, window.nowMs);
  const events = useApi('mobilityEvents', {
    ...query,
    from: new Date(dayStartMs).toISOString(),
    to: new Date(toMs).toISOString(),
    limit: 5000,
  });
  return { events, dayStartMs, nowMs: window.nowMs };
}
