import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gaussian, hashString, streamKey, uniform, valueNoise } from './rng';

describe('rng', () => {
  it('gives the same number for the same (seed, stream, entity, step)', () => {
    const key = streamKey(42, 'pm25-noise', 'linden-park');
    expect(uniform(key, 1_000)).toBe(uniform(streamKey(42, 'pm25-noise', 'linden-park'), 1_000));
  });

  it('gives different numbers for different seeds, streams, entities and steps', () => {
    const base = uniform(streamKey(1, 'a', 'x'), 5);
    expect(uniform(streamKey(2, 'a', 'x'), 5)).not.toBe(base);
    expect(uniform(streamKey(1, 'b', 'x'), 5)).not.toBe(base);
    expect(uniform(streamKey(1, 'a', 'y'), 5)).not.toBe(base);
    expect(uniform(streamKey(1, 'a', 'x'), 6)).not.toBe(base);
  });

  it('distinguishes steps beyond 32 bits', () => {
    const key = streamKey(7, 's');
    expect(uniform(key, 2 ** 32 + 3)).not.toBe(uniform(key, 3));
  });

  it('keeps uniform in [0, 1) with a mean near one half', () => {
    const key = streamKey(9, 'u');
    let sum = 0;
    const n = 100_000;
    for (let i = 0; i < n; i++) {
      const u = uniform(key, i);
      expect(u >= 0 && u < 1).toBe(true);
      sum += u;
    }
    expect(sum / n).toBeCloseTo(0.5, 2);
  });

  it('gives gaussian samples with mean ≈ 0 and variance ≈ 1', () => {
    const key = streamKey(3, 'g');
    let sum = 0;
    let sumSq = 0;
    const n = 100_000;
    for (let i = 0; i < n; i++) {
      const g = gaussian(key, i);
      sum += g;
      sumSq += g * g;
    }
    expect(sum / n).toBeCloseTo(0, 1);
    expect(sumSq / n).toBeCloseTo(1, 1);
  });

  it('hashes strings stably', () => {
    expect(hashString('columbus')).toBe(hashString('columbus'));
    expect(hashString('columbus')).not.toBe(hashString('columbia'));
  });

  it('keeps value noise in [-1, 1] and continuous', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), fc.double({ min: 0, max: 1e9, noNaN: true }), (seed, t) => {
        const key = streamKey(seed, 'noise');
        const v = valueNoise(key, t, 3600);
        expect(v).toBeGreaterThanOrEqual(-1);
        expect(v).toBeLessThanOrEqual(1);
        expect(Math.abs(valueNoise(key, t + 1, 3600) - v)).toBeLessThan(0.01);
      }),
    );
  });
});
