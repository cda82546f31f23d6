/**
 * The Overview's requests, typed by the contract: the day's temperature from the weather driver, the
 * corridor network, and "today so far" of each headline number (PM2.5, load by class, segment
 * speeds, safety events), each with the scenario.
 */
import type { Scenario } from '@sandbox/shared/scenario/schemas';
import { contractQuery, scenarioQuery } from '../../../api/contract-query';

interface Window {
  from: string;
  to: string;
}

/** Hourly temperature of one local day under the scenario (a heat wave raises it here as on every page). */
export const hourlyWeatherQuery = (scenario: Scenario, date: string) => scenarioQuery('weatherHourly', scenario, { date });

/** The directional segments of the corridors (geometry only: no scenario). */
export const networkQuery = (city: string) => contractQuery('mobilityNetwork', { city });

/** Hourly PM2.5 of every station over the window (the sparkline takes the worst of each hour). */
export const pm25Query = (scenario: Scenario, window: Window) =>
  scenarioQuery('airReadings', scenario, { from: window.from, to: window.to, metric: ['pm25UgM3'], resolution: '1h' });

/** The city's load by meter class, 15-minute, over the window. */
export const loadQuery = (scenario: Scenario, window: Window) =>
  scenarioQuery('energySummary', scenario, { from: window.from, to: window.to, groupBy: 'class', resolution: '15m' });

/** Every segment's speed, 15-minute, over [from, to). */
export const speedsQuery = (scenario: Scenario, from: string, to: string) =>
  scenarioQuery('mobilitySegments', scenario, { from, to, resolution: '15m', metric: ['speedMps'] });

/** Every corridor's safety events over the window, up to 5000. */
export const safetyEventsQuery = (scenario: Scenario, window: Window) =>
  scenarioQuery('mobilityEvents', scenario, { from: window.from, to: window.to, limit: 5000 });
