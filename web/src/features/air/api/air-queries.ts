/**
 * The Air page's requests, typed by the contract (a wrong parameter or metric does not compile):
 * the AQI now at every station, a station's 1-minute pollutants beside its hourly NowCast, readings
 * averaged into shared buckets for multi-line charts, and the daily AQI of a month.
 */
import type { AirMetricKey } from '@sandbox/shared/air/api-schemas';
import { HOUR_MS } from '@sandbox/shared/common/time';
import type { Scenario } from '@sandbox/shared/scenario/schemas';
import { scenarioQuery } from '../../../api/contract-query';
import type { ChartWindow } from '../../../state/clock/use-chart-window';
import { resolutionFor } from '../../../ui/charts/resolution';

const iso = (ms: number) => new Date(ms).toISOString();
/** Buckets for aligned multi-line air charts: a week at 1 h is 168 points, within any panel. */
const AIR_BUCKETS = ['1m', '5m', '15m', '1h'] as const;

/** The AQI at every station at the clock's minute, with the 1-minute readings. */
export const airNowQuery = (scenario: Scenario, minuteMs: number) => scenarioQuery('airAqi', scenario, { at: iso(minuteMs) });

/** PM2.5 and ozone of one station over the window, 1-minute, at most `width` points per line. */
export function pollutantReadingsQuery(scenario: Scenario, station: string, window: ChartWindow, width: number) {
  return scenarioQuery('airReadings', scenario, {
    station: [station],
    metric: ['pm25UgM3', 'ozonePpb'],
    from: window.from,
    to: window.to,
    resolution: '1m',
    maxPoints: width,
  });
}

/** The station's hourly NowCasts and sub-indices, from an hour before the window (its first minutes show that hour's). */
export function pollutantHourlyQuery(scenario: Scenario, station: string, window: ChartWindow) {
  return scenarioQuery('airHourly', scenario, {
    station: [station],
    metric: ['pm25NowCastUgM3', 'ozoneNowCastPpb', 'pm25Aqi', 'ozoneAqi'],
    from: iso(window.fromMs - HOUR_MS),
    to: window.to,
  });
}

/**
 * Readings averaged into the finest buckets that fit `width`, so every line shares the same times
 * (multi-line charts: LTTB would pick different times per line). `station` omitted: every station.
 */
export function alignedReadingsQuery(
  scenario: Scenario,
  metric: readonly AirMetricKey[],
  window: ChartWindow,
  width: number,
  station?: string,
) {
  return scenarioQuery('airReadings', scenario, {
    station: station === undefined ? undefined : [station],
    metric,
    from: window.from,
    to: window.to,
    resolution: resolutionFor(window.toMs - window.fromMs, width, AIR_BUCKETS),
    maxPoints: width,
  });
}

/** The daily AQI of one station over local days [first, next), as of the clock's hour. */
export function airDailyQuery(scenario: Scenario, station: string, month: { first: string; next: string }, hourMs: number) {
  return scenarioQuery('airDaily', scenario, { station: [station], from: month.first, to: month.next, asOf: iso(hourMs) });
}
