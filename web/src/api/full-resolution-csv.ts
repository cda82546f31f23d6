/**
 * The full-resolution CSV exports behind the charts: a chart draws a sample of its window (at most
 * its width in points), its panel links every reading of the same window and scenario here.
 */
import type { LoadGroupBy } from '@sandbox/shared/energy/schemas';
import type { Scenario } from '@sandbox/shared/scenario/schemas';
import { scenarioUrl } from './contract-query';

interface Window {
  from: string;
  to: string;
}

/** One entity (none: every one) as a list parameter. */
const one = <T extends string>(id: T | undefined): T[] => (id ? [id] : []);

/** Every reading of a window as CSV: air stations (one, or every one), a meter, load by group, segments (or a corridor's). */
export const fullResolutionCsv = {
  air: (scenario: Scenario, { from, to }: Window, station: string) =>
    scenarioUrl('exportAir', scenario, { from, to, station: one(station) }, { format: 'csv' }),
  meter: (scenario: Scenario, { from, to }: Window, meter: string | undefined) =>
    scenarioUrl('exportMeters', scenario, { from, to, meter: one(meter) }, { format: 'csv' }),
  load: (scenario: Scenario, { from, to }: Window, groupBy: LoadGroupBy) =>
    scenarioUrl('exportLoad', scenario, { from, to, groupBy }, { format: 'csv' }),
  segments: (scenario: Scenario, { from, to }: Window, segment: string | undefined) =>
    scenarioUrl('exportSegments', scenario, { from, to, segment: one(segment) }, { format: 'csv' }),
  corridor: (scenario: Scenario, { from, to }: Window, corridor: string) =>
    scenarioUrl('exportSegments', scenario, { from, to, corridor: [corridor] }, { format: 'csv' }),
};
