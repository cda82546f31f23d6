/**
 * The Mobility page's requests, typed by the contract: the corridor network, corridor flow over a
 * window, signal states and a BSM round at an instant, the safety events of a window, and the link
 * to a minute of the BSM feed. Every simulating one carries the scenario.
 */
import type { Resolution } from '@sandbox/shared/common/query';
import { MINUTE_MS } from '@sandbox/shared/common/time';
import type { Scenario } from '@sandbox/shared/scenario/schemas';
import { contractQuery, scenarioQuery, scenarioUrl } from '../../../api/contract-query';

/** The directional segments of the corridors (geometry only: no scenario). */
export const networkQuery = (city: string) => contractQuery('mobilityNetwork', { city });

/** End-to-end travel time, speed and volume of one corridor over the window. */
export function corridorFlowQuery(
  scenario: Scenario,
  corridor: string,
  window: { from: string; to: string },
  resolution: Resolution,
  maxPoints: number,
) {
  return scenarioQuery('mobilityCorridorFlow', scenario, { corridor: [corridor], from: window.from, to: window.to, resolution, maxPoints });
}

/** Signal phase and timing of one corridor's intersections at `at`. */
export const signalsQuery = (scenario: Scenario, corridor: string, at: string) =>
  scenarioQuery('mobilitySignals', scenario, { corridor: [corridor], at });

/** Up to `limit` Basic Safety Messages of one corridor's broadcast round at `at`. */
export const bsmSampleQuery = (scenario: Scenario, corridor: string, at: string, limit: number) =>
  scenarioQuery('mobilityBsm', scenario, { corridor: [corridor], at, limit });

/** Every corridor's safety events in [from, to), up to 5000. */
export const eventsQuery = (scenario: Scenario, from: string, to: string) =>
  scenarioQuery('mobilityEvents', scenario, { from, to, limit: 5000 });

/**
 * The full feed of the corridor's messages for the minute starting at `at`, as NDJSON from the BSM
 * export (`GET /api/export/bsm.ndjson`; a minute is ~10,000 messages at 10 Hz).
 */
export function bsmFeedUrl(scenario: Scenario, corridorId: string, at: string): string {
  const from = new Date(Math.floor(Date.parse(at) / MINUTE_MS) * MINUTE_MS);
  const to = new Date(from.getTime() + MINUTE_MS);
  return scenarioUrl(
    'exportBsm',
    scenario,
    { corridor: [corridorId], from: from.toISOString(), to: to.toISOString() },
    { format: 'ndjson' },
  );
}
