import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lttb, lttbKeepingGaps, maxPerBucket, minMaxDownsample } from './downsample';
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

  it('thins to two points as the first and last reading (maxPoints=2 is allowed), with LTTB and keeping gaps', () => {
    const x = Array.from({ length: 600 }, (_, i) => i);
    const y = x.map((i) => Math.sin(i / 30));
    expect(Array.from(lttb(x, y, 2).x)).toEqual([0, 599]);
    expect(Array.from(lttbKeepingGaps(x, y, 2).x)).toEqual([0, 599]);
    // Missing values are skipped, never kept as an end: the ends are the first and last readings.
    const edged = y.map((v, i) => (i < 5 || i > 590 ? Number.NaN : v));
    expect(Array.from(lttb(x, edged, 2).x)).toEqual([5, 590]);
  });

  it('picks the reference points of a hand-checked LTTB run, each bucket anchored on the point kept before it', () => {
    // 10 points to 5: first and last kept, 3 buckets of 8/3 points: [1, 3), [3, 6), [6, 9).
    // Bucket 1: anchor (0,0), next bucket's mean (4, 13/3): areas j=1 0.33, j=2 11.33 → x=2.
    // Bucket 2: anchor (2,5), next mean (7, 13/3): areas j=3 14.33, j=4 16.33, j=5 8 → x=4.
    // Bucket 3: anchor (4,8), next mean (9, 4): areas j=6 17, j=7 17, j=8 19 → x=8. (Anchored on the
    // first point instead, j=7 would win with 53: the anchor is what this case checks.)
    const x = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
    const y = [0, 1, 5, 2, 8, 3, 3, 9, 1, 4];
    const out = lttb(x, y, 5);
    expect(Array.from(out.x)).toEqual([0, 2, 4, 8, 9]);
    expect(Array.from(out.y)).toEqual([0, 5, 8, 1, 4]);
    // Three points: one bucket [1, 9) against the last point (9, 4): |−9y + 4x| is largest at x=4 (56).
    expect(Array.from(lttb(x, y, 3).x)).toEqual([0, 4, 9]);
    // The same shape at a hundredth of the size keeps the same points (areas below 1 still compete).
    expect(
      Array.from(
        lttb(
          x,
          y.map((v) => v / 100),
          5,
        ).x,
      ),
    ).toEqual([0, 2, 4, 8, 9]);
    // Missing values are dropped before bucketing: the same run with gaps gives the same points.
    const gappy = lttb([...x.slice(0, 3), 2.5, ...x.slice(3)], [...y.slice(0, 3), Number.NaN, ...y.slice(3)], 5);
    expect(Array.from(gappy.x)).toEqual([0, 2, 4, 8, 9]);
  });

  it('picks the reference points of a second LTTB run, where the next bucket’s mean decides', () => {
    // Same buckets. Bucket 1: anchor (0,6), next mean (4, 23/3): areas j=1 2.33, j=2 4.67 → x=2.
    // Bucket 2: anchor (2,8), next mean (7, 6): j=3 8, j=4 9, j=5 6 → x=4.
    // Bucket 3: anchor (4,9), next mean (9, 4): j=6 30, j=7 15, j=8 15 → x=6.
    // A next-bucket mean over other points, or a candidate taken from the next bucket, picks x=3 or x=7.
    const out = lttb([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [6, 7, 8, 6, 9, 8, 1, 9, 8, 4], 5);
    expect(Array.from(out.x)).toEqual([0, 2, 4, 6, 9]);
    expect(Array.from(out.y)).toEqual([6, 8, 9, 1, 4]);
  });

  it('returns the points unchanged when LTTB has fewer than 2 to keep or already few enough; two are the ends', () => {
    const x = [0, 1, 2, 3];
    const y = [4, 3, 2, 1];
    expect(Array.from(lttb(x, y, 1).x)).toEqual(x);
    expect(Array.from(lttb(x, y, 2).x)).toEqual([0, 3]);
    expect(Array.from(lttb(x, y, 4).y)).toEqual(y);
    expect(Array.from(lttb(x, y, 3).x)).toEqual([0, 1, 3]);
  });

  it('keeps the first minimum and first maximum of each min/max bucket, in time order', () => {
    // Two buckets over x 0..7: [0, 3.5) holds 3,1,4,1 → min at x=1 (the first 1), max at x=2;
    // [3.5, 7] holds 5,9,2,9 → max at x=5 (the first 9), min at x=6.
    const y = [3, 1, 4, 1, 5, 9, 2, 9];
    const out = minMaxDownsample([0, 1, 2, 3, 4, 5, 6, 7], y, 2);
    expect(Array.from(out.x)).toEqual([1, 2, 5, 6]);
    expect(Array.from(out.y)).toEqual([1, 4, 9, 2]);
    // The buckets split the x range wherever it starts.
    expect(Array.from(minMaxDownsample([10, 11, 12, 13, 14, 15, 16, 17], y, 2).x)).toEqual([11, 12, 15, 16]);
    // A bucket with one valid point keeps it once; a bucket with none is left out.
    const sparse = minMaxDownsample([0, 1, 2, 3], [Number.NaN, 7, Number.NaN, Number.NaN], 2);
    expect(Array.from(sparse.x)).toEqual([1]);
    // All points at one instant fall in the first bucket.
    expect(Array.from(minMaxDownsample([5, 5, 5], [2, 8, 4], 3).y)).toEqual([2, 8]);
    expect(minMaxDownsample([], [], 4).x).toHaveLength(0);
    expect(minMaxDownsample([0, 1], [1, 2], 0).x).toHaveLength(0);
    expect(minMaxDownsample([0, 1], [1, 2], -1).x).toHaveLength(0);
  });

  it('keeps the worst flag of each worst-of run, and NaN for a run with no value', () => {
    // 7 points in 3 runs: [0, 2), [2, 4), [4, 7).
    const out = maxPerBucket([0, 1, 2, 3, 4, 5, 6], [0, 2, 1, Number.NaN, 0, 1, 0], 3);
    expect(Array.from(out.x)).toEqual([0, 2, 4]);
    expect(Array.from(out.y)).toEqual([2, 1, 1]);
    expect(Array.from(maxPerBucket([0, 1, 2, 3], [Number.NaN, Number.NaN, 1, 0], 2).y)).toEqual([Number.NaN, 1]);
    expect(Array.from(maxPerBucket([0, 1, 2], [0, 2, 1], 0).y)).toEqual([0, 2, 1]);
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

  describe('LTTB that keeps gaps', () => {
    const minutes = (n: number) => Array.from({ length: n }, (_, i) => i * MINUTE_MS);
    /** A day of readings with a power cut from 10:00 to 17:00 (NaN). */
    const outage = () => {
      const x = minutes(1440);
      const y = x.map((_, i) => (i >= 600 && i < 1020 ? Number.NaN : 10 + Math.sin(i / 50)));
      return { x, y };
    };

    it('keeps an outage as one missing point at its first missing minute, with readings on both sides', () => {
      const { x, y } = outage();
      const thinned = lttbKeepingGaps(x, y, 200);
      expect(thinned.x.length).toBeLessThanOrEqual(200);
      const missing = [...thinned.y.keys()].filter((i) => Number.isNaN(thinned.y[i]));
      expect(missing.map((i) => thinned.x[i])).toEqual([600 * MINUTE_MS]);
      const at = missing[0] as number;
      // The last reading before the cut and the first after it are kept, so the line stops and starts where the data does.
      expect(thinned.x[at - 1]).toBe(599 * MINUTE_MS);
      expect(thinned.x[at + 1]).toBe(1020 * MINUTE_MS);
      expect([...thinned.x]).toEqual([...thinned.x].sort((a, b) => a - b));
    });

    it('shares the points between the runs in proportion to their readings', () => {
      const { x, y } = outage();
      const thinned = lttbKeepingGaps(x, y, 201);
      const before = [...thinned.x].filter((t) => t < 600 * MINUTE_MS).length;
      const after = [...thinned.x].filter((t) => t >= 1020 * MINUTE_MS).length;
      expect(before + after).toBe(200);
      expect(Math.abs(before / after - 600 / 420)).toBeLessThan(0.05);
    });

    it('thins a series with no gap exactly as LTTB does, and keeps every gap of a short one', () => {
      const x = minutes(1000);
      const y = x.map((_, i) => Math.cos(i / 7));
      expect(lttbKeepingGaps(x, y, 100)).toEqual(lttb(x, y, 100));
      const short = lttbKeepingGaps([0, 1, 2, 3, 4, 5], [1, Number.NaN, Number.NaN, 4, Number.NaN, 6], 10);
      expect([...short.x]).toEqual([0, 1, 3, 4, 5]);
      expect([...short.y].map((v) => (Number.isNaN(v) ? null : v))).toEqual([1, null, 4, null, 6]);
    });

    it('marks a gap at the start or the end of the window too', () => {
      const x = minutes(500);
      const y = x.map((_, i) => (i < 50 || i >= 450 ? Number.NaN : i));
      const thinned = lttbKeepingGaps(x, y, 60);
      expect(Number.isNaN(thinned.y[0])).toBe(true);
      expect(Number.isNaN(thinned.y.at(-1) as number)).toBe(true);
      expect(thinned.x.length).toBeLessThanOrEqual(60);
    });

    it('buckets a series broken into more pieces than points: a mean per bucket, a gap where a bucket has none', () => {
      const x = minutes(400);
      const y = x.map((_, i) => (i % 4 === 3 ? Number.NaN : i));
      const thinned = lttbKeepingGaps(x, y, 50);
      expect(thinned.x.length).toBe(50);
      expect(thinned.y[0]).toBe((0 + 1 + 2 + 4 + 5 + 6) / 6);
      const dark = x.map((_, i) => (i >= 100 && i < 300 ? Number.NaN : i % 2 === 0 ? Number.NaN : i));
      const some = lttbKeepingGaps(x, dark, 20);
      expect([...some.y].filter(Number.isNaN).length).toBeGreaterThanOrEqual(9);
    });
  });
});
