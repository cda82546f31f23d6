/**
 * The Data page's requests and download links, typed by the contract: the series explorer's four
 * streams over a window (at most `maxPoints` per line) and their full-resolution CSV exports, the
 * meter inventory, the corridor network, and the exports of the Downloads card. Each carries the
 * scenario, so a file holds exactly the data the page shows.
 */
import type { AirMetricKey } from '@sandbox/shared/air/api-schemas';
import type { LoadGroupBy } from '@sandbox/shared/energy/schemas';
import type { SegmentMetricKey } from '@sandbox/shared/mobility/api-schemas';
import type { Scenario } from '@sandbox/shared/scenario/schemas';
import { contractQuery, scenarioQuery, scenarioUrl } from '../../../api/contract-query';

interface Window {
  from: string;
  to: string;
}

/** The explorer's window and its thinning: at most `maxPoints` per line. */
export interface SeriesRange extends Window {
  maxPoints: number;
}

/** One entity (none: every one, or not chosen yet) as a list parameter. */
const one = <T extends string>(id: T | undefined): T[] => (id ? [id] : []);

export { meterSearchQuery } from '../../../api/meter-search';

/** The directional segments of the corridors (geometry only: no scenario). */
export const networkQuery = (city: string) => contractQuery('mobilityNetwork', { city });

export function airSeriesQuery(
  scenario: Scenario,
  { from, to, maxPoints }: SeriesRange,
  metric: AirMetricKey | undefined,
  station: string,
) {
  return scenarioQuery('airReadings', scenario, { from, to, maxPoints, metric: one(metric), station: one(station), resolution: '1m' });
}

export function meterSeriesQuery(scenario: Scenario, { from, to, maxPoints }: SeriesRange, meter: string | undefined) {
  return scenarioQuery('energyReadings', scenario, { from, to, maxPoints, meter: one(meter), resolution: '15m' });
}

export function loadSeriesQuery(scenario: Scenario, { from, to, maxPoints }: SeriesRange, groupBy: LoadGroupBy) {
  return scenarioQuery('energySummary', scenario, { from, to, maxPoints, groupBy, resolution: '15m' });
}

export function segmentSeriesQuery(
  scenario: Scenario,
  range: SeriesRange,
  segment: string | undefined,
  metric: SegmentMetricKey | undefined,
) {
  const { from, to, maxPoints } = range;
  return scenarioQuery('mobilitySegments', scenario, { from, to, maxPoints, segment: one(segment), metric: one(metric), resolution: '1m' });
}

/** The full-resolution CSV of the explorer's series (shared with every chart's panel). */
export { fullResolutionCsv as explorerCsvUrl } from '../../../api/full-resolution-csv';

/** The tabular exports the Downloads card lists, each as CSV or NDJSON. */
export type TabularExport =
  | 'exportAir'
  | 'exportAirHourly'
  | 'exportLoad'
  | 'exportSegments'
  | 'exportEvents'
  | 'exportBsm'
  | 'exportTruth';

/** A tabular export over the window; `corridor` limits the segment export to one corridor. */
export function downloadUrl(route: TabularExport, scenario: Scenario, { from, to }: Window, format: 'csv' | 'ndjson', corridor?: string) {
  if (corridor !== undefined) return scenarioUrl('exportSegments', scenario, { from, to, corridor: [corridor] }, { format });
  return scenarioUrl(route, scenario, { from, to }, { format });
}

/** One meter's interval reads (CSV) or its Green Button XML, over the window. */
export function meterDownloadUrl(kind: 'csv' | 'greenButton', scenario: Scenario, { from, to }: Window, meter: string) {
  return kind === 'csv'
    ? scenarioUrl('exportMeters', scenario, { from, to, meter: [meter] }, { format: 'csv' })
    : scenarioUrl('exportGreenButton', scenario, { from, to, meter });
}
