/** Live district load joined with the city's districts and meter counts, largest demand first. */
import type { City } from '@sandbox/shared/city/schemas';
import type { Language } from '../../../i18n/i18n';

export interface DistrictLoad {
  id: string;
  name: string;
  demandKw: number;
  importKw: number;
  exportKw: number;
  meters: number;
  /** Average demand per meter, kW: comparable across districts of different sizes. */
  perMeterKw: number;
}

/** A district's name in the reader's language. */
export function districtName(city: City, id: string, language: Language): string {
  const district = city.districts.find((d) => d.id === id);
  return (language === 'ko' ? district?.nameKo : undefined) ?? district?.name ?? id;
}

/** Meters per district (districts outside the meter program have none). */
export function meterCounts(city: City): Map<string, number> {
  const counts = new Map<string, number>();
  for (const group of city.meters) counts.set(group.districtId, (counts.get(group.districtId) ?? 0) + group.count);
  return counts;
}

export function districtLoads(
  city: City,
  live: readonly { districtId: string; demandKw: number; importKw: number; exportKw: number }[],
  language: Language,
): DistrictLoad[] {
  const counts = meterCounts(city);
  return live
    .map((d) => {
      const meters = counts.get(d.districtId) ?? 0;
      return {
        id: d.districtId,
        name: districtName(city, d.districtId, language),
        demandKw: d.demandKw,
        importKw: d.importKw,
        exportKw: d.exportKw,
        meters,
        perMeterKw: meters > 0 ? d.demandKw / meters : 0,
      };
    })
    .sort((a, b) => b.demandKw - a.demandKw);
}

/** The districts that have meters (the program's area), in the city's order. */
export function meteredDistricts(city: City): City['districts'] {
  const counts = meterCounts(city);
  return city.districts.filter((d) => (counts.get(d.id) ?? 0) > 0);
}
