/**
 * How much traffic a corridor carries, from what kind of street it is: the generalized annual average
 * daily volumes of the FDOT Quality/Level of Service Handbook (2012, Table 1, urbanized areas), which
 * give the two-way AADT a signalized arterial carries at each level of service from its class (posted
 * speed), lanes and median. The engine takes the LOS D column (the usual urban design standard: busy
 * but not broken down) with the table's own adjustments. The published counts on the Columbus
 * corridors (FACTS.md I.4) were not used to set anything here: they are the held-out check
 * (tests/fidelity/figures/mobility.ts).
 * Source: https://vdocuments.net/annual-average-daily-volumes-for-floridaas-table-1-2012-fdot-qualitylevel.html
 */
import type { Corridor } from '../city/schemas';

/** Posted speed from which an arterial is Class I (40 mph), km/h. */
const CLASS_I_FROM_KPH = 64;
/** LOS D two-way AADT of a divided state arterial by total lanes (2, 4, 6, 8), Class I and Class II. */
const LOS_D_AADT: Record<'I' | 'II', Record<number, number>> = {
  I: { 2: 17_700, 4: 39_800, 6: 59_900, 8: 80_100 },
  II: { 2: 14_800, 4: 32_400, 6: 50_000, 8: 67_300 },
};
/** The table's adjustments: a city street is not a state road; an undivided street with or without left-turn bays. */
const NON_STATE_FACTOR = 0.9;
const MEDIAN_FACTOR = { divided: 1, 'left-turn-lanes': 0.95, none: 0.75 } as const;

/** Two-way annual average daily traffic of a corridor, vehicles a day. */
export function corridorAadt(corridor: Pick<Corridor, 'speedLimitKph' | 'lanesPerDirection' | 'median'>): number {
  const table = LOS_D_AADT[corridor.speedLimitKph >= CLASS_I_FROM_KPH ? 'I' : 'II'];
  const lanes = Math.min(8, 2 * corridor.lanesPerDirection);
  const median = corridor.lanesPerDirection === 1 ? 1 : MEDIAN_FACTOR[corridor.median ?? 'none'];
  return (table[lanes] as number) * NON_STATE_FACTOR * median;
}
