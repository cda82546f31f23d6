/**
 * A small sample of Basic Safety Messages at one instant, for a table a student can read: one
 * broadcast round (every connected vehicle sends one message per 1/rate s, on an absolute time grid),
 * ordered by TemporaryID, which is a random-looking pseudonym, so the first `limit` spread over the
 * corridors. Each message comes with the corridor the vehicle is on (a BSM itself carries no road).
 */

import type { Simulation } from '../simulation/simulation';
import { bsmColumns, bsmRecordAt } from './bsm';
import type { DirectionGeom } from './network';
import type { Bsm } from './schemas';
import type { Trip } from './trips';
import { temporaryId } from './vehicles';

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
  const tripOf = (row: number) => cols.trips[cols.trip[row] as number] as Trip;
  // Every message sent (a row the fault injector duplicated is sent twice) with its TemporaryID;
  // records are built only for the `limit` kept. The sort is stable: a duplicate stays beside its twin.
  const sent: { row: number; id: string }[] = [];
  for (let row = 0; row < cols.count; row++) {
    const message = { row, id: temporaryId(tripOf(row), (cols.timeMs[row] as number) / 1000) };
    sent.push(message);
    if ((cols.duplicated[row] as number) === 1) sent.push(message);
  }
  sent.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const records = sent.slice(0, limit).map(({ row }) => ({ corridorId: corridorOf(tripOf(row)), bsm: bsmRecordAt(sim, cols, row) }));
  return { windowMs, total: sent.length, records };
}
