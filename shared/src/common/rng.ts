/**
 * Counter-based randomness: every random number is a pure hash of (seed, stream, entity, step), so
 * any sample can be computed on its own, in any order, on the server or in the browser, and a
 * window of time costs the same wherever it lies. Nothing here keeps state; there is no
 * `Math.random`.
 *
 * The mixer is the 32-bit "lowbias32" finalizer (Chris Wellons, hash-prospector), which passes
 * avalanche tests far better than FNV or a plain LCG at the cost of two multiplies.
 */

/** Mixes one 32-bit word into a well-distributed 32-bit word. */
export function mix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Combines a running hash with one more word (order matters). */
export function combine(hash: number, word: number): number {
  return mix32((hash ^ mix32(word + 0x9e3779b9)) >>> 0);
}

/** FNV-1a of a string, then mixed: turns ids such as `linden-park` into stable 32-bit keys. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mix32(h);
}

/**
 * A key for one random stream of one entity, to be combined with a step. Computing it once per
 * entity keeps hot loops to a single `combine` per sample.
 */
export function streamKey(seed: number, stream: string, entity: string | number = 0): number {
  const entityWord = typeof entity === 'number' ? entity >>> 0 : hashString(entity);
  return combine(combine(mix32(seed >>> 0), hashString(stream)), entityWord);
}

const TWO_POW_32 = 4294967296;

/** Hashes a key with an integer step that may exceed 32 bits (e.g. minutes or seconds since 1970). */
export function hashStep(key: number, step: number): number {
  const lo = step >>> 0;
  const hi = Math.floor(step / TWO_POW_32) >>> 0;
  return combine(combine(key, lo), hi);
}

/**
 * Hashes a key with a step below 2^32 (e.g. minutes since 1970, good until the year 10136) in one
 * `combine`: half the work of `hashStep`, for the hottest loops.
 */
export function hashStep32(key: number, step: number): number {
  return combine(key, step >>> 0);
}

/** Uniform in [0, 1) for (key, step). */
export function uniform(key: number, step: number): number {
  return hashStep(key, step) / TWO_POW_32;
}

/** Standard normal for (key, step), by Box–Muller on two independent uniforms. */
export function gaussian(key: number, step: number): number {
  const h1 = hashStep(key, step);
  const h2 = mix32(h1 ^ 0x68e31da4);
  const u1 = (h1 + 1) / (TWO_POW_32 + 1); // (0, 1): log(0) never happens
  const u2 = h2 / TWO_POW_32;
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}

/**
 * Smooth value noise in [-1, 1]: random values on a lattice every `period` units of `t`, joined by
 * a quintic ease so the curve and its slope are continuous. Used for slow variation (weather
 * systems, sensor drift) that must look the same whichever window is asked for.
 */
export function valueNoise(key: number, t: number, period: number): number {
  const x = t / period;
  const i = Math.floor(x);
  const f = x - i;
  const a = uniform(key, i) * 2 - 1;
  const b = uniform(key, i + 1) * 2 - 1;
  const ease = f * f * f * (f * (f * 6 - 15) + 10);
  return a + (b - a) * ease;
}

/**
 * Cheap approximately-normal deviate for (key, step): the sum of the four bytes of one hash,
 * centred and scaled to unit variance (Irwin–Hall with n = 4, bounded to about ±3.45). One hash
 * instead of Box–Muller's log, sqrt and cos: meant for per-sample measurement noise in hot loops.
 */
export function gaussianFast(key: number, step: number): number {
  const h = hashStep(key, step);
  const sum = (h & 0xff) + ((h >>> 8) & 0xff) + ((h >>> 16) & 0xff) + (h >>> 24);
  return (sum - 510) * 0.0067658;
}

/**
 * A Poisson count with mean `lambda` from one uniform in [0, 1) (inversion; exact for the means
 * the engine uses, up to a few hundred).
 */
export function poissonFromUniform(lambda: number, u: number): number {
  if (lambda <= 0) return 0;
  if (lambda > 200) {
    // Normal approximation keeps the loop bounded for very large means.
    const z = Math.sqrt(-2 * Math.log(Math.max(u, 1e-12))) * Math.cos(2 * Math.PI * u * 7.919);
    return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * z));
  }
  let p = Math.exp(-lambda);
  let cdf = p;
  let k = 0;
  while (u >= cdf && k < 1000) {
    k++;
    p *= lambda / k;
    cdf += p;
  }
  return k;
}
