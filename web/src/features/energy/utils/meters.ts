/** Meter ids and the export links of one meter (Green Button XML, interval CSV). */
import type { MeterClass } from '@sandbox/shared/city/schemas';
import { apiUrl } from '../../../api/client';

const CLASS_CODES: Record<string, MeterClass> = { res: 'residential', com: 'commercial', ind: 'industrial' };

/** The district and class a meter id names (`linden-res-00042` → linden, residential), or null. */
export function parseMeterId(id: string): { districtId: string; meterClass: MeterClass } | null {
  const match = /^([a-z0-9-]+)-(res|com|ind)-\d{5}$/.exec(id);
  const meterClass = match ? CLASS_CODES[match[2] as string] : undefined;
  return match && meterClass ? { districtId: match[1] as string, meterClass } : null;
}

/**
 * The exports of one meter (`GET /api/export/...`, streamed by the server): Green Button (NAESB
 * ESPI) Atom XML, and its 15-minute reads as CSV. The scenario parameters travel along, so the file
 * holds exactly the data the page shows.
 */
export function exportUrl(
  kind: 'greenButton' | 'meterCsv',
  scenario: Record<string, string>,
  meter: string,
  window: { from: string; to: string },
): string {
  const query = { ...scenario, meter, from: window.from, to: window.to };
  return kind === 'greenButton' ? apiUrl('exportGreenButton', { query }) : apiUrl('exportMeters', { params: { format: 'csv' }, query });
}
