/**
 * The Energy page's requests, typed by the contract: load by meter class (of the city or one
 * district), the meter inventory, one meter's interval reads, and that meter's downloads. Every one
 * carries the scenario, so a lever changes the data and a downloaded file holds what the page shows.
 */
import type { MeterClass } from '@sandbox/shared/city/schemas';
import type { Scenario } from '@sandbox/shared/scenario/schemas';
import { scenarioQuery, scenarioUrl } from '../../../api/contract-query';
import type { EnergyResolution } from '../utils/spans';

interface Window {
  from: string;
  to: string;
}

/** Load by meter class (import, PV export, net) of the city, or of one district. */
export function classLoadQuery(scenario: Scenario, district: string | null, window: Window, resolution: EnergyResolution) {
  return scenarioQuery('energySummary', scenario, {
    groupBy: 'class',
    district: district ?? undefined,
    from: window.from,
    to: window.to,
    resolution,
  });
}

/** The meter inventory of one district and/or class, up to 500 meters. */
export function meterListQuery(scenario: Scenario, district: string | null, meterClass: MeterClass | null) {
  return scenarioQuery('energyMeters', scenario, { district: district ?? undefined, meterClass: meterClass ?? undefined, limit: 500 });
}

/** One meter's interval reads over the window (no meter: nothing to ask, the query stays disabled). */
export function meterReadingsQuery(scenario: Scenario, meter: string | null, window: Window, resolution: EnergyResolution) {
  return scenarioQuery('energyReadings', scenario, { meter: meter === null ? [] : [meter], from: window.from, to: window.to, resolution });
}

/**
 * The exports of one meter (`GET /api/export/...`, streamed by the server): Green Button (NAESB
 * ESPI) Atom XML, and its 15-minute reads as CSV.
 */
export function meterExportUrl(kind: 'greenButton' | 'meterCsv', scenario: Scenario, meter: string, window: Window): string {
  const range = { from: window.from, to: window.to };
  return kind === 'greenButton'
    ? scenarioUrl('exportGreenButton', scenario, { meter, ...range })
    : scenarioUrl('exportMeters', scenario, { meter: [meter], ...range }, { format: 'csv' });
}
