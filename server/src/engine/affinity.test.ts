import { describe, expect, it } from 'vitest';
import { affinityKey } from './engine';

describe('affinityKey', () => {
  it('keys a query by its scenario fields, whatever else it asks', () => {
    expect(affinityKey({ city: 'columbus', seed: 2, from: 'a' })).toBe(affinityKey({ city: 'columbus', seed: 2, from: 'b', maxPoints: 9 }));
    expect(affinityKey({ city: 'columbus', seed: 2 })).not.toBe(affinityKey({ city: 'columbus', seed: 3 }));
  });
});
