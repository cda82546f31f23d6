import { describe, expect, it } from 'vitest';
import { signalizedJunctionCount } from './junctions';

const signal = { cycleS: 100, mainGreenS: 50, yellowS: 4, allRedS: 2, offsetS: 0 };
const at = (id: string, lng: number, lat: number) => ({ id, name: id, location: [lng, lat] as [number, number], signal });

describe('signalizedJunctionCount', () => {
  it('counts a junction two corridors share once, and every other signal', () => {
    const northSouth = { intersections: [at('ns-a', -83, 40), at('ns-shared', -83, 40.01)] };
    const eastWest = { intersections: [at('ew-shared', -83, 40.01), at('ew-b', -82.99, 40.01)] };
    expect(signalizedJunctionCount([northSouth, eastWest])).toBe(3);
    expect(signalizedJunctionCount([northSouth])).toBe(2);
    expect(signalizedJunctionCount([])).toBe(0);
  });
});
