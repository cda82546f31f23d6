/**
 * Korean particles after a value: `{{station, 을/를}}` in a Korean catalog string appends the form
 * the value's last sound takes ("린든 파크 벤치를", "서울을", "3으로", "M-7로"). A particle written
 * after a plain `{{station}}` is right for some values and wrong for others, so catalogs.test.ts
 * refuses one there. The `josa` library reads digits (Sino-Korean: 3 삼, 7 칠) and English letters
 * and endings (L 엘, "bench" 벤치) as a Korean reader says them (decision 006, particles).
 */
import { getJosaPicker } from 'josa';

/** Each i18next format name is the pair as a Korean writer names it: with batchim / without. */
const PICKERS = {
  '을/를': getJosaPicker('을'),
  '이/가': getJosaPicker('이'),
  '은/는': getJosaPicker('은'),
  '과/와': getJosaPicker('과'),
  '으로/로': getJosaPicker('으로'),
} satisfies Record<string, (word: string) => string>;

export type ParticleFormat = keyof typeof PICKERS;
export const PARTICLE_FORMATS = Object.keys(PICKERS) as ParticleFormat[];

// The library reads a trailing sign by the digit before it ("40%" as 사십 → 을), but a reader
// says "퍼센트" (→ 를). Signs we interpolate are read here first.
const SPOKEN_SIGNS: readonly [RegExp, string][] = [[/%$/, '퍼센트']];

function spoken(value: string): string {
  for (const [sign, reading] of SPOKEN_SIGNS) if (sign.test(value)) return value.replace(sign, reading);
  return value;
}

/** The value followed by the particle it takes; the written-out "을(를)" when no form can be chosen. */
export function withParticle(value: string, format: ParticleFormat): string {
  try {
    return value + PICKERS[format](spoken(value));
  } catch {
    // The library throws on numbers past 10^23 ("It's too large"); no value of ours is one.
    const [withBatchim, withoutBatchim] = format.split('/');
    return `${value}${withBatchim}(${withoutBatchim})`;
  }
}
