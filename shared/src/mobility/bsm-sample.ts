/**
 * A small sample of Basic Safety Messages at one instant, for a table a student can read: one
 * broadcast round (every connected vehicle sends one message per 1/rate s, on an absolute time grid),
 * ordered by TemporaryID, which is a random-looking pseudonym, so the first `limit` spread over the
 * corridors. Each message comes with the corridor the vehicle is on (a BSM itself carries no road).
 */

import type { Simulation } from '../simulation/simulation';
import type { DirectionGeom } from './network';
import type { Bsm } from './schemas';
import type { Trip } from './trips';
import { bsmColumns, bsmRecordAt } from './vehicles';

export interface BsmSampleResult {
  windowMs: number;
  total: number;
  records: { corridorId: string; bsm: Bsm }[];
}

/** Messages sent in `[atMs, atMs + 1/rate)` by connected vehicles on `corridorIds` (all when absent). */
export function bsmSampleAt(sim: Simulation, atMs: number, limit: number, corridorIds?: ReadonlySet<string>): BsmSampleResult {
  const windowMs = Math.round(1000 / sim.levers.bsmRateHz);
  const corridorOf = (trip: Trip) =>
    sim.network.corridors[(sim.network.directions[trip.dirIndex] as DirectionGeom).corridorIndex]?.corridor.id ?? '';
  const cols = bsmColumns(sim, atMs, atMs + windowMs, corridorIds ? (trip) => corridorIds.has(corridorOf(trip)) : undefined);
  const records: { corridorId: string; bsm: Bsm }[] = [];
  for (let row = 0; row < cols.count; row++) {
    const corridorId = corridorOf(cols.trips[cols.trip[row] as number] as Trip);
    const bsm = bsmRecordAt(sim, cols, row);
    records.push({ corridorId, bsm });
    // A row the fault injector duplicated is sent twice.
    if ((cols.duplicated[row] as number) === 1) records.push({ corridorId, bsm: bsmRecordAt(sim, cols, row) });
  }
  records.sort((a, b) => (a.bsm.coreData.id < b.bsm.coreData.id ? -1 : a.bsm.coreData.id > b.bsm.coreData.id ? 1 : 0));
  return { windowMs, total: records.length, records: records.slice(0, limit) };
}
