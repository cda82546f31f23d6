/**
 * Thinning series for charts so the browser draws about as many points as it has pixels
 * (DESIGN.md section 7): min/max buckets keep every extreme (good for spiky sensor data), and
 * largest-triangle-three-buckets (Steinarsson 2013, "Downsampling Time Series for Visual
 * Representation") keeps the visual shape with one point per bucket.
 */

/** A series of points as two parallel columns. */
export interface XYSeries {
  x: Float64Array;
  y: Float64Array;
}

/**
 * Largest-triangle-three-buckets: keeps the first and last points and, in each of `threshold - 2`
 * buckets, the point forming the largest triangle with the previous kept point and the next bucket's
 * average. Non-finite y values are skipped. Returns the input unchanged when it is already small.
 * Two points are a valid threshold (the API accepts `maxPoints=2`): no bucket, just the first and last.
 */
export function lttb(x: ArrayLike<number>, y: ArrayLike<number>, threshold: number): XYSeries {
  const xs: number[] = [];
  const ys: number[] = [];
  // Stryker disable next-line EqualityOperator: y[length] is undefined and skipped as non-finite
  for (let i = 0; i < y.length; i++) {
    if (Number.isFinite(y[i] as number)) {
      xs.push(x[i] as number);
      ys.push(y[i] as number);
    }
  }
  const n = xs.length;
  if (threshold >= n || threshold < 2) return { x: Float64Array.from(xs), y: Float64Array.from(ys) };
  const outX = new Float64Array(threshold);
  const outY = new Float64Array(threshold);
  const every = (n - 2) / (threshold - 2);
  let a = 0;
  outX[0] = xs[0] as number;
  outY[0] = ys[0] as number;
  // Stryker disable next-line EqualityOperator,ArithmeticOperator: extra passes pick the last point again (overwritten below) or write past the end
  for (let i = 0; i < threshold - 2; i++) {
    const nextStart = Math.floor((i + 1) * every) + 1;
    const nextEnd = Math.min(Math.floor((i + 2) * every) + 1, n);
    let avgX = 0;
    let avgY = 0;
    for (let j = nextStart; j < nextEnd; j++) {
      avgX += xs[j] as number;
      avgY += ys[j] as number;
    }
    const span = Math.max(1, nextEnd - nextStart);
    avgX /= span;
    avgY /= span;
    const start = Math.floor(i * every) + 1;
    const end = Math.floor((i + 1) * every) + 1;
    const ax = xs[a] as number;
    const ay = ys[a] as number;
    let best = -1;
    let chosen = start;
    for (let j = start; j < end; j++) {
      const area = Math.abs((ax - avgX) * ((ys[j] as number) - ay) - (ax - (xs[j] as number)) * (avgY - ay));
      if (area > best) {
        best = area;
        chosen = j;
      }
    }
    outX[i + 1] = xs[chosen] as number;
    outY[i + 1] = ys[chosen] as number;
    a = chosen;
  }
  outX[threshold - 1] = xs[n - 1] as number;
  outY[threshold - 1] = ys[n - 1] as number;
  return { x: outX, y: outY };
}

/**
 * Min/max buckets: splits the x range into `buckets` equal parts and keeps, in time order, the
 * minimum and the maximum point of each (at most `2 × buckets` points). Extremes are never lost.
 */
export function minMaxDownsample(x: ArrayLike<number>, y: ArrayLike<number>, buckets: number): XYSeries {
  const n = x.length;
  if (n === 0 || buckets < 1) return { x: new Float64Array(0), y: new Float64Array(0) };
  const x0 = x[0] as number;
  const span = (x[n - 1] as number) - x0 || 1;
  const minIdx = new Int32Array(buckets).fill(-1);
  const maxIdx = new Int32Array(buckets).fill(-1);
  // Stryker disable next-line EqualityOperator: y[n] is undefined and skipped as non-finite
  for (let i = 0; i < n; i++) {
    const v = y[i] as number;
    if (!Number.isFinite(v)) continue;
    const b = Math.min(buckets - 1, Math.floor((((x[i] as number) - x0) / span) * buckets));
    const lo = minIdx[b] as number;
    const hi = maxIdx[b] as number;
    if (lo < 0 || v < (y[lo] as number)) minIdx[b] = i;
    if (hi < 0 || v > (y[hi] as number)) maxIdx[b] = i;
  }
  const keep: number[] = [];
  for (let b = 0; b < buckets; b++) {
    const lo = minIdx[b] as number;
    const hi = maxIdx[b] as number;
    if (lo < 0) continue;
    if (lo === hi) keep.push(lo);
    else keep.push(Math.min(lo, hi), Math.max(lo, hi));
  }
  return { x: Float64Array.from(keep, (i) => x[i] as number), y: Float64Array.from(keep, (i) => y[i] as number) };
}

/**
 * Worst-of buckets, for flags whose worst value must never be thinned away (a meter's `quality`:
 * 0 actual, 1 estimated, 2 missing): splits the points into `buckets` runs of (nearly) equal count
 * and keeps, per run, its first x and the largest y (non-finite y ignored; NaN when a run has none).
 * Each kept point speaks for its run up to the next kept x. Returns the input when it is already small.
 */
export function maxPerBucket(x: ArrayLike<number>, y: ArrayLike<number>, buckets: number): XYSeries {
  if (buckets >= x.length || buckets < 1) return { x: Float64Array.from(x), y: Float64Array.from(y) };
  return perBucket(x, y, buckets, {
    from: Number.NEGATIVE_INFINITY,
    add: Math.max,
    result: (worst, count) => (count ? worst : Number.NaN),
  });
}

/** How a bucket's finite readings fold into one value, streamed (no copy of a long bucket). */
interface BucketFold {
  from: number;
  add: (acc: number, value: number) => number;
  result: (acc: number, count: number) => number;
}

/** `buckets` runs of (nearly) equal count, each as its first x and its finite readings folded. */
function perBucket(x: ArrayLike<number>, y: ArrayLike<number>, buckets: number, fold: BucketFold): XYSeries {
  const n = x.length;
  const outX = new Float64Array(buckets);
  const outY = new Float64Array(buckets);
  // Stryker disable next-line EqualityOperator: one pass more only writes past the end of a typed array, which is ignored
  for (let b = 0; b < buckets; b++) {
    const start = Math.floor((b * n) / buckets);
    const end = Math.floor(((b + 1) * n) / buckets);
    let acc = fold.from;
    let count = 0;
    for (let i = start; i < end; i++) {
      const v = y[i] as number;
      if (!Number.isFinite(v)) continue;
      acc = fold.add(acc, v);
      count++;
    }
    outX[b] = x[start] as number;
    outY[b] = fold.result(acc, count);
  }
  return { x: outX, y: outY };
}

/** A stretch of samples `[start, end)`: a run of readings, or a gap (one or more missing values). */
interface Piece {
  start: number;
  end: number;
  reading: boolean;
}

/** The series cut, in order, into runs of readings and gaps. */
function pieces(y: ArrayLike<number>): Piece[] {
  const out: Piece[] = [];
  let i = 0;
  while (i < y.length) {
    const reading = Number.isFinite(y[i] as number);
    const start = i;
    while (i < y.length && Number.isFinite(y[i] as number) === reading) i++;
    out.push({ start, end: i, reading });
  }
  return out;
}

/** Each run's share of `budget` points, in proportion to its length, at least one, never more than it has. */
function shares(runs: readonly Piece[], total: number, budget: number): number[] {
  const out = runs.map(({ start, end }) => Math.min(end - start, Math.max(1, Math.floor((budget * (end - start)) / total))));
  // Rounding down leaves points over: hand them to the runs with the most readings per point.
  let spare = budget - out.reduce((a, b) => a + b, 0);
  while (spare > 0) {
    let best = -1;
    let ratio = 1;
    for (let r = 0; r < runs.length; r++) {
      const { start, end } = runs[r] as Piece;
      const per = (end - start) / (out[r] as number);
      if (per > ratio) {
        ratio = per;
        best = r;
      }
    }
    if (best < 0) break;
    out[best] = (out[best] as number) + 1;
    spare--;
  }
  return out;
}

/**
 * Largest-triangle-three-buckets that keeps gaps: a bench without power for seven hours must read as
 * seven missing hours, not as a slope drawn across them. Each run of readings is thinned on its own
 * with a share of the points in proportion to its length, and each gap stays as one missing point
 * (NaN) at its first missing time, so a chart breaks its line there. At most `threshold` points. A
 * series with no gap is thinned exactly as `lttb` does; one broken into more pieces than `threshold`
 * keeps, of each of `threshold` equal runs of samples, its mean reading, or a gap when it has none.
 */
export function lttbKeepingGaps(x: ArrayLike<number>, y: ArrayLike<number>, threshold: number): XYSeries {
  const all = pieces(y);
  const runs = all.filter((piece) => piece.reading);
  const gaps = all.length - runs.length;
  if (gaps === 0) return lttb(x, y, threshold);
  const readings = runs.reduce((sum, { start, end }) => sum + end - start, 0);
  const budget = threshold - gaps;
  if (budget < runs.length) return meanPerBucket(x, y, threshold);
  const perRun = readings + gaps <= threshold ? runs.map(({ start, end }) => end - start) : shares(runs, readings, budget);
  const xs: number[] = [];
  const ys: number[] = [];
  let r = 0;
  for (const { start, end, reading } of all) {
    if (!reading) {
      xs.push(x[start] as number);
      ys.push(Number.NaN);
      continue;
    }
    const share = perRun[r++] as number;
    const part = thinRun(Array.prototype.slice.call(x, start, end), Array.prototype.slice.call(y, start, end), share);
    for (let i = 0; i < part.x.length; i++) {
      xs.push(part.x[i] as number);
      ys.push(part.y[i] as number);
    }
  }
  return { x: Float64Array.from(xs), y: Float64Array.from(ys) };
}

/** One run of readings in `share` points: LTTB from three, else its first (and last) reading. */
function thinRun(x: readonly number[], y: readonly number[], share: number): XYSeries {
  if (share >= x.length || share >= 3) return lttb(x, y, share);
  const keep = share === 1 ? [0] : [0, x.length - 1];
  return { x: Float64Array.from(keep, (i) => x[i] as number), y: Float64Array.from(keep, (i) => y[i] as number) };
}

/** `buckets` runs of (nearly) equal count: each its first x and mean reading, NaN when it has none. */
function meanPerBucket(x: ArrayLike<number>, y: ArrayLike<number>, buckets: number): XYSeries {
  return perBucket(x, y, buckets, { from: 0, add: (sum, v) => sum + v, result: (sum, count) => (count ? sum / count : Number.NaN) });
}
