/**
 * A small sample of Basic Safety Messages at one instant, for a table a student can read: one
 * broadcast round (every connected vehicle sends one message per 1/rate s, on an absolute time grid),
 * ordered by TemporaryID, which is a random-looking pseudonym, so the first `limit` spread over the
 * corridors. Each message comes with the corridor the vehicle is on (a BSM itself carries no road).
 */
import type { Bsm } from '../../schemas/mobility';
import type { Simulation } from '../context';
import type { DirectionGeom } from './network';
import type { Trip } from './trips';
import { bsmColumns, bsmRecordsFromColumns } from './vehicles';

export interface BsmSampleResult {
  windowMs: number;
  total: number;
  records: { corridorId: string; bsm: Bsm }[];
}

/** Messages sent in `[atMs, atMs + 1/rate)` by connected vehicles on `corridorIds` (all when absent). */
export function bsmSampleAt(sim: Simulation, atMs: number, limit: number, corridorIds?: ReadonlySet<string>): BsmSampleResult {
  const windowMs = Math.round(1000 / sim.levers.bsmRateHz);
  const cols = bsmColumns(sim, atMs, atMs + windowMs);
  const messages = bsmRecordsFromColumns(sim, cols);
  // bsmRecordsFromColumns gives one record per row, twice for a row the fault injector duplicated.
  const corridorOfRow = (row: number) => {
    const trip = cols.trips[cols.trip[row] as number] as Trip;
    const dir = sim.network.directions[trip.dirIndex] as DirectionGeom;
    return sim.network.corridors[dir.corridorIndex]?.corridor.id ?? '';
  };
  const records: { corridorId: string; bsm: Bsm }[] = [];
  let next = 0;
  for (let row = 0; row < cols.count; row++) {
    const corridorId = corridorOfRow(row);
    const copies = (cols.duplicated[row] as number) === 1 ? 2 : 1;
    for (let c = 0; c < copies; c++) {
      const bsm = messages[next++] as Bsm;
      if (!corridorIds || corridorIds.has(corridorId)) records.push({ corridorId, bsm });
    }
  }
  records.sort((a, b) => (a.bsm.coreData.id < b.bsm.coreData.id ? -1 : a.bsm.coreData.id > b.bsm.coreData.id ? 1 : 0));
  return { windowMs, total: records.length, records: records.slice(0, limit) };
}
