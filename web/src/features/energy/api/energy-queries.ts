/**
 * The Energy page's requests, typed by the contract: load by meter class (of the city or one
 * district), the meter inventory, one meter's interval reads, and that meter's downloads. Every one
 * carries the scenario, so a lever changes the data and a downloaded file holds what the page shows.
 */
import type { MeterClass } from '@sandbox/shared/city/schemas';
import type { MeterEquipment } from '@sandbox/shared/energy/api-schemas';
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

/** Meters in one page of the picker: a select of a hundred options stays quick to scroll and to read aloud. */
export const METER_PAGE = 100;

/** What the meter picker asks the inventory for: filters, a part of the id, and a page. */
export interface MeterListFilter {
  district: string | null;
  meterClass: MeterClass | null;
  /** Part of the meter id ('' for any). */
  search: string;
  has: MeterEquipment | null;
  page: number;
}

/** One page of the meter inventory (the server filters and pages: Columbus has 110,000 meters). */
export function meterListQuery(scenario: Scenario, filter: MeterListFilter) {
  return scenarioQuery('energyMeters', scenario, {
    district: filter.district ?? undefined,
    meterClass: filter.meterClass ?? undefined,
    search: filter.search || undefined,
    has: filter.has ?? undefined,
    offset: filter.page * METER_PAGE,
    limit: METER_PAGE,
  });
}

/** One meter's inventory record, found by its whole id. */
export function meterInfoQuery(scenario: Scenario, meter: string) {
  return scenarioQuery('energyMeters', scenario, { search: meter, limit: 1 });
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
