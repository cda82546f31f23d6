import { describe, expect, it } from 'vitest';
import { affinityKey } from './engine';

describe('affinityKey', () => {
  it('keys a query by its scenario fields, whatever else it asks', () => {
    expect(affinityKey({ city: 'columbus', seed: 2, from: 'a' })).toBe(affinityKey({ city: 'columbus', seed: 2, from: 'b', maxPoints: 9 }));
    expect(affinityKey({ city: 'columbus', seed: 2 })).not.toBe(affinityKey({ city: 'columbus', seed: 3 }));
  });

  it('follows the scenario a query names as its affinity (a Lab run: the mobility scenario whose hour blocks it reads)', () => {
    const mobility = { city: 'columbus', seed: 2 };
    const evVariant = { city: 'columbus', seed: 2, evShare: 0.4, mobility, affinity: mobility };
    expect(affinityKey(evVariant)).toBe(affinityKey({ city: 'columbus', seed: 2, from: 'x' }));
    expect(affinityKey(evVariant)).not.toBe(affinityKey({ city: 'columbus', seed: 2, evShare: 0.4 }));
  });
});
