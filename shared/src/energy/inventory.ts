/**
 * The meter inventory as the API pages it, read straight from the population's columns: filters by
 * district, feeder and class, a search on the id, and a page. At program scale no list of 110,000
 * meter objects is ever built; a page costs one pass over the columns.
 */
import type { MeterClass } from '../city/schemas';
import type { Simulation } from '../simulation/simulation';
import type { MeterEquipment } from './api-schemas';
import { meterRecord } from './engine';
import { CLASSES } from './meter-classes';
import type { Meter } from './schemas';

export interface InventoryFilter {
  district?: string | undefined;
  feeder?: string | undefined;
  meterClass?: MeterClass | undefined;
  /** Part of the id, any case (`northland-res-0004`, `00042`). */
  search?: string | undefined;
  /** Only meters with rooftop PV, an EV charger or electric heat. */
  has?: MeterEquipment | undefined;
}

/** Indices of the meters the filter keeps, in city order (`visit` returns false to stop early). */
export function eachMeterMatching(sim: Simulation, filter: InventoryFilter, visit: (m: number) => boolean | undefined): void {
  const pop = sim.meters;
  const district = filter.district === undefined ? -1 : pop.districtIds.indexOf(filter.district);
  const feeder = filter.feeder === undefined ? -1 : pop.feederIds.indexOf(filter.feeder);
  const classCode = filter.meterClass === undefined ? -1 : CLASSES.indexOf(filter.meterClass);
  if ((filter.district !== undefined && district < 0) || (filter.feeder !== undefined && feeder < 0)) return;
  const needle = filter.search?.trim().toLowerCase() ?? '';
  const equipment =
    filter.has === 'pv' ? pop.hasPv : filter.has === 'ev' ? pop.hasEv : filter.has === 'electric-heat' ? pop.electricHeat : undefined;
  for (const range of pop.ranges) {
    if ((district >= 0 && range.district !== district) || (classCode >= 0 && range.classCode !== classCode)) continue;
    if (feeder >= 0 && pop.feederDistrict[feeder] !== range.district) continue;
    for (let i = 0; i < range.count; i++) {
      const m = range.start + i;
      if ((feeder >= 0 && pop.feeder[m] !== feeder) || (equipment && equipment[m] !== 1)) continue;
      if (needle && !`${range.prefix}${String(range.firstNumber + i).padStart(5, '0')}`.includes(needle)) continue;
      if (visit(m) === false) return;
    }
  }
}

/** One page of the meters the filter keeps, and how many it keeps in all. */
export function meterPage(sim: Simulation, filter: InventoryFilter, offset: number, limit: number): { total: number; meters: Meter[] } {
  const meters: Meter[] = [];
  let total = 0;
  eachMeterMatching(sim, filter, (m) => {
    if (total >= offset && total < offset + limit) meters.push(meterRecord(sim, m));
    total++;
    return true;
  });
  return { total, meters };
}
