/** Meter ids: the district and class they name. */
import type { MeterClass } from '@sandbox/shared/city/schemas';

const CLASS_CODES: Record<string, MeterClass> = { res: 'residential', com: 'commercial', ind: 'industrial' };

/** The district and class a meter id names (`linden-res-00042` → linden, residential), or null. */
export function parseMeterId(id: string): { districtId: string; meterClass: MeterClass } | null {
  const match = /^([a-z0-9-]+)-(res|com|ind)-\d{5}$/.exec(id);
  const meterClass = match ? CLASS_CODES[match[2] as string] : undefined;
  return match && meterClass ? { districtId: match[1] as string, meterClass } : null;
}
