/** Where features lie: inside the city's box, inside a district. Plain degrees; a schematic city needs no more. */
import type { Bounds, LngLat } from '../../common/schemas';
import { insideBounds, outsideBoundsMessage } from '../bounds';
import type { ProblemList } from './problems';

/** Ray casting: true when the point lies inside the closed ring. */
export function insideRing(ring: readonly LngLat[], [x, y]: LngLat): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as LngLat;
    const [xj, yj] = ring[j] as LngLat;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Records a problem for every position of a feature outside the city bounds. */
export function checkInBounds(
  problems: ProblemList,
  bounds: Bounds | undefined,
  where: { file: string; feature?: number },
  positions: readonly LngLat[],
  field: (k: number) => string,
): void {
  if (!bounds) return;
  positions.forEach((position, k) => {
    if (!insideBounds(bounds, position)) {
      problems.add({
        ...where,
        field: field(k),
        message: outsideBoundsMessage(position, bounds, 'settings.json "bounds"'),
      });
    }
  });
}
