import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lttb, maxPerBucket, minMaxDownsample } from './downsample';
import { MINUTE_MS } from './time';

describe('downsampling for charts', () => {
  it('keeps the first and last points and the requested count with LTTB', () => {
    const x = Array.from({ length: 1000 }, (_, i) => i);
    const y = x.map((i) => Math.sin(i / 30));
    const out = lttb(x, y, 100);
    expect(out.x.length).toBe(100);
    expect(out.x[0]).toBe(0);
    expect(out.x[99]).toBe(999);
    for (let i = 1; i < out.x.length; i++) expect(out.x[i] as number).toBeGreaterThan(out.x[i - 1] as number);
  });

  it('keeps a single spike with LTTB', () => {
    const x = Array.from({ length: 500 }, (_, i) => i);
    const y = x.map((i) => (i === 250 ? 100 : 0));
    expect(Array.from(lttb(x, y, 20).y)).toContain(100);
  });

  it('returns small series unchanged and skips missing values', () => {
    const out = lttb([0, 1, 2], [1, Number.NaN, 3], 10);
    expect(Array.from(out.x)).toEqual([0, 2]);
  });

  it('never loses an extreme with min/max buckets', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 400 }),
        fc.integer({ min: 1, max: 50 }),
        (ys, buckets) => {
          const xs = ys.map((_, i) => i);
          const out = minMaxDownsample(xs, ys, buckets);
          expect(out.x.length).toBeLessThanOrEqual(2 * buckets);
          expect(Math.max(...out.y)).toBe(Math.max(...ys));
          expect(Math.min(...out.y)).toBe(Math.min(...ys));
        },
      ),
    );
  });

  it('keeps the worst flag of every run with worst-of buckets, so no missing read is hidden', () => {
    const flagsArbitrary = fc.array(fc.constantFrom(0, 0, 0, 1, 2), { minLength: 1, maxLength: 500 });
    fc.assert(
      fc.property(flagsArbitrary, fc.integer({ min: 1, max: 60 }), (flags, buckets) => {
        const x = flags.map((_, i) => i * 15 * MINUTE_MS);
        const out = maxPerBucket(x, flags, buckets);
        expect(out.x.length).toBe(Math.min(buckets, flags.length));
        expect(out.x[0]).toBe(0);
        // Each kept point stands for the flags up to the next kept x: its value is their worst.
        const kept = [...out.x, Number.POSITIVE_INFINITY];
        out.y.forEach((worst, k) => {
          const from = kept[k] ?? 0;
          const to = kept[k + 1] ?? Number.POSITIVE_INFINITY;
          expect(worst).toBe(Math.max(...flags.filter((_, i) => (x[i] ?? 0) >= from && (x[i] ?? 0) < to)));
        });
        expect(Math.max(...out.y)).toBe(Math.max(...flags));
      }),
    );
  });
});
