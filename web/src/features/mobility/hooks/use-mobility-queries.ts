/**
 * The Mobility page's data, each through the page's typed queries (api/) with the scenario
 * (so a lever changes what is shown): corridor flow over the chart window, signal states and a BSM
 * round at the clock's second, and today's safety events up to the clock's now.
 */

import { DAY_MS, localDayHours, MINUTE_MS } from '@sandbox/shared/common/time';
import { localDate } from '@sandbox/shared/weather/hourly-weather';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useSimTime } from '../../../state/clock/clock-provider';
import { useChartWindow } from '../../../state/clock/use-chart-window';
import { useScenario } from '../../../state/scenario/use-scenario';
import { bsmSampleQuery, corridorFlowQuery, eventsQuery, networkQuery, signalsQuery } from '../api/mobility-queries';
import { SPANS, type Span } from '../utils/view-params';

/** Messages shown in the BSM table (one broadcast round holds up to a few hundred). */
export const BSM_SAMPLE_SIZE = 40;

export function useNetwork(cityId: string) {
  return useQuery(networkQuery(cityId));
}

export function useCorridorFlow(corridorId: string, span: Span, maxPoints: number) {
  const { scenario } = useScenario();
  const window = useChartWindow(SPANS[span].ms);
  const flow = useQuery(corridorFlowQuery(scenario, corridorId, window, SPANS[span].resolution, maxPoints));
  return { flow, window };
}

/** The clock's instant to the second, re-read once a wall second: signal countdowns and BSM rounds. */
function useInstant(): string {
  return new Date(useSimTime(1000, 1000)).toISOString();
}

export function useCorridorSignals(corridorId: string) {
  const { scenario } = useScenario();
  return useQuery(signalsQuery(scenario, corridorId, useInstant()));
}

export function useBsmSample(corridorId: string) {
  const { scenario } = useScenario();
  return useQuery(bsmSampleQuery(scenario, corridorId, useInstant(), BSM_SAMPLE_SIZE));
}

/** Every corridor's safety events from local midnight to the clock's now (following the chart window's steps). */
export function useEventsToday(timeZone: string) {
  const { scenario } = useScenario();
  const window = useChartWindow(DAY_MS);
  const dayStartMs = useMemo(() => localDayHours(timeZone, localDate(timeZone, window.nowMs))[0] ?? window.nowMs, [timeZone, window.nowMs]);
  // [midnight, now): the window moves in the clock's steps; a minute at least, just after midnight.
  const toMs = Math.max(dayStartMs + MINUTE_MS, window.nowMs);
  const events = useQuery(eventsQuery(scenario, new Date(dayStartMs).toISOString(), new Date(toMs).toISOString()));
  return { events, dayStartMs, nowMs: window.nowMs };
}
