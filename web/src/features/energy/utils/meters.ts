/** Meter ids and the export links of one meter (Green Button XML, interval CSV). */
import { queryString } from '@sandbox/shared/contract';
import type { MeterClass } from '@sandbox/shared/schemas/city';

const CLASS_CODES: Record<string, MeterClass> = { res: 'residential', com: 'commercial', ind: 'industrial' };

/** The district and class a meter id names (`linden-res-00042` → linden, residential), or null. */
export function parseMeterId(id: string): { districtId: string; meterClass: MeterClass } | null {
  const match = /^([a-z0-9-]+)-(res|com|ind)-\d{5}$/.exec(id);
  const meterClass = match ? CLASS_CODES[match[2] as string] : undefined;
  return match && meterClass ? { districtId: match[1] as string, meterClass } : null;
}

/**
 * The exports (`GET /api/export/...`, streaming on the server): Green Button (NAESB ESPI) Atom XML
 * for one meter, and its 15-minute reads as CSV. Scenario parameters travel along, so the file
 * holds exactly the data the page shows.
 */
export const EXPORT_PATHS = {
  greenButton: '/api/export/greenbutton.xml',
  meterCsv: '/api/export/meters.csv',
} as const;

export function exportUrl(
  kind: keyof typeof EXPORT_PATHS,
  scenario: Record<string, string>,
  meter: string,
  window: { from: string; to: string },
): string {
  return EXPORT_PATHS[kind] + queryString({ ...scenario, meter, from: window.from, to: window.to });
}
