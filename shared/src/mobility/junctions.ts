/**
 * Signalized junctions of a city's corridors. Where two corridors cross (High St & Morse Rd), the
 * city file lists the junction under each corridor, with that corridor's plan; it is still one
 * intersection on the street, so counts that compare with a deployment's inventory count locations.
 */
import type { Corridor } from '../city/schemas';

/** Distinct signalized intersections (by location) on the corridors. */
export function signalizedJunctionCount(corridors: readonly Pick<Corridor, 'intersections'>[]): number {
  return new Set(corridors.flatMap((c) => c.intersections.map((i) => `${i.location[0]},${i.location[1]}`))).size;
}
